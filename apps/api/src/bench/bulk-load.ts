import type { DataSource } from 'typeorm';

const ZONES = [
  'Asia/Manila',
  'Asia/Kolkata',
  'Africa/Nairobi',
  'Europe/Istanbul',
  'Europe/Rome',
  'Europe/Helsinki',
  'Europe/Lisbon',
  'America/Bogota',
  'America/Sao_Paulo',
  'America/Mexico_City',
];
const CLIENT_ZONES = ['America/New_York', 'America/Chicago', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney'];
const HEADLINES = [
  'Customer support and inbox zero',
  'E-commerce VA for Shopify stores',
  'Bookkeeping and invoicing assistant',
  'Executive assistant, calendars and travel',
  'Social media and Canva content',
  'Research and data cleanup',
  'Amazon listings and order desk',
];
const TASKS = [
  'Answer customer e-mails and chats',
  'Process returns in Shopify',
  'Reconcile payouts with the bank',
  'Schedule meetings and manage the calendar',
  'Post to Instagram three times a week',
  'Build lead lists from web research',
  'Update product listings on Amazon',
];

const literal = (values: string[]) => `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * Loads `vas` approved VAs (with skills, languages, badges; two in five with a reputation) and `jobs` open job posts straight
 * into PostgreSQL with set-based INSERT … SELECT statements: seconds, not hours. Deterministic
 * shapes from `hashtext`, so every run ranks the same market.
 */
export async function bulkLoad(dataSource: DataSource, { vas, jobs }: { vas: number; jobs: number }): Promise<void> {
  await dataSource.query(`
    INSERT INTO users (kind, email, password_hash, display_name, locale, time_zone)
    SELECT 'freelancer', 'bench-va-' || i || '@va.bench.test', 'not-a-login', 'Bench VA ' || i, 'en',
      (${literal(ZONES)})[1 + i % ${ZONES.length}]
    FROM generate_series(1, ${vas}) i`);
  await dataSource.query(`
    INSERT INTO freelancer_profiles (user_id, headline, bio, hourly_rate_minor, currency, weekly_capacity_hours,
      country, work_start_minute, work_end_minute, vetting_stage, vetting_score)
    SELECT u.id, (${literal(HEADLINES)})[1 + abs(h) % ${HEADLINES.length}],
      'Years of remote work for small online businesses.',
      600 + abs(h) % 2400, (ARRAY['USD','USD','EUR','GBP','TRY'])[1 + abs(h / 7) % 5],
      (ARRAY[10,20,20,30,40])[1 + abs(h / 11) % 5], 'PH',
      (7 + abs(h / 13) % 4) * 60, (16 + abs(h / 17) % 3) * 60, 'approved', 60 + abs(h / 19) % 41
    FROM (SELECT id, hashtext(id::text) AS h FROM users WHERE email LIKE 'bench-va-%') u`);
  // Two to six skills each, at mixed levels: the order of skills shifts with the VA's hash.
  await dataSource.query(`
    INSERT INTO freelancer_skills (user_id, skill_id, level, years)
    SELECT p.user_id, s.id, (enum_range(NULL::skill_level))[1 + abs(p.h / (s.n + 3)) % 4], 1 + abs(p.h) % 9
    FROM (SELECT user_id, hashtext(user_id::text) AS h FROM freelancer_profiles) p
    JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total FROM skills) s
      ON (s.n - abs(p.h) % s.total + s.total) % s.total < 2 + abs(p.h / 23) % 5`);
  await dataSource.query(`
    INSERT INTO freelancer_languages (user_id, language, level)
    SELECT user_id, 'en', (ARRAY['B2','C1','C1','C2','native']::cefr_level[])[1 + abs(hashtext(user_id::text)) % 5]
    FROM freelancer_profiles
    UNION ALL
    SELECT user_id, (ARRAY['es','tr','it','fi','de'])[1 + abs(hashtext(user_id::text) / 29) % 5], 'native'
    FROM freelancer_profiles WHERE abs(hashtext(user_id::text)) % 10 < 4`);
  await dataSource.query(`
    INSERT INTO freelancer_badges (user_id, skill_id, score_percent, awarded_at)
    SELECT DISTINCT ON (user_id) user_id, skill_id, 70 + abs(hashtext(user_id::text)) % 30, now()
    FROM freelancer_skills WHERE abs(hashtext(user_id::text || skill_id::text)) % 3 = 0
    ORDER BY user_id, skill_id`);
  // Two VAs in five have a history: scores from 55 to 98, so the reputation factor separates them.
  await dataSource.query(`
    INSERT INTO reputations (subject_type, subject_id, score, rating, success_rate, review_count, contract_count,
      neutral, contributions)
    SELECT 'freelancer', user_id, 55 + abs(hashtext(user_id::text) / 7) % 44, 4.2, 0.9,
      1 + abs(hashtext(user_id::text)) % 12, 1 + abs(hashtext(user_id::text)) % 9, false, '[]'
    FROM freelancer_profiles WHERE abs(hashtext(user_id::text) / 11) % 5 < 2`);

  const organizations = Math.max(1, Math.ceil(jobs / 50));
  await dataSource.query(`
    INSERT INTO organizations (name) SELECT 'Bench Shop ' || i FROM generate_series(1, ${organizations}) i`);
  await dataSource.query(`
    INSERT INTO users (kind, email, password_hash, display_name, locale, time_zone)
    SELECT 'client', 'bench-owner-' || i || '@shop.bench.test', 'not-a-login', 'Bench Owner ' || i, 'en', 'UTC'
    FROM generate_series(1, ${organizations}) i`);
  await dataSource.query(`
    INSERT INTO organization_members (organization_id, user_id, role)
    SELECT o.id, u.id, 'owner'
    FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organizations WHERE name LIKE 'Bench Shop %') o
    JOIN (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE 'bench-owner-%') u
      ON u.n = o.n`);
  // The texts hold no contact details, so what VAs read (`masked`) is the texts themselves.
  await dataSource.query(`
    INSERT INTO job_posts (organization_id, author_id, status, title, summary, tasks, masked, weekly_hours, budget_kind,
      budget_min_minor, budget_max_minor, currency, time_zone, work_start_minute, work_end_minute,
      min_overlap_hours, published_at, expires_at)
    SELECT organization_id, user_id, 'open', title, summary, tasks,
      jsonb_build_object('title', title, 'summary', summary, 'tasks', tasks, 'screeningQuestions', '[]'::jsonb),
      weekly_hours, 'hourly', 800, budget_max_minor, currency, time_zone, 9 * 60, 17 * 60, min_overlap_hours,
      now(), now() + interval '30 days'
    FROM (
      SELECT m.organization_id, m.user_id, (${literal(HEADLINES)})[1 + i % ${HEADLINES.length}] AS title,
        'A small online shop needs steady help with routine work every week.' AS summary,
        jsonb_build_array((${literal(TASKS)})[1 + i % ${TASKS.length}], (${literal(TASKS)})[1 + (i / 7) % ${TASKS.length}]) AS tasks,
        (ARRAY[5,10,15,20])[1 + i % 4] AS weekly_hours, 1200 + (i % 9) * 200 AS budget_max_minor,
        (ARRAY['USD','EUR','GBP'])[1 + i % 3] AS currency, (${literal(CLIENT_ZONES)})[1 + i % ${CLIENT_ZONES.length}] AS time_zone,
        (ARRAY[0,1,2,3])[1 + (i / 3) % 4] AS min_overlap_hours
      FROM generate_series(1, ${jobs}) i
      JOIN (SELECT organization_id, user_id, row_number() OVER (ORDER BY user_id) - 1 AS n FROM organization_members m
            JOIN users u ON u.id = m.user_id WHERE u.email LIKE 'bench-owner-%') m ON m.n = i % ${organizations}
    ) posts`);
  // One or two must-haves, a nice-to-have and a bonus skill, and English at B2 or C1.
  await dataSource.query(`
    INSERT INTO job_post_skills (job_id, skill_id, importance)
    SELECT j.id, s.id, CASE WHEN s.k = 0 OR (s.k = 1 AND j.h % 2 = 0) THEN 'must_have'::skill_importance
                            WHEN s.k = 1 OR s.k = 2 THEN 'nice_to_have'::skill_importance
                            ELSE 'bonus'::skill_importance END
    FROM (SELECT id, abs(hashtext(id::text)) AS h FROM job_posts WHERE status = 'open') j
    JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total FROM skills) s0 ON TRUE
    CROSS JOIN LATERAL (SELECT s0.id, (s0.n - j.h % s0.total + s0.total) % s0.total AS k) s
    WHERE s.k < 4`);
  await dataSource.query(`
    INSERT INTO job_post_languages (job_id, language, min_level)
    SELECT id, 'en', (ARRAY['B2','C1']::cefr_level[])[1 + abs(hashtext(id::text)) % 2]
    FROM job_posts WHERE status = 'open'`);
  await dataSource.query('ANALYZE');
}
