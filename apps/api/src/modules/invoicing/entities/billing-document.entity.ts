import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const DOCUMENT_KINDS = ['invoice', 'statement'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A party as a document names it, copied when it is issued (later changes do not rewrite it). */
export interface DocumentParty {
  name: string;
  address: string;
  /** The VAT number of a business, or a VA's tax number. */
  taxId: string;
  country: string | null;
}

/**
 * What a release to a VA is documented by: the business's invoice and the VA's earnings statement,
 * each numbered in its own series (per organisation, per VA) without gaps. Issued once per release.
 */
@Entity('billing_documents')
@Unique(['series', 'number'])
@Unique(['kind', 'sourceEventId'])
@Index(['organizationId', 'kind', 'issuedAt'])
@Index(['freelancerId', 'kind', 'issuedAt'])
export class BillingDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: DOCUMENT_KINDS, enumName: 'billing_document_kind' })
  kind: DocumentKind;

  /** `org:<id>` for invoices, `va:<id>` for statements. */
  @Column({ type: 'varchar', length: 60 })
  series: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'RESTRICT' })
  organizationId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  freelancerId: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  @ForeignKey('ContractEntity', { onDelete: 'RESTRICT' })
  contractId: string;

  @Column({ name: 'milestone_id', type: 'uuid' })
  @ForeignKey('ContractMilestoneEntity', { onDelete: 'RESTRICT' })
  milestoneId: string;

  /** The release on the contract's timeline this documents. */
  @Column({ name: 'source_event_id', type: 'uuid' })
  @ForeignKey('ContractEventEntity', { onDelete: 'RESTRICT' })
  sourceEventId: string;

  /** The contract's post, as it was titled. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** What was released: the work's price, which the business paid. */
  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  /** Delegate's fee, taken from what the VA receives. */
  @Column({ name: 'fee_minor', type: 'integer' })
  feeMinor: number;

  @Column({ type: 'jsonb' })
  payer: DocumentParty;

  @Column({ type: 'jsonb' })
  payee: DocumentParty;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}
