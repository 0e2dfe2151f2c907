import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What the ranking query reads about one approved VA, in one narrow row: a VA has a card exactly
 * while approved (issue rule: only approved VAs are matchable). Written from the profile, skills,
 * languages and badges whenever vetting decides; never edited by hand. Skills live in arrays
 * indexed by each skill's `slot`, so reading a level is an array subscript, not a key lookup; the
 * row stays small because the ranking scans every card (the search text has its own table).
 */
@Entity('match_cards')
// A GIN index on skill_set (`@>` the must-haves) is written by hand in the migration.
@Index('IDX_match_cards_skill_set', { synchronize: false })
export class MatchCardEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  userId: string;

  /** Slots of the skills the VA holds. */
  @Column({ name: 'skill_set', type: 'smallint', array: true })
  skillSet: number[];

  /** Level at each slot: 0 not held, 1 (beginner) to 4 (expert). */
  @Column({ name: 'skill_levels', type: 'smallint', array: true })
  skillLevels: number[];

  /** 1 at each slot where the VA holds a tested badge, else 0. */
  @Column({ name: 'skill_badges', type: 'smallint', array: true })
  skillBadges: number[];

  /** ISO 639-1 codes, matched by position with `languageLevels`. */
  @Column({ name: 'language_codes', type: 'text', array: true })
  languageCodes: string[];

  /** CEFR level of each language, 1 (A1) to 7 (native). */
  @Column({ name: 'language_levels', type: 'smallint', array: true })
  languageLevels: number[];

  @Column({ name: 'hourly_rate_minor', type: 'integer' })
  hourlyRateMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Weekly hours not yet promised to contracts. */
  /** Weekly capacity less the hours active contracts commit (hourly limits, retainers' weekly share). */
  @Column({ name: 'free_hours', type: 'smallint' })
  freeHours: number;

  /** The VA's leave: ranking skips the card on these days. */
  @Column({ name: 'leave_from', type: 'date', nullable: true })
  leaveFrom: string | null;

  @Column({ name: 'leave_until', type: 'date', nullable: true })
  leaveUntil: string | null;

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

  /** Reputation by the published formula (reviews computes it); null while the VA has no history. */
  @Column({ type: 'smallint', nullable: true })
  reputation: number | null;

  @UpdateDateColumn({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt: Date;
}
