import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A VA as a payee: the details their earnings statements carry. */
@Entity('payee_profiles')
export class PayeeProfileEntity {
  @PrimaryColumn({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  freelancerId: string;

  /** The name statements are made out to; the VA's display name when empty. */
  @Column({ name: 'legal_name', type: 'varchar', length: 200, default: '' })
  legalName: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  address: string;

  /** A tax or business registration number, if the VA has one. */
  @Column({ name: 'tax_id', type: 'varchar', length: 32, default: '' })
  taxId: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
