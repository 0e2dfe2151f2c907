import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number issued in a series. Taking the next number updates this row in the transaction
 * that writes the document: a document that is not written gives its number back, so there are no gaps.
 */
@Entity('billing_document_counters')
export class DocumentCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  series: string;

  @Column({ name: 'last_number', type: 'integer', default: 0 })
  lastNumber: number;
}
