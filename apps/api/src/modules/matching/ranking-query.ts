import { type FeatureName, filterSql, type MatchDemands, type MatchFeatures, scoreSql } from './scoring.js';

/** Everything the ranking query needs to know about a job, already in plain numbers. */
export interface RankingRequest {
  mustHave: string[];
  niceToHave: string[];
  bonus: string[];
  /** ISO 639-1 code and the lowest CEFR level accepted, 1 (A1) to 7 (native). */
  languages: Array<{ code: string; minLevel: number }>;
  /** Minor units of one VA currency's minor unit in the job's currency. */
  fxFactors: Map<string, number>;
  hourlyBudgetMinor: number | null;
  /** The client's working day in UTC minutes today. */
  clientWindow: { start: number; end: number };
  weeklyHours: number;
  /** Words of the post to rank profiles by. */
  text: string;
  demands: MatchDemands;
  at: Date;
  limit: number;
}

export interface RankedRow extends MatchFeatures {
  user_id: string;
  score: number;
  qualified: string;
}

/**
 * One SQL statement that filters and ranks every approved VA for a job in PostgreSQL, with the
 * features behind each score. Skill and language ids become parameters; the statement's shape
 * depends only on how many skills and languages the job lists.
 */
export function rankingQuery(request: RankingRequest): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const int = (value: number) => `${bind(value)}::int`;
  const float = (value: number | null) => `${bind(value)}::float8`;
  const level = (column: 'skills' | 'languages', key: string) =>
    `COALESCE((c.${column} ->> ${bind(key)}::text)::int, 0)`;
  const has = (column: 'skills' | 'badges', key: string) => `(c.${column} ? ${bind(key)}::text)::int`;
  const share = (terms: string[]) =>
    terms.length ? `(${terms.join(' + ')})::float8 / ${terms.length}` : 'NULL::float8';

  const required = [...request.mustHave, ...request.niceToHave];
  const languageTerms = request.languages.map(({ code, minLevel }) => ({
    level: level('languages', code),
    min: int(minLevel),
  }));
  const clientLength = request.clientWindow.end - request.clientWindow.start;
  const clientStart = int(request.clientWindow.start);
  const clientEnd = `(${clientStart} + ${int(clientLength)})`;
  const overlap = [-1440, 0, 1440]
    .map(
      (shift) =>
        `GREATEST(0, LEAST(v.start + v.length + ${shift}, ${clientEnd}) - GREATEST(v.start + ${shift}, ${clientStart}))`,
    )
    .join(' + ');
  const hourlyBudget = float(request.hourlyBudgetMinor);
  const features: Record<FeatureName, string> = {
    mustShare: share(request.mustHave.map((id) => has('skills', id))),
    mustLevel: `(${request.mustHave.map((id) => level('skills', id)).join(' + ')})::float8 / ${4 * request.mustHave.length}`,
    badgeShare: share(required.map((id) => has('badges', id))),
    niceShare: share(request.niceToHave.map((id) => has('skills', id))),
    bonusShare: share(request.bonus.map((id) => has('skills', id))),
    languagesMet: languageTerms.length
      ? `(${languageTerms.map((term) => `${term.level} >= ${term.min}`).join(' AND ')})::int`
      : '1',
    languageMargin: languageTerms.length
      ? `(${languageTerms.map((term) => `${term.level} - ${term.min}`).join(' + ')})::float8 / ${languageTerms.length}`
      : 'NULL::float8',
    rateRatio: `c.hourly_rate_minor * fx.factor / ${hourlyBudget}`,
    overlapMinutes: `(${overlap})`,
    overlapShare: `(${overlap})::float8 / ${clientLength}`,
    capacityRatio: `c.free_hours::float8 / ${int(request.weeklyHours)}`,
    vettingScore: 'c.vetting_score',
    textRank: 'ts_rank(c.search, q.query, 32)',
    responseHours: 'c.response_hours',
  };
  const column = (feature: FeatureName) => `f."${feature}"`;
  const at = bind(request.at.toISOString());
  const fx = [...request.fxFactors];
  const sql = `
    WITH q AS (SELECT replace(plainto_tsquery('english', ${bind(request.text)})::text, '&', '|')::tsquery AS query)
    SELECT f.*, ${scoreSql(column)} AS score, count(*) OVER () AS qualified
    FROM (
      SELECT c.user_id, ${Object.entries(features)
        .map(([name, expression]) => `${expression} AS "${name}"`)
        .join(', ')}
      FROM match_cards c
      JOIN users u ON u.id = c.user_id
      LEFT JOIN unnest(${bind(fx.map(([currency]) => currency))}::text[], ${bind(fx.map(([, factor]) => factor))}::float8[])
        AS fx(currency, factor) ON fx.currency = c.currency
      -- The VA's working day in UTC minutes today: local hours minus the zone's offset at this instant.
      CROSS JOIN LATERAL (
        SELECT mod(mod(c.work_start_minute - (EXTRACT(EPOCH FROM (${at}::timestamptz AT TIME ZONE u.time_zone))
                 - EXTRACT(EPOCH FROM ${at}::timestamptz))::int / 60, 1440) + 1440, 1440) AS start,
               c.work_end_minute - c.work_start_minute AS length
      ) v
      CROSS JOIN q
      WHERE c.skills ?& ${bind(request.mustHave)}::text[]
        AND c.languages ?& ${bind(request.languages.map((language) => language.code))}::text[]
    ) f
    WHERE ${filterSql(column, request.demands, float)}
    ORDER BY score DESC, f.user_id
    LIMIT ${int(request.limit)}`;
  return { sql, parameters };
}
