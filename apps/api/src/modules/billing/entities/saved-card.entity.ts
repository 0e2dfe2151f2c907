import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SAVED_CARD_STATUSES = ['setting_up', 'active', 'replaced', 'removed'] as const;
export type SavedCardStatus = (typeof SAVED_CARD_STATUSES)[number];

/**
 * A card an organisation saved for charges without anyone present (hourly weeks): one active at a
 * time; saving another replaces it. Only the brand, last four digits and expiry are kept here; the
 * card itself stays at the provider.
 */
@Entity('saved_cards')
@Index('IDX_saved_cards_one_active', ['organizationId'], { unique: true, where: `status = 'active'` })
export class SavedCardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'RESTRICT' })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  provider: string;

  /** The provider's card setup (Stripe SetupIntent `seti_…`). */
  @Column({ name: 'provider_setup_id', type: 'varchar', length: 100, nullable: true, unique: true })
  providerSetupId: string | null;

  /** The provider's saved card (Stripe PaymentMethod `pm_…`), once the setup succeeded. */
  @Column({ name: 'provider_card_id', type: 'varchar', length: 100, nullable: true })
  providerCardId: string | null;

  @Column({ type: 'enum', enum: SAVED_CARD_STATUSES, enumName: 'saved_card_status', default: 'setting_up' })
  status: SavedCardStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  brand: string | null;

  @Column({ type: 'char', length: 4, nullable: true })
  last4: string | null;

  @Column({ name: 'exp_month', type: 'smallint', nullable: true })
  expMonth: number | null;

  @Column({ name: 'exp_year', type: 'smallint', nullable: true })
  expYear: number | null;

  /** The last charge to this card was declined: no further charge is tried until a new card is saved. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ name: 'failure_message', type: 'text', default: '' })
  failureMessage: string;

  /** The member who saved it: charges to it are made in their name. */
  @Column({ name: 'created_by', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;
}
