import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Counters of every rate limit, owned by rate-limiter-flexible (its table layout); keys carry the limit's name. */
@Entity('rate_limits')
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
