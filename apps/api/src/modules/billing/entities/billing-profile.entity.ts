import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * An organisation as a payer: the details its invoices carry (set by owners, admins and finance), and
 * its customer at the payment provider, which its saved cards belong to.
 */
@Entity('billing_profiles')
export class BillingProfileEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'RESTRICT' })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  provider: string;

  /** Stripe's Customer id (`cus_…`); set once the provider made it. */
  @Column({ name: 'provider_customer_id', type: 'varchar', length: 100, nullable: true, unique: true })
  providerCustomerId: string | null;

  /** The registered name invoices are made out to; the organisation's name when empty. */
  @Column({ name: 'legal_name', type: 'varchar', length: 200, default: '' })
  legalName: string;

  /** The postal address, as lines. */
  @Column({ type: 'varchar', length: 500, default: '' })
  address: string;

  @Column({ name: 'vat_id', type: 'varchar', length: 32, default: '' })
  vatId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
