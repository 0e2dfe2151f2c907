import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ContractEntity } from './contract.entity.js';

/** One milestone of a fixed-price contract, in the order agreed. Funding and release come with escrow. */
@Entity('contract_milestones')
@Unique(['contractId', 'position'])
export class ContractMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id' })
  contract?: ContractEntity;

  /** 1-based order. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;
}
