import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { JobMatchEntity } from './entities/job-match.entity.js';
import { JobRankingEntity } from './entities/job-ranking.entity.js';
import { type RankedRow, type RankingRequest, rankingQuery } from './ranking-query.js';
import type { MatchFeatures } from './scoring.js';

/** Local minutes after midnight as minutes after midnight UTC, at the zone's offset at instant `$1`. */
const WORK_START_UTC = (localMinute: string, timeZone: string) =>
  `mod(mod(${localMinute} - (EXTRACT(EPOCH FROM ($1::timestamptz AT TIME ZONE ${timeZone})) - EXTRACT(EPOCH FROM $1::timestamptz))::int / 60, 1440) + 1440, 1440)`;

export interface NewMatch {
  freelancerId: string;
  rank: number;
  score: number;
  features: MatchFeatures;
}

/** Match cards, rankings and matches. */
@Injectable()
export class MatchingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Rewrites the cards of the given VAs (all VAs when `userIds` is null) from their profile, skills,
   * languages and badges: approved VAs with a rate get a card, everyone else loses theirs.
   */
  async refreshCards(
    userIds: string[] | null,
    manager: EntityManager = this.dataSource.manager,
    at = new Date(),
  ): Promise<void> {
    const only = (alias: string, parameter: string) =>
      userIds === null ? 'TRUE' : `${alias}.user_id = ANY(${parameter}::uuid[])`;
    await manager.query(
      `INSERT INTO match_cards (user_id, skills, badges, languages, hourly_rate_minor, currency, free_hours,
         time_zone, work_start_utc, work_minutes, vetting_score, search, refreshed_at)
       SELECT p.user_id,
         COALESCE((SELECT jsonb_object_agg(s.skill_id, array_position(enum_range(NULL::skill_level), s.level))
                   FROM freelancer_skills s WHERE s.user_id = p.user_id), '{}'),
         COALESCE((SELECT jsonb_object_agg(b.skill_id, b.score_percent)
                   FROM freelancer_badges b WHERE b.user_id = p.user_id), '{}'),
         COALESCE((SELECT jsonb_object_agg(l.language, array_position(enum_range(NULL::cefr_level), l.level))
                   FROM freelancer_languages l WHERE l.user_id = p.user_id), '{}'),
         p.hourly_rate_minor, p.currency, p.weekly_capacity_hours,
         u.time_zone, ${WORK_START_UTC('p.work_start_minute', 'u.time_zone')}, p.work_end_minute - p.work_start_minute,
         COALESCE(p.vetting_score, 0),
         setweight(to_tsvector('english', p.headline || ' ' || COALESCE((
           SELECT string_agg(k.name, ' ') FROM freelancer_skills s JOIN skills k ON k.id = s.skill_id
           WHERE s.user_id = p.user_id), '')), 'A') || setweight(to_tsvector('english', p.bio), 'B'),
         $1::timestamptz
       FROM freelancer_profiles p
       JOIN users u ON u.id = p.user_id
       WHERE ${only('p', '$2')} AND p.vetting_stage = 'approved' AND p.hourly_rate_minor IS NOT NULL
       ON CONFLICT (user_id) DO UPDATE SET skills = EXCLUDED.skills, badges = EXCLUDED.badges,
         languages = EXCLUDED.languages, hourly_rate_minor = EXCLUDED.hourly_rate_minor,
         currency = EXCLUDED.currency, free_hours = EXCLUDED.free_hours, time_zone = EXCLUDED.time_zone,
         work_start_utc = EXCLUDED.work_start_utc, work_minutes = EXCLUDED.work_minutes,
         vetting_score = EXCLUDED.vetting_score, search = EXCLUDED.search, refreshed_at = EXCLUDED.refreshed_at`,
      userIds === null ? [at] : [at, userIds],
    );
    await manager.query(
      `DELETE FROM match_cards c WHERE ${only('c', '$1')} AND NOT EXISTS (
         SELECT 1 FROM freelancer_profiles p
         WHERE p.user_id = c.user_id AND p.vetting_stage = 'approved' AND p.hourly_rate_minor IS NOT NULL)`,
      userIds === null ? [] : [userIds],
    );
  }

  /**
   * Moves each card's working day to its zone's offset now (summer time starts and ends on
   * different dates around the world) and follows time-zone changes in VAs' settings.
   */
  async refreshWorkingHours(at = new Date(), manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [, changed] = await manager.query(
      `UPDATE match_cards c SET time_zone = u.time_zone,
         work_start_utc = ${WORK_START_UTC('p.work_start_minute', 'u.time_zone')}
       FROM freelancer_profiles p, users u
       WHERE p.user_id = c.user_id AND u.id = c.user_id
         AND (c.time_zone <> u.time_zone OR c.work_start_utc <> ${WORK_START_UTC('p.work_start_minute', 'u.time_zone')})`,
      [at],
    );
    return changed;
  }

  async rank(request: RankingRequest, manager: EntityManager = this.dataSource.manager): Promise<RankedRow[]> {
    const { sql, parameters } = rankingQuery(request);
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

  /** A job's matches, best first, then the invited ones who dropped out of the ranking. */
  async matches(jobId: string, page: { offset: number; limit: number }) {
    const [items, totalCount] = await this.dataSource.getRepository(JobMatchEntity).findAndCount({
      where: { jobId },
      order: { rank: { direction: 'ASC', nulls: 'LAST' }, freelancerId: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount };
  }

  ranking(jobId: string) {
    return this.dataSource.getRepository(JobRankingEntity).findOneBy({ jobId });
  }

  rankings(jobIds: string[]) {
    return jobIds.length ? this.dataSource.getRepository(JobRankingEntity).findBy({ jobId: In(jobIds) }) : [];
  }
}
