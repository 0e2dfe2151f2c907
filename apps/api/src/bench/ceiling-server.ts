import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { hashSecretToken } from '../modules/identity/secret-token.js';
import { type MatchFeatures, score } from '../modules/matching/scoring.js';

/**
 * The ceiling the throughput bench measures the API against: a bare `node:http` server answering
 * the bench's three documents with hand-written SQL over the same database, the least work that
 * gives the same answer. It still does what no server may skip: it reads the session behind the
 * cookie (one statement) and checks that the caller may read what they ask for.
 */

const FACTORS = 'factors { factor points maxPoints }';
const MONEY = 'money { fundedMinor releasedMinor refundedMinor heldMinor }';

/** The bench's GraphQL documents: a VA's feed, a post's matched VAs and a contract, as their pages ask. */
export const CEILING_OPERATIONS = {
  jobFeed: {
    query: `query JobFeed($offset: Int!, $limit: Int!) { jobFeed(offset: $offset, limit: $limit) { totalCount items {
      rank score invitedAt ${FACTORS}
      listing { id status title summary weeklyHours budgetKind budgetMinMinor budgetMaxMinor currency publishedAt
        skills { importance skill { id slug } } } } } }`,
    kind: 'freelancer',
    answer: jobFeed,
  },
  jobMatches: {
    query: `query JobMatches($jobId: ID!, $offset: Int!, $limit: Int!) { jobMatches(jobId: $jobId, offset: $offset, limit: $limit) {
      totalCount items { rank score invitedAt rankedAt ${FACTORS}
        freelancer { id displayName headline country timeZone hourlyRateMinor currency } } } }`,
    kind: 'client',
    answer: jobMatches,
  },
  contract: {
    query: `query Contract($id: ID!) { contract(id: $id) { id status createdAt organizationName
      job { id title } freelancer { id displayName }
      terms { kind currency hourlyRateMinor weeklyLimitHours monthlyAmountMinor monthlyHours trialWeeks startDate }
      ${MONEY} milestones { id position title amountMinor dueDate status bonus awaitingApproval ${MONEY} } } }`,
    kind: 'client',
    answer: contract,
  },
} as const;

type Caller = { userId: string; kind: string; organizationId: string | null };
type Answer = (db: pg.Pool, caller: Caller, variables: Record<string, unknown>) => Promise<unknown>;

export async function startCeiling(databaseUrl: string) {
  // As many connections as the API's pool.
  const db = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const byQuery = new Map<string, { kind: string; answer: Answer }>(
    Object.values(CEILING_OPERATIONS).map((operation) => [operation.query, operation]),
  );
  const server = createServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    try {
      const { query, variables } = JSON.parse(await bodyOf(request)) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const operation = byQuery.get(query);
      if (!operation) return reply(400, { errors: [{ message: 'Unknown document.' }] });
      const caller = await callerOf(db, request);
      if (caller?.kind !== operation.kind) return reply(401, { errors: [{ message: 'Sign in.' }] });
      reply(200, { data: await operation.answer(db, caller, variables) });
    } catch (error) {
      reply(500, { errors: [{ message: (error as Error).message }] });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.end();
    },
  };
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The live session behind the cookie (as the API's sessions define it), in one statement. */
async function callerOf(db: pg.Pool, request: IncomingMessage): Promise<Caller | null> {
  const token = /(?:^|;\s*)dlg_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  if (!token) return null;
  const { rows } = await db.query(
    `SELECT u.id AS "userId", u.kind, m.organization_id AS "organizationId"
     FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN organization_members m ON m.user_id = u.id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
       AND s.last_seen_at > now() - interval '30 days'`,
    [hashSecretToken(decodeURIComponent(token))],
  );
  return rows[0] ?? null;
}

const upper = (value: string | null) => (value === null ? null : value.toUpperCase());
const factorsOf = (features: MatchFeatures) =>
  score(features).factors.map(({ factor, points, maxPoints }) => ({ factor: upper(factor), points, maxPoints }));

async function jobFeed(db: pg.Pool, caller: Caller, { offset, limit }: Record<string, unknown>) {
  const { rows } = await db.query(
    `SELECT m.rank, m.score, m.invited_at, m.features, count(*) OVER ()::int AS total,
       j.id, j.status, j.masked, j.weekly_hours, j.budget_kind, j.budget_min_minor, j.budget_max_minor, j.currency,
       j.published_at,
       (SELECT json_agg(json_build_object('importance', upper(s.importance::text), 'skill', json_build_object('id', s.skill_id, 'slug', k.slug)) ORDER BY s.importance, s.skill_id)
        FROM job_post_skills s JOIN skills k ON k.id = s.skill_id WHERE s.job_id = j.id) AS skills
     FROM job_matches m JOIN job_posts j ON j.id = m.job_id
     WHERE m.freelancer_id = $1 AND j.status = 'open'
     ORDER BY m.invited_at DESC NULLS LAST, j.published_at DESC, j.id
     OFFSET $2 LIMIT $3`,
    [caller.userId, offset, limit],
  );
  return {
    jobFeed: {
      totalCount: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
        rank: row.rank,
        score: row.score,
        invitedAt: row.invited_at?.toISOString() ?? null,
        factors: factorsOf(row.features),
        listing: {
          id: row.id,
          status: upper(row.status),
          title: row.masked.title,
          summary: row.masked.summary,
          weeklyHours: row.weekly_hours,
          budgetKind: upper(row.budget_kind),
          budgetMinMinor: row.budget_min_minor,
          budgetMaxMinor: row.budget_max_minor,
          currency: row.currency,
          publishedAt: row.published_at?.toISOString() ?? null,
          skills: row.skills ?? [],
        },
      })),
    },
  };
}

async function jobMatches(db: pg.Pool, caller: Caller, { jobId, offset, limit }: Record<string, unknown>) {
  const { rows } = await db.query(
    `SELECT m.rank, m.score, m.invited_at, m.ranked_at, m.features, count(*) OVER ()::int AS total,
       u.id, u.display_name, p.headline, p.country, u.time_zone, p.hourly_rate_minor, p.currency
     FROM job_posts j JOIN job_matches m ON m.job_id = j.id
       JOIN users u ON u.id = m.freelancer_id JOIN freelancer_profiles p ON p.user_id = u.id
     WHERE j.id = $1 AND j.organization_id = $2
     ORDER BY m.rank ASC NULLS LAST, m.freelancer_id
     OFFSET $3 LIMIT $4`,
    [jobId, caller.organizationId, offset, limit],
  );
  return {
    jobMatches: {
      totalCount: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
        rank: row.rank,
        score: row.score,
        invitedAt: row.invited_at?.toISOString() ?? null,
        rankedAt: row.ranked_at.toISOString(),
        factors: factorsOf(row.features),
        freelancer: {
          id: row.id,
          displayName: row.display_name,
          headline: row.headline,
          country: row.country,
          timeZone: row.time_zone,
          hourlyRateMinor: row.hourly_rate_minor,
          currency: row.currency,
        },
      })),
    },
  };
}

async function contract(db: pg.Pool, caller: Caller, { id }: Record<string, unknown>) {
  const { rows } = await db.query(
    `SELECT c.id, c.status, c.created_at, o.name AS organization_name, j.id AS job_id, j.title AS job_title,
       u.id AS freelancer_id, u.display_name,
       c.kind, c.currency, c.hourly_rate_minor, c.weekly_limit_hours, c.monthly_amount_minor, c.monthly_hours,
       c.trial_weeks, c.start_date::text,
       ms.id AS milestone_id, ms.position, ms.title, ms.amount_minor, ms.due_date::text, ms.status AS milestone_status,
       ms.bonus, ms.bonus AND EXISTS (SELECT 1 FROM approval_requests a WHERE a.subject_id = ms.id AND a.status = 'pending') AS awaiting,
       coalesce(money.funded, 0)::int AS funded, coalesce(money.released, 0)::int AS released,
       coalesce(money.refunded, 0)::int AS refunded, coalesce(money.held, 0)::int AS held
     FROM contracts c JOIN organizations o ON o.id = c.organization_id JOIN job_posts j ON j.id = c.job_id
       JOIN users u ON u.id = c.freelancer_id
       LEFT JOIN contract_milestones ms ON ms.contract_id = c.id
       LEFT JOIN LATERAL (
         SELECT -sum(p.amount_minor) FILTER (WHERE t.kind IN ('funding', 'carry')) AS funded,
           sum(p.amount_minor) FILTER (WHERE t.kind = 'release') AS released,
           sum(p.amount_minor) FILTER (WHERE t.kind = 'refund') AS refunded,
           -sum(p.amount_minor) AS held
         FROM ledger_postings p JOIN ledger_transactions t ON t.id = p.transaction_id
         WHERE p.account = 'milestone:' || ms.id || ':escrow') money ON true
     WHERE c.id = $1 AND c.organization_id = $2
     ORDER BY ms.position`,
    [id, caller.organizationId],
  );
  const [first] = rows;
  if (!first) throw new Error('Contract not found.');
  const milestones = rows
    .filter((row) => row.milestone_id)
    .map((row) => ({
      id: row.milestone_id,
      position: row.position,
      title: row.title,
      amountMinor: row.amount_minor,
      dueDate: row.due_date,
      status: upper(row.milestone_status),
      bonus: row.bonus,
      awaitingApproval: row.awaiting,
      money: { fundedMinor: row.funded, releasedMinor: row.released, refundedMinor: row.refunded, heldMinor: row.held },
    }));
  const total = (key: keyof (typeof milestones)[number]['money']) =>
    milestones.reduce((sum, milestone) => sum + milestone.money[key], 0);
  return {
    contract: {
      id: first.id,
      status: upper(first.status),
      createdAt: first.created_at.toISOString(),
      organizationName: first.organization_name,
      job: { id: first.job_id, title: first.job_title },
      freelancer: { id: first.freelancer_id, displayName: first.display_name },
      terms: {
        kind: upper(first.kind),
        currency: first.currency,
        hourlyRateMinor: first.hourly_rate_minor,
        weeklyLimitHours: first.weekly_limit_hours,
        monthlyAmountMinor: first.monthly_amount_minor,
        monthlyHours: first.monthly_hours,
        trialWeeks: first.trial_weeks,
        startDate: first.start_date,
      },
      money: {
        fundedMinor: total('fundedMinor'),
        releasedMinor: total('releasedMinor'),
        refundedMinor: total('refundedMinor'),
        heldMinor: total('heldMinor'),
      },
      milestones,
    },
  };
}
