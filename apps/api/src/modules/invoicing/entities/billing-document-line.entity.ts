import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const LINE_KINDS = ['day', 'milestone', 'period', 'overage', 'bonus', 'adjustment'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/**
 * A line of a document: a day's hours of an hourly week, a milestone, a retainer period, its overage
 * hours or a bonus;
 * an adjustment when a dispute's split released another amount. Words are the reader's language's.
 */
@Entity('billing_document_lines')
@Unique(['documentId', 'position'])
export class BillingDocumentLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  @ForeignKey('BillingDocumentEntity', { onDelete: 'CASCADE' })
  documentId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'enum', enum: LINE_KINDS, enumName: 'billing_document_line_kind' })
  kind: LineKind;

  /** A milestone's title, or a period's first and last day. */
  @Column({ type: 'varchar', length: 200, default: '' })
  label: string;

  @Column({ name: 'work_date', type: 'date', nullable: true })
  workDate: string | null;

  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;
}
