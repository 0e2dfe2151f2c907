import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';

/**
 * What the ranking query reads about one approved VA, in one row: a VA has a card exactly while
 * approved (issue rule: only approved VAs are matchable). Written from the profile, skills,
 * languages and badges whenever vetting decides; never edited by hand.
 */
@Entity('match_cards')
// GIN indexes (skills ?& must-haves, languages ?& required) are written by hand in the migration.
@Index('IDX_match_cards_skills', { synchronize: false })
@Index('IDX_match_cards_languages', { synchronize: false })
export class MatchCardEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Skill id → level, 1 (beginner) to 4 (expert). GIN-indexed so must-haves filter by index. */
  @Column({ type: 'jsonb' })
  skills: Record<string, number>;

  /** Skill id → tested score percent. */
  @Column({ type: 'jsonb' })
  badges: Record<string, number>;

  /** ISO 639-1 code → CEFR level, 1 (A1) to 7 (native). */
  @Column({ type: 'jsonb' })
  languages: Record<string, number>;

  @Column({ name: 'hourly_rate_minor', type: 'integer' })
  hourlyRateMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Weekly hours not yet promised to contracts. */
  @Column({ name: 'free_hours', type: 'smallint' })
  freeHours: number;

  /** The VA's IANA time zone, copied from their account. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  /**
   * When the working day starts, in minutes after midnight UTC at the zone's current offset: kept
   * current by an hourly task (summer time moves it), so ranking does no time-zone arithmetic.
   */
  @Column({ name: 'work_start_utc', type: 'smallint' })
  workStartUtc: number;

  @Column({ name: 'work_minutes', type: 'smallint' })
  workMinutes: number;

  @Column({ name: 'vetting_score', type: 'smallint' })
  vettingScore: number;

  /** Median hours to answer an invitation; null until the VA has answered one. */
  @Column({ name: 'response_hours', type: 'real', nullable: true })
  responseHours: number | null;

  /** Headline and skill names weigh more than the bio. */
  @Column({ type: 'tsvector', select: false })
  search: string;

  @UpdateDateColumn({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt: Date;
}
