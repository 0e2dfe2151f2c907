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
  mustHave: string[];
  niceToHave: string[];
  bonus: string[];
  /** ISO 639-1 code and the lowest CEFR level accepted, 1 (A1) to 7 (native). */
  languages: Array<{ code: string; minLevel: number }>;
  /** Minor units of one VA currency's minor unit in the job's currency. */
  fxFactors: Map<string, number>;
  hourlyBudgetMinor: number | null;
  /** The client's working day in UTC minutes today (0 ≤ start < 1440). */
  clientWindow: { start: number; end: number };
  weeklyHours: number;
  /** Words of the post to rank profiles by. */
  text: string;
  demands: MatchDemands;
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
        `GREATEST(0, LEAST(c.work_start_utc + c.work_minutes + ${shift}, ${clientEnd}) - GREATEST(c.work_start_utc + ${shift}, ${clientStart}))`,
    )
    .join(' + ');
  const hourlyBudget = float(request.hourlyBudgetMinor);
  const features: Record<Exclude<FeatureName, 'textRank'>, string> = {
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
    responseHours: 'c.response_hours',
  };
  const early = (feature: FeatureName) => `f."${feature}"`;
  const late = (feature: FeatureName) => (feature === 'textRank' ? 't."textRank"' : `s."${feature}"`);
  const fx = [...request.fxFactors];
  const sql = `
    WITH scored AS (
      SELECT f.*, ${scoreSql(early, EARLY_FACTORS)} AS early
      FROM (
        SELECT c.user_id, ${Object.entries(features)
          .map(([name, expression]) => `${expression} AS "${name}"`)
          .join(', ')}
        FROM match_cards c
        LEFT JOIN unnest(${bind(fx.map(([currency]) => currency))}::text[], ${bind(fx.map(([, factor]) => factor))}::float8[])
          AS fx(currency, factor) ON fx.currency = c.currency
        WHERE c.skills ?& ${bind(request.mustHave)}::text[]
          AND c.languages ?& ${bind(request.languages.map((language) => language.code))}::text[]
        -- A fence: without it PostgreSQL inlines each feature into every filter and score term that
        -- reads it, computing the overlap and the JSON lookups several times per VA.
        OFFSET 0
      ) f
      WHERE ${filterSql(early, request.demands, float)}
    ),
    -- The early points of the last place on the list; nobody further behind than the late factors can close reaches it.
    bar AS (SELECT early FROM scored ORDER BY early DESC OFFSET ${int(request.limit - 1)} LIMIT 1),
    q AS (SELECT replace(plainto_tsquery('english', ${bind(request.text)})::text, '&', '|')::tsquery AS query)
    SELECT s.*, t."textRank", s.early + ${scoreSql(late, LATE_FACTORS)} AS score,
      (SELECT count(*) FROM scored) AS qualified
    FROM scored s
    JOIN match_cards c ON c.user_id = s.user_id
    CROSS JOIN q
    CROSS JOIN LATERAL (SELECT ts_rank(c.search, q.query, 32) AS "textRank") t
    WHERE s.early >= COALESCE((SELECT early FROM bar), 0) - ${maxPoints(LATE_FACTORS)}
    ORDER BY score DESC, s.user_id
    LIMIT ${int(request.limit)}`;
  return { sql, parameters };
}
