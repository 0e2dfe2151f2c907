import type { EntityManager } from 'typeorm';
import { SkillEntity } from '../modules/freelancers/entities/skill.entity.js';
import { JobPostEntity } from '../modules/jobs/entities/job-post.entity.js';
import { JobPostLanguageEntity } from '../modules/jobs/entities/job-post-language.entity.js';
import { JobPostSkillEntity } from '../modules/jobs/entities/job-post-skill.entity.js';
import { maskedJobTexts } from '../modules/jobs/jobs.repository.js';

const DAY_MS = 86_400_000;

/** Northwind Candles' posts, all open (ranked once the app is up). Returns them. */
export async function seedJobPosts(
  db: EntityManager,
  organization: { id: string; authorId: string },
  now = new Date(),
): Promise<string[]> {
  const skills = await skillIds(db);
  const open = await insertJob(db, skills, organization, {
    status: 'open',
    title: 'Customer support for our candle shop',
    summary:
      'We sell hand-poured candles online and need a friendly assistant to answer customers and keep orders moving.',
    tasks: [
      'Answer support e-mails and chats within one business day',
      'Process returns and exchanges in Shopify',
      'Update order tracking for delayed parcels',
    ],
    weeklyHours: 15,
    budgetKind: 'hourly',
    budgetMinMinor: 1000,
    budgetMaxMinor: 1600,
    currency: 'USD',
    timeZone: 'America/New_York',
    workStartMinute: 8 * 60,
    workEndMinute: 16 * 60,
    minOverlapHours: 0,
    trialWeeks: 2,
    screeningQuestions: ['Which help desk tools have you used?'],
    publishedAt: new Date(now.getTime() - DAY_MS),
    expiresAt: new Date(now.getTime() + 29 * DAY_MS),
    skills: [
      ['customer-support', 'must_have'],
      ['shopify-operations', 'nice_to_have'],
      ['order-fulfilment', 'nice_to_have'],
      ['copywriting', 'bonus'],
    ],
    languages: [['en', 'B2']],
  });
  const holidayCatalogue = await insertJob(db, skills, organization, {
    status: 'open',
    title: 'Holiday catalogue: refresh our Amazon listings',
    summary: 'Our twenty best sellers need new copy and images on Amazon before the holiday season.',
    tasks: ['Rewrite the titles and bullet points of twenty listings', 'Design five images per listing in Canva'],
    weeklyHours: 10,
    budgetKind: 'fixed',
    budgetMinMinor: null,
    budgetMaxMinor: 27000,
    currency: 'USD',
    timeZone: 'America/New_York',
    workStartMinute: 9 * 60,
    workEndMinute: 17 * 60,
    minOverlapHours: 0,
    trialWeeks: 0,
    screeningQuestions: [],
    publishedAt: new Date(now.getTime() - 3 * DAY_MS),
    expiresAt: new Date(now.getTime() + 27 * DAY_MS),
    skills: [
      ['amazon-seller-central', 'must_have'],
      ['canva-design', 'nice_to_have'],
    ],
    languages: [['en', 'B2']],
  });
  const bookkeeping = await insertJob(db, skills, organization, {
    status: 'open',
    title: 'Bookkeeping help at month end',
    summary: 'Reconcile our Shopify payouts with the bank each month and chase unpaid wholesale invoices.',
    tasks: ['Reconcile payouts with the bank statement', 'Send reminders for overdue invoices'],
    weeklyHours: 5,
    budgetKind: 'retainer',
    budgetMinMinor: null,
    budgetMaxMinor: 45000,
    currency: 'USD',
    timeZone: 'America/New_York',
    workStartMinute: 9 * 60,
    workEndMinute: 17 * 60,
    minOverlapHours: 0,
    trialWeeks: 2,
    screeningQuestions: [],
    publishedAt: new Date(now.getTime() - 5 * DAY_MS),
    expiresAt: new Date(now.getTime() + 25 * DAY_MS),
    skills: [['bookkeeping', 'must_have']],
    languages: [['en', 'C1']],
  });
  return [open, holidayCatalogue, bookkeeping];
}

/**
 * Kettle & Crumb's post whose contract went to a dispute that ops mediate (the hire and the dispute
 * are made through the services once the app is up). Not ranked: its VA is already chosen.
 */
export async function seedDisputedJobPost(
  db: EntityManager,
  organization: { id: string; authorId: string },
  now = new Date(),
): Promise<string> {
  return insertJob(db, await skillIds(db), organization, {
    status: 'open',
    title: 'Inbox clean-up for our wholesale orders',
    summary: 'Sort two years of wholesale e-mail into folders and answer what is still open.',
    tasks: ['Sort the shared inbox into folders', 'Answer open wholesale questions'],
    weeklyHours: 10,
    budgetKind: 'fixed',
    budgetMinMinor: 30000,
    budgetMaxMinor: 50000,
    currency: 'GBP',
    timeZone: 'Europe/London',
    workStartMinute: 9 * 60,
    workEndMinute: 17 * 60,
    minOverlapHours: 0,
    trialWeeks: 0,
    screeningQuestions: [],
    publishedAt: new Date(now.getTime() - 12 * DAY_MS),
    expiresAt: new Date(now.getTime() + 18 * DAY_MS),
    skills: [['inbox-management', 'must_have']],
    languages: [['en', 'B2']],
  });
}

type Owner = { id: string; authorId: string };
export type ReviewedJobs = { bottega: string; kotitavara: string; bogazici: string; kettle: string };

/**
 * Posts whose contracts the demo's reviews are about: two finished, one retainer that goes on, and
 * one paid in full that the business has yet to end.
 */
export async function seedReviewedJobPosts(
  db: EntityManager,
  organizations: { bottega: Owner; kotitavara: Owner; bogazici: Owner; kettle: Owner },
  now = new Date(),
): Promise<ReviewedJobs> {
  const skills = await skillIds(db);
  const finished = (title: string, summary: string, timeZone: string) => ({
    status: 'open' as const,
    title,
    summary,
    tasks: [summary],
    weeklyHours: 10,
    budgetKind: 'fixed' as const,
    budgetMinMinor: 20000,
    budgetMaxMinor: 40000,
    currency: 'EUR',
    timeZone,
    workStartMinute: 9 * 60,
    workEndMinute: 17 * 60,
    minOverlapHours: 0,
    trialWeeks: 0,
    screeningQuestions: [],
    publishedAt: new Date(now.getTime() - 40 * DAY_MS),
    expiresAt: new Date(now.getTime() + 20 * DAY_MS),
    skills: [['data-entry', 'must_have']] as Array<[string, JobPostSkillEntity['importance']]>,
    languages: [['en', 'B2']] as Array<[string, JobPostLanguageEntity['minLevel']]>,
  });
  return {
    bottega: await insertJob(
      db,
      skills,
      organizations.bottega,
      finished(
        'Product descriptions for our ceramics shop',
        'Write and upload descriptions for 60 new pieces.',
        'Europe/Rome',
      ),
    ),
    kotitavara: await insertJob(
      db,
      skills,
      organizations.kotitavara,
      finished(
        'Order admin for the Christmas rush',
        'Enter wholesale orders and keep the stock sheet current.',
        'Europe/Helsinki',
      ),
    ),
    bogazici: await insertJob(db, skills, organizations.bogazici, {
      ...finished(
        'Monthly bookkeeping for our textile shop',
        'Keep the books and chase unpaid invoices every month.',
        'Europe/Istanbul',
      ),
      budgetKind: 'retainer',
    }),
    kettle: await insertJob(
      db,
      skills,
      organizations.kettle,
      finished(
        'Wholesale price list for our bakery supplies',
        'Rebuild our wholesale price list from the supplier sheets, 300 items.',
        'Europe/London',
      ),
    ),
  };
}

/**
 * New posts from businesses with a record: VAs see Bottega Verde's reviews and payment times on
 * one, Kotitavara's record without its name on a confidential one, and Kettle & Crumb's on a third.
 */
export async function seedHiringAgainPosts(
  db: EntityManager,
  organizations: { bottega: Owner; kotitavara: Owner; kettle: Owner },
  now = new Date(),
): Promise<string[]> {
  const skills = await skillIds(db);
  const post = (title: string, summary: string, timeZone: string) => ({
    status: 'open' as const,
    title,
    summary,
    weeklyHours: 10,
    budgetKind: 'hourly' as const,
    budgetMinMinor: 1000,
    budgetMaxMinor: 1500,
    currency: 'EUR',
    timeZone,
    workStartMinute: 9 * 60,
    workEndMinute: 17 * 60,
    minOverlapHours: 2,
    trialWeeks: 0,
    screeningQuestions: [],
    publishedAt: new Date(now.getTime() - 2 * 3_600_000),
    expiresAt: new Date(now.getTime() + 30 * DAY_MS),
    languages: [['en', 'B2']] as Array<[string, JobPostLanguageEntity['minLevel']]>,
  });
  return [
    await insertJob(db, skills, organizations.bottega, {
      ...post(
        'Shopify store assistant for our ceramics shop',
        'Our ceramics sell worldwide; we need help keeping the Shopify store, orders and customers in order.',
        'Europe/Rome',
      ),
      tasks: ['Upload new pieces to Shopify', 'Answer customer e-mails in English', 'Prepare shipping labels'],
      skills: [
        ['shopify-operations', 'must_have'],
        ['customer-support', 'nice_to_have'],
      ],
    }),
    await insertJob(db, skills, organizations.kotitavara, {
      ...post(
        'Customer e-mails for a home goods shop',
        'Answer customer e-mails in English for a growing home goods web shop, mornings Helsinki time.',
        'Europe/Helsinki',
      ),
      confidential: true,
      tasks: ['Answer customer e-mails within a day', 'Log returns in the order sheet'],
      skills: [['customer-support', 'must_have']],
    }),
    await insertJob(db, skills, organizations.kettle, {
      ...post(
        'Order e-mails for our bakery supplies shop',
        'Answer wholesale buyers and home bakers by e-mail and keep our order sheet current.',
        'Europe/London',
      ),
      tasks: ['Answer order e-mails within a day', 'Update the order sheet'],
      skills: [['customer-support', 'must_have']],
    }),
  ];
}

/** Northwind's evening chat, worked by the hour from Manila while New York shops. */
export async function seedHourlyJobPost(db: EntityManager, northwind: Owner, now = new Date()): Promise<string> {
  return insertJob(db, await skillIds(db), northwind, {
    status: 'open',
    title: 'Evening customer chat for our candle shop',
    summary: 'Answer our live chat and e-mails on New York evenings, when most of our customers shop.',
    tasks: ['Answer live chat within five minutes', 'Follow up on open e-mails before the end of the shift'],
    weeklyHours: 15,
    budgetKind: 'hourly',
    budgetMinMinor: 1000,
    budgetMaxMinor: 1400,
    currency: 'USD',
    timeZone: 'America/New_York',
    workStartMinute: 17 * 60,
    workEndMinute: 22 * 60,
    minOverlapHours: 3,
    trialWeeks: 0,
    screeningQuestions: [],
    publishedAt: new Date(now.getTime() - 10 * DAY_MS),
    expiresAt: new Date(now.getTime() + 20 * DAY_MS),
    skills: [['customer-support', 'must_have']],
    languages: [['en', 'C1']],
  });
}

async function skillIds(db: EntityManager): Promise<Map<string, string>> {
  return new Map((await db.getRepository(SkillEntity).find()).map((skill) => [skill.slug, skill.id]));
}

async function insertJob(
  manager: EntityManager,
  skills: Map<string, string>,
  owner: { id: string; authorId: string },
  spec: Omit<Partial<JobPostEntity>, 'skills' | 'languages'> & {
    skills: Array<[string, JobPostSkillEntity['importance']]>;
    languages: Array<[string, JobPostLanguageEntity['minLevel']]>;
  },
): Promise<string> {
  const { skills: wanted, languages, ...fields } = spec;
  const jobs = manager.getRepository(JobPostEntity);
  const texts = { title: '', summary: '', tasks: [], screeningQuestions: [], ...fields };
  const job = await jobs.save(
    jobs.create({ ...fields, organizationId: owner.id, authorId: owner.authorId, masked: maskedJobTexts(texts) }),
  );
  await manager
    .getRepository(JobPostSkillEntity)
    .insert(wanted.map(([slug, importance]) => ({ jobId: job.id, skillId: skills.get(slug) as string, importance })));
  await manager
    .getRepository(JobPostLanguageEntity)
    .insert(languages.map(([language, minLevel]) => ({ jobId: job.id, language, minLevel })));
  return job.id;
}
