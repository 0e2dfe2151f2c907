import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Counters of failed sign-ins, owned by rate-limiter-flexible (its table layout). */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
