import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A webhook delivery from Stripe, stored once by its event id (Stripe retries deliveries and may send
 * them out of order). The job that processes it re-reads the object from Stripe rather than trusting
 * the payload, so a late or repeated event changes nothing.
 */
@Entity('stripe_events')
@Index('IDX_stripe_events_unprocessed', ['receivedAt'], { where: 'processed_at IS NULL' })
export class StripeEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  /** The id of the object the event is about (`data.object.id`). */
  @Column({ name: 'object_id', type: 'varchar', length: 100 })
  objectId: string;

  @Column({ type: 'jsonb' })
  payload: object;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  /** What processing did: `settled`, `failed`, `waiting`, `refreshed`, `unknown` (not ours) or `ignored`. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: string | null;
}
