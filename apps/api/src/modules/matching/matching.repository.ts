import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CompiledEntity } from '../../platform/database/compiled-entity.js';
import { JobMatchEntity } from './entities/job-match.entity.js';
import { JobRankingEntity } from './entities/job-ranking.entity.js';
import type { CardRow } from './match-index.js';
import { type RankedRow, type RankingRequest, rankingQuery, TEXT_QUERY } from './ranking-query.js';
import type { MatchFeatures } from './scoring.js';

/** Local minutes after midnight as minutes after midnight UTC, at the zone's offset at instant `$1`. */
const WORK_START_UTC = (localMinute: string, timeZone: string) =>
  `mod(mod(${localMinute} - (EXTRACT(EPOCH FROM ($1::timestamptz AT TIME ZONE ${timeZone})) - EXTRACT(EPOCH FROM $1::timestamptz))::int / 60, 1440) + 1440, 1440)`;

/** `workingDayMinutes` in SQL: an end at or before the start is on the next day (equal: 24 h). */
const WORK_MINUTES = 'mod(p.work_end_minute - p.work_start_minute + 1439, 1440) + 1';

export interface NewMatch {
  freelancerId: string;
  rank: number;
  score: number;
  features: MatchFeatures;
}

/**
 * The hours a VA's active contracts take each week: an hourly contract's weekly limit (unless
 * paused), a retainer's monthly hours spread over the weeks of a year.
 */
const COMMITTED_HOURS = (userId: string) => `COALESCE((
  SELECT sum(CASE WHEN ct.kind = 'hourly' THEN ct.weekly_limit_hours ELSE ceil(ct.monthly_hours * 12 / 52.0) END)
  FROM contracts ct WHERE ct.freelancer_id = ${userId} AND ct.status = 'active'
    AND ((ct.kind = 'hourly' AND ct.paused_at IS NULL) OR ct.kind = 'retainer')), 0)`;

/**
 * The channel that tells every instance which cards changed: a payload is comma-separated user ids,
 * `all`, or `barrier:<nonce>` (see MatchIndexService.caughtUp).
 */
export const MATCH_CARDS_CHANNEL = 'match_cards';
/** Ids per notification: a payload stays well under PostgreSQL's 8,000 bytes. */
const IDS_PER_NOTIFICATION = 200;

const CARD_COLUMNS = `c.user_id, skill_levels, skill_badges, language_codes, language_levels, hourly_rate_minor, currency,
  free_hours, leave_from - DATE '1970-01-01' AS leave_from_day, leave_until - DATE '1970-01-01' AS leave_until_day,
  work_start_utc, work_minutes, vetting_score, response_hours::float8 AS response_hours, reputation, t.search::text AS search`;
const CARDS = 'match_cards c LEFT JOIN match_card_texts t ON t.user_id = c.user_id';

/**
 * Match cards, rankings and matches. Every write to the cards notifies MATCH_CARDS_CHANNEL in the
 * same transaction, so each instance's index hears of it when it commits.
 */
@Injectable()
export class MatchingRepository {
  private readonly compiledMatches: CompiledEntity<JobMatchEntity>;
  private readonly compiledRankings: CompiledEntity<JobRankingEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.compiledMatches = new CompiledEntity(dataSource, JobMatchEntity);
    this.compiledRankings = new CompiledEntity(dataSource, JobRankingEntity);
  }

  /**
   * Rewrites the cards of the given VAs (all VAs when `userIds` is null) from their profile, skills,
   * languages, badges and reputation: approved VAs with a rate get a card, everyone else loses theirs.
   */
  async refreshCards(
    userIds: string[] | null,
    manager: EntityManager = this.dataSource.manager,
    at = new Date(),
  ): Promise<void> {
    const only = (alias: string, parameter: string) =>
      userIds === null ? 'TRUE' : `${alias}.user_id = ANY(${parameter}::uuid[])`;
    await manager.query(
      `INSERT INTO match_cards (user_id, skill_set, skill_levels, skill_badges, language_codes, language_levels,
         hourly_rate_minor, currency, free_hours, leave_from, leave_until, time_zone, work_start_utc, work_minutes,
         vetting_score, reputation, refreshed_at)
       SELECT p.user_id, COALESCE(k.skill_set, '{}'), COALESCE(k.skill_levels, '{}'), COALESCE(k.skill_badges, '{}'),
         COALESCE(l.codes, '{}'), COALESCE(l.levels, '{}'),
         p.hourly_rate_minor, p.currency, GREATEST(0, p.weekly_capacity_hours - ${COMMITTED_HOURS('p.user_id')}),
         p.leave_from, p.leave_until, u.time_zone, ${WORK_START_UTC('p.work_start_minute', 'u.time_zone')}, ${WORK_MINUTES},
         COALESCE(p.vetting_score, 0),
         (SELECT CASE WHEN r.neutral THEN NULL ELSE r.score END FROM reputations r
           WHERE r.subject_type = 'freelancer' AND r.subject_id = p.user_id),
         $1::timestamptz
       FROM freelancer_profiles p
       JOIN users u ON u.id = p.user_id
       -- One entry per slot of the catalog, so a skill's slot is its index in the arrays.
       CROSS JOIN LATERAL (
         SELECT array_agg(g.slot ORDER BY g.slot) FILTER (WHERE fs.level IS NOT NULL) AS skill_set,
           array_agg(COALESCE(array_position(enum_range(NULL::skill_level), fs.level), 0) ORDER BY g.slot) AS skill_levels,
           array_agg((b.skill_id IS NOT NULL)::int ORDER BY g.slot) AS skill_badges
         FROM generate_series(1, (SELECT max(slot) FROM skills)) AS g(slot)
         LEFT JOIN skills s ON s.slot = g.slot
         LEFT JOIN freelancer_skills fs ON fs.skill_id = s.id AND fs.user_id = p.user_id
         LEFT JOIN freelancer_badges b ON b.skill_id = s.id AND b.user_id = p.user_id
       ) k
       CROSS JOIN LATERAL (
         SELECT array_agg(fl.language ORDER BY fl.language) AS codes,
           array_agg(array_position(enum_range(NULL::cefr_level), fl.level) ORDER BY fl.language) AS levels
         FROM freelancer_languages fl WHERE fl.user_id = p.user_id
       ) l
       WHERE ${only('p', '$2')} AND p.vetting_stage = 'approved' AND p.hourly_rate_minor IS NOT NULL
       ON CONFLICT (user_id) DO UPDATE SET skill_set = EXCLUDED.skill_set, skill_levels = EXCLUDED.skill_levels,
         skill_badges = EXCLUDED.skill_badges, language_codes = EXCLUDED.language_codes,
         language_levels = EXCLUDED.language_levels, hourly_rate_minor = EXCLUDED.hourly_rate_minor,
         currency = EXCLUDED.currency, free_hours = EXCLUDED.free_hours, leave_from = EXCLUDED.leave_from,
         leave_until = EXCLUDED.leave_until, time_zone = EXCLUDED.time_zone,
         work_start_utc = EXCLUDED.work_start_utc, work_minutes = EXCLUDED.work_minutes,
         vetting_score = EXCLUDED.vetting_score, reputation = EXCLUDED.reputation, refreshed_at = EXCLUDED.refreshed_at`,
      userIds === null ? [at] : [at, userIds],
    );
    await manager.query(
      `INSERT INTO match_card_texts (user_id, search)
       SELECT p.user_id, setweight(to_tsvector('english', p.headline || ' ' || COALESCE((
           SELECT string_agg(s.name, ' ') FROM freelancer_skills fs JOIN skills s ON s.id = fs.skill_id
           WHERE fs.user_id = p.user_id), '')), 'A') || setweight(to_tsvector('english', p.bio), 'B')
       FROM freelancer_profiles p
       JOIN match_cards c ON c.user_id = p.user_id
       WHERE ${only('p', '$1')}
       ON CONFLICT (user_id) DO UPDATE SET search = EXCLUDED.search`,
      userIds === null ? [] : [userIds],
    );
    // The card's text goes with it (ON DELETE CASCADE).
    await manager.query(
      `DELETE FROM match_cards c WHERE ${only('c', '$1')} AND NOT EXISTS (
         SELECT 1 FROM freelancer_profiles p
         WHERE p.user_id = c.user_id AND p.vetting_stage = 'approved' AND p.hourly_rate_minor IS NOT NULL)`,
      userIds === null ? [] : [userIds],
    );
    await this.cardsChanged(userIds, manager);
  }

  /** A page of cards in user-id order, after `afterUserId` (the index loads every card this way). */
  cardsAfter(afterUserId: string | null, limit: number): Promise<CardRow[]> {
    return this.dataSource.query(
      `SELECT ${CARD_COLUMNS} FROM ${CARDS} WHERE c.user_id > $1::uuid ORDER BY c.user_id LIMIT $2`,
      [afterUserId ?? '00000000-0000-0000-0000-000000000000', limit],
    );
  }

  /** The cards of these VAs; a VA without one is missing from the answer. */
  cardsOf(userIds: string[]): Promise<CardRow[]> {
    return this.dataSource.query(`SELECT ${CARD_COLUMNS} FROM ${CARDS} WHERE c.user_id = ANY($1::uuid[])`, [userIds]);
  }

  /**
   * Full-text relevance of these VAs' cards to a post's words, exactly as `rankingQuery` scores it
   * (as float8, so the single-precision rank arrives unrounded).
   */
  async textRanks(userIds: string[], text: string, manager: EntityManager = this.dataSource.manager) {
    const rows: Array<{ user_id: string; rank: number }> = await manager.query(
      `SELECT t.user_id, ts_rank(t.search, ${TEXT_QUERY('$2')}, 32)::float8 AS rank
       FROM match_card_texts t WHERE t.user_id = ANY($1::uuid[])`,
      [userIds, text],
    );
    return new Map(rows.map((row) => [row.user_id, row.rank]));
  }

  /** The text form of the query `textRanks` and the ranking score against. */
  async textQuery(words: string): Promise<string> {
    const [row]: Array<{ query: string }> = await this.dataSource.query(`SELECT ${TEXT_QUERY('$1')}::text AS query`, [
      words,
    ]);
    return row?.query ?? '';
  }

  /** Sends a message on the cards' channel to every instance (this one too) when `manager`'s transaction commits. */
  async notifyCards(payload: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [MATCH_CARDS_CHANNEL, payload]);
  }

  private async cardsChanged(userIds: string[] | null, manager: EntityManager): Promise<void> {
    if (userIds === null) return this.notifyCards('all', manager);
    for (let start = 0; start < userIds.length; start += IDS_PER_NOTIFICATION) {
      await this.notifyCards(userIds.slice(start, start + IDS_PER_NOTIFICATION).join(','), manager);
    }
  }

  /** Invitations to open posts the VA has not proposed on yet. */
  async openInvitations(freelancerId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM job_matches m JOIN job_posts j ON j.id = m.job_id
        WHERE m.freelancer_id = $1 AND m.invited_at IS NOT NULL AND j.status = 'open'
          AND NOT EXISTS (SELECT 1 FROM proposals p WHERE p.job_id = m.job_id AND p.freelancer_id = $1)`,
      [freelancerId],
    );
    return row?.count ?? 0;
  }

  /** A VA's weekly capacity, the hours active contracts commit, and leave (from the profile, not the card). */
  async availability(userId: string, manager: EntityManager = this.dataSource.manager) {
    const [row]: Array<Record<string, unknown>> = await manager.query(
      `SELECT p.weekly_capacity_hours AS "weeklyCapacityHours", ${COMMITTED_HOURS('p.user_id')}::int AS "committedHours",
              p.leave_from::text AS "leaveFrom", p.leave_until::text AS "leaveUntil"
         FROM freelancer_profiles p WHERE p.user_id = $1`,
      [userId],
    );
    return row as
      | { weeklyCapacityHours: number; committedHours: number; leaveFrom: string | null; leaveUntil: string | null }
      | undefined;
  }

  /**
   * Moves each card's working day to its zone's offset now (summer time starts and ends on
   * different dates around the world) and follows time-zone changes in VAs' settings.
   */
  async refreshWorkingHours(at = new Date(), manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [rows]: [Array<{ user_id: string }>, number] = await manager.query(
      `UPDATE match_cards c SET time_zone = u.time_zone,
         work_start_utc = ${WORK_START_UTC('p.work_start_minute', 'u.time_zone')}
       FROM freelancer_profiles p, users u
       WHERE p.user_id = c.user_id AND u.id = c.user_id
         AND (c.time_zone <> u.time_zone OR c.work_start_utc <> ${WORK_START_UTC('p.work_start_minute', 'u.time_zone')})
       RETURNING c.user_id`,
      [at],
    );
    await this.cardsChanged(
      rows.map((row) => row.user_id),
      manager,
    );
    return rows.length;
  }

  /** The reference ranking, in SQL: the in-memory engine (`rankInMemory`) must give its answers. */
  async rank(request: RankingRequest, manager: EntityManager = this.dataSource.manager): Promise<RankedRow[]> {
    const { sql, parameters } = rankingQuery(request);
    // The planner cannot see that scoring costs microseconds per card, so it rates parallel workers
    // too dear; cheaper setup lets it score on every core (for this transaction only).
    await manager.query('SET LOCAL parallel_setup_cost = 100');
    return manager.query(sql, parameters);
  }

  /**
   * Stores a ranking: the new matches replace those nobody acted on; invited VAs who dropped out
   * keep their invitation with no rank. Sets the first-match time once.
   */
  async saveRanking(
    jobId: string,
    ranking: { matches: NewMatch[]; qualifiedCount: number; fxRates: Record<string, number>; at: Date },
    manager: EntityManager,
  ): Promise<void> {
    const ids = ranking.matches.map((match) => match.freelancerId);
    await manager.query(
      'DELETE FROM job_matches WHERE job_id = $1 AND invited_at IS NULL AND NOT (freelancer_id = ANY($2::uuid[]))',
      [jobId, ids],
    );
    await manager.query(
      'UPDATE job_matches SET rank = NULL WHERE job_id = $1 AND NOT (freelancer_id = ANY($2::uuid[]))',
      [jobId, ids],
    );
    if (ranking.matches.length) {
      await manager.getRepository(JobMatchEntity).upsert(
        ranking.matches.map((match) => ({ jobId, ...match, rankedAt: ranking.at })),
        ['jobId', 'freelancerId'],
      );
    }
    await manager.query(
      `INSERT INTO job_rankings (job_id, ranked_at, fx_rates, qualified_count, first_match_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN $2::timestamptz END)
       ON CONFLICT (job_id) DO UPDATE SET ranked_at = EXCLUDED.ranked_at, fx_rates = EXCLUDED.fx_rates,
         qualified_count = EXCLUDED.qualified_count,
         first_match_at = COALESCE(job_rankings.first_match_at, EXCLUDED.first_match_at)`,
      [jobId, ranking.at, ranking.fxRates, ranking.qualifiedCount, ranking.matches.length > 0],
    );
  }

  /**
   * Invites the best-ranked VAs not yet invited until `total` are; returns who was invited now.
   * The caller holds the job's lock, so two workers cannot both invite.
   */
  async inviteTop(jobId: string, total: number, at: Date, manager: EntityManager): Promise<string[]> {
    // An UPDATE … RETURNING comes back from TypeORM as [rows, affected count].
    const [rows]: [Array<{ freelancer_id: string; rank: number }>, number] = await manager.query(
      `UPDATE job_matches m SET invited_at = $3
       WHERE m.job_id = $1 AND m.freelancer_id IN (
         SELECT freelancer_id FROM job_matches
         WHERE job_id = $1 AND invited_at IS NULL AND rank IS NOT NULL
         ORDER BY rank
         LIMIT GREATEST(0, $2 - (SELECT count(*) FROM job_matches WHERE job_id = $1 AND invited_at IS NOT NULL)))
       RETURNING m.freelancer_id, m.rank`,
      [jobId, total, at],
    );
    if (rows.length) {
      await manager.query('UPDATE job_rankings SET first_invite_at = COALESCE(first_invite_at, $2) WHERE job_id = $1', [
        jobId,
        at,
      ]);
    }
    return rows.sort((a, b) => a.rank - b.rank).map((row) => row.freelancer_id);
  }

  /**
   * A proposal arrived: the job's first-proposal time is set once, and the VA's responsiveness
   * becomes the median hours from invitation to proposal over every invitation they answered.
   */
  async recordProposal(jobId: string, freelancerId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE job_rankings SET first_proposal_at = COALESCE(first_proposal_at, $2) WHERE job_id = $1',
      [jobId, at],
    );
    await manager.query(
      `UPDATE match_cards SET response_hours = (
         SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM p.created_at - m.invited_at) / 3600)
         FROM job_matches m JOIN proposals p ON p.job_id = m.job_id AND p.freelancer_id = m.freelancer_id
         WHERE m.freelancer_id = $1 AND m.invited_at IS NOT NULL AND p.created_at >= m.invited_at)
       WHERE user_id = $1`,
      [freelancerId],
    );
    await this.cardsChanged([freelancerId], manager);
  }

  /**
   * A page of a post's matches, best first (invited VAs who left the ranking last), with the total
   * and the post's ranking, in one statement.
   */
  async matches(jobId: string, page: { offset: number; limit: number }) {
    const rows: Array<Record<string, unknown> & { total: number | null }> = await this.dataSource.query(
      `SELECT ${this.compiledMatches.select('m', 'm')}, ${this.compiledRankings.select('r', 'r')}, m.total
       FROM (SELECT $1::uuid AS job_id) post
       LEFT JOIN job_rankings r ON r.job_id = post.job_id
       LEFT JOIN LATERAL (
         SELECT *, count(*) OVER ()::int AS total FROM job_matches WHERE job_id = post.job_id
         ORDER BY rank ASC NULLS LAST, freelancer_id OFFSET $2 LIMIT $3) m ON true`,
      [jobId, page.offset, page.limit],
    );
    const items = rows.flatMap((row) => this.compiledMatches.hydrate(row, 'm') ?? []);
    // A page past the end has no row to carry the total: count apart then.
    const totalCount =
      rows[0]?.total ?? (page.offset > 0 ? await this.dataSource.getRepository(JobMatchEntity).countBy({ jobId }) : 0);
    return { items, totalCount, ranking: rows[0] ? this.compiledRankings.hydrate(rows[0], 'r') : null };
  }

  rankings(jobIds: string[]) {
    return jobIds.length ? this.dataSource.getRepository(JobRankingEntity).findBy({ jobId: In(jobIds) }) : [];
  }

  /** A VA's matches and invitations on open posts: invitations newest first, then the newest posts. */
  async feed(freelancerId: string, page: { offset: number; limit: number }) {
    const rows: Array<JobMatchEntity & { total: number }> = await this.dataSource.query(
      `SELECT m.job_id AS "jobId", m.freelancer_id AS "freelancerId", m.rank, m.score, m.features,
         m.ranked_at AS "rankedAt", m.invited_at AS "invitedAt", count(*) OVER ()::int AS total
       FROM job_matches m JOIN job_posts j ON j.id = m.job_id
       WHERE m.freelancer_id = $1 AND j.status = 'open'
       ORDER BY m.invited_at DESC NULLS LAST, j.published_at DESC, j.id
       OFFSET $2 LIMIT $3`,
      [freelancerId, page.offset, page.limit],
    );
    return { items: rows.map(({ total: _total, ...match }) => match), totalCount: rows[0]?.total ?? 0 };
  }

  match(jobId: string, freelancerId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(JobMatchEntity).findOneBy({ jobId, freelancerId });
  }

  /**
   * A business invites a VA by hand: the match is added with their features (a ranked VA keeps
   * their rank) and marked invited, once. True when the VA was invited now.
   */
  async invite(
    jobId: string,
    invitation: { freelancerId: string; score: number; features: MatchFeatures; at: Date },
    manager: EntityManager,
  ): Promise<boolean> {
    const { freelancerId, score, features, at } = invitation;
    // An INSERT … RETURNING comes back as its rows (an UPDATE's as [rows, count]).
    const rows: Array<{ freelancer_id: string }> = await manager.query(
      `INSERT INTO job_matches (job_id, freelancer_id, rank, score, features, ranked_at, invited_at)
       VALUES ($1, $2, NULL, $3, $4, $5, $5)
       ON CONFLICT (job_id, freelancer_id) DO UPDATE SET invited_at = EXCLUDED.invited_at
         WHERE job_matches.invited_at IS NULL
       RETURNING freelancer_id`,
      [jobId, freelancerId, score, features, at],
    );
    if (!rows.length) return false;
    await manager.query('UPDATE job_rankings SET first_invite_at = COALESCE(first_invite_at, $2) WHERE job_id = $1', [
      jobId,
      at,
    ]);
    return true;
  }

  /** Posts published in the period, how many reached each step, and the median minutes to each. */
  async timeToCandidates(from: Date, to: Date) {
    const minutesTo = (column: string) =>
      `percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r.${column} - j.published_at) / 60)`;
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS "published", count(r.first_match_at)::int AS "matched",
         count(r.first_invite_at)::int AS "invited", count(r.first_proposal_at)::int AS "proposed",
         ${minutesTo('first_match_at')} AS "medianMinutesToMatch",
         ${minutesTo('first_invite_at')} AS "medianMinutesToInvite",
         ${minutesTo('first_proposal_at')} AS "medianMinutesToProposal"
       FROM job_posts j LEFT JOIN job_rankings r ON r.job_id = j.id
       WHERE j.published_at >= $1 AND j.published_at < $2`,
      [from, to],
    );
    return row as TimeToCandidatesRow;
  }
}

export interface TimeToCandidatesRow {
  published: number;
  matched: number;
  invited: number;
  proposed: number;
  medianMinutesToMatch: number | null;
  medianMinutesToInvite: number | null;
  medianMinutesToProposal: number | null;
}
