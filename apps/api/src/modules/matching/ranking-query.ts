import {
  EARLY_FACTORS,
  type FeatureName,
  filterSql,
  LATE_FACTORS,
  type MatchDemands,
  type MatchFeatures,
  maxPoints,
  scoreSql,
} from './scoring.js';

/** Everything the ranking query needs to know about a job, already in plain numbers. */
export interface RankingRequest {
  /** Skill slots (see SkillEntity.slot) by importance. */
  mustHave: number[];
  niceToHave: number[];
  bonus: number[];
  /** ISO 639-1 code and the lowest CEFR level accepted, 1 (A1) to 7 (native). */
  languages: Array<{ code: string; minLevel: number }>;
  /** Minor units of one VA currency's minor unit in the job's currency. */
  fxFactors: Map<string, number>;
  hourlyBudgetMinor: number | null;
  /** The client's working day in UTC minutes today (0 ≤ start < 1440). */
  clientWindow: { start: number; end: number };
  weeklyHours: number;
  /** The day ranked on (UTC): VAs on leave that day are left out. */
  today: string;
  /** Words of the post to rank profiles by. */
  text: string;
  demands: MatchDemands;
  limit: number;
  /**
   * Talent search only (the in-memory engine; the SQL reference ranks jobs, which never set these):
   * the lowest level accepted per must-have, 1 (beginner) to 4 (expert), 1 when absent.
   */
  mustLevels?: number[];
  /** Talent search only: bounds on the VA's rate in the request's currency (minor units, inclusive). */
  rateRange?: { minMinor: number | null; maxMinor: number | null };
  /** Talent search only: VAs on leave today are kept. */
  includeOnLeave?: boolean;
}

export interface RankedRow extends MatchFeatures {
  user_id: string;
  score: number;
  qualified: string;
}

type CardFeature = Exclude<FeatureName, 'textRank'>;

/** The OR query ranking scores text against (every word of the post counts); the engine asks for it too. */
export const TEXT_QUERY = (words: string) => `replace(plainto_tsquery('english', ${words})::text, '&', '|')::tsquery`;

/** A feature the job gives nothing to measure by (no nice-to-haves, no languages, no hourly figure). */
const NO_VALUE = 'NULL::float8';

/**
 * One SQL statement that filters and ranks every approved VA for a job in PostgreSQL, with the
 * features behind each score. Skill slots and language codes become parameters; the statement's
 * shape depends only on how many skills, languages and currencies there are.
 *
 * Built for speed over many cards: the must-haves select cards through a GIN index; the early
 * score is one expression per card with every feature written inline (no subquery in between),
 * so PostgreSQL computes it inside parallel workers and keeps only (card, points) for the list;
 * features are computed again, with text relevance, only for the few cards still in the running.
 */
export function rankingQuery(request: RankingRequest): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const int = (value: number) => `${bind(value)}::int`;
  const float = (value: number | null) => `${bind(value)}::float8`;
  // Arrays are as long as the catalog was at the card's last refresh; a newer skill reads as 0.
  const level = (slot: number) => `COALESCE(c.skill_levels[${int(slot)}], 0)`;
  const holds = (slot: number) => `(${level(slot)} > 0)::int`;
  const badge = (slot: number) => `COALESCE(c.skill_badges[${int(slot)}], 0)`;
  const share = (terms: string[]) => (terms.length ? `(${terms.join(' + ')})::float8 / ${terms.length}` : NO_VALUE);

  const languageTerms = request.languages.map(({ code, minLevel }) => ({
    level: `COALESCE(c.language_levels[array_position(c.language_codes, ${bind(code)}::text)], 0)`,
    min: int(minLevel),
  }));
  const clientLength = request.clientWindow.end - request.clientWindow.start;
  const clientStart = int(request.clientWindow.start);
  const clientEnd = `(${clientStart} + ${int(clientLength)})`;
  const overlap = [-1440, 0, 1440]
    .map(
      (shift) =>
        `GREATEST(0, LEAST(c.work_start_utc + c.work_minutes + ${shift}, ${clientEnd}) - GREATEST(c.work_start_utc + ${shift}, ${clientStart}))`,
    )
    .join(' + ');
  // A CASE, not a join: it keeps the score one expression over the card. Unknown currencies are NULL.
  // Built only for an hourly budget: a parameter bound but never used is an error in PostgreSQL.
  const fxFactor = () =>
    `(CASE c.currency ${[...request.fxFactors]
      .map(([currency, factor]) => `WHEN ${bind(currency)}::bpchar THEN ${float(factor)}`)
      .join(' ')} END)`;
  const hourlyBudget = request.hourlyBudgetMinor;
  const features: Record<CardFeature, { sql: string; nullable?: true }> = {
    mustShare: { sql: share(request.mustHave.map(holds)) },
    mustLevel: {
      sql: `(${request.mustHave.map(level).join(' + ')})::float8 / ${4 * request.mustHave.length}`,
    },
    badgeShare: { sql: share([...request.mustHave, ...request.niceToHave].map(badge)) },
    niceShare: { sql: share(request.niceToHave.map(holds)) },
    bonusShare: { sql: share(request.bonus.map(holds)) },
    languagesMet: {
      sql: languageTerms.length
        ? `(${languageTerms.map((term) => `${term.level} >= ${term.min}`).join(' AND ')})::int`
        : '1',
    },
    languageMargin: {
      sql: languageTerms.length
        ? `(${languageTerms.map((term) => `${term.level} - ${term.min}`).join(' + ')})::float8 / ${languageTerms.length}`
        : NO_VALUE,
    },
    // NULL for a currency without a rate.
    rateRatio: {
      sql: hourlyBudget === null ? NO_VALUE : `c.hourly_rate_minor * ${fxFactor()} / ${float(hourlyBudget)}`,
      nullable: true,
    },
    overlapMinutes: { sql: `(${overlap})` },
    overlapShare: { sql: `(${overlap})::float8 / ${clientLength}` },
    capacityRatio: { sql: `c.free_hours::float8 / ${int(request.weeklyHours)}` },
    vettingScore: { sql: 'c.vetting_score' },
    responseHours: { sql: 'c.response_hours', nullable: true },
    reputationScore: { sql: 'c.reputation', nullable: true },
  };
  // Every card the index selects holds all must-haves, so inside the early score mustShare is 1.
  const inline = (feature: FeatureName) =>
    feature === 'mustShare' ? '1' : `(${features[feature as CardFeature].sql})`;
  const nullable = (feature: FeatureName) => {
    const { sql, nullable } = features[feature as CardFeature];
    return sql === NO_VALUE || nullable === true;
  };
  const late = (feature: FeatureName) => `r."${feature}"`;
  const sql = `
    WITH scored AS (
      SELECT c.user_id, ${scoreSql(inline, EARLY_FACTORS, nullable)} AS early
      FROM match_cards c
      WHERE c.skill_set @> ${bind(request.mustHave)}::int2[]
        AND NOT (c.leave_until IS NOT NULL AND ${bind(request.today)}::date BETWEEN c.leave_from AND c.leave_until)
        AND ${filterSql(inline, request.demands, float)}
    ),
    -- The early points of the last place on the list; nobody further behind than the late factors can close reaches it.
    bar AS (SELECT early FROM scored ORDER BY early DESC OFFSET ${int(request.limit - 1)} LIMIT 1),
    q AS (SELECT ${TEXT_QUERY(bind(request.text))} AS query),
    listed AS (
      SELECT r.user_id, r."textRank", r.early + ${scoreSql(late, LATE_FACTORS)} AS score
      FROM (
        SELECT s.user_id, s.early, ts_rank(t.search, q.query, 32) AS "textRank"
        FROM scored s JOIN match_card_texts t ON t.user_id = s.user_id CROSS JOIN q
        WHERE s.early >= COALESCE((SELECT early FROM bar), 0) - ${maxPoints(LATE_FACTORS)}
        -- A fence, so ts_rank runs once per finalist although the score reads it too.
        OFFSET 0
      ) r
      ORDER BY score DESC, r.user_id
      LIMIT ${int(request.limit)}
    )
    -- The features behind each listed score, computed again for the list only.
    SELECT c.user_id, ${Object.entries(features)
      .map(([name, feature]) => `${feature.sql} AS "${name}"`)
      .join(', ')}, l."textRank", l.score, (SELECT count(*) FROM scored) AS qualified
    FROM listed l JOIN match_cards c ON c.user_id = l.user_id
    ORDER BY l.score DESC, l.user_id`;
  return { sql, parameters };
}
