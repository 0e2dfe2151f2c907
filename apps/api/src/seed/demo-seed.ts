import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApprovalPolicyEntity } from '../modules/approvals/entities/approval-policy.entity.js';
import { ContractsService } from '../modules/contracts/contracts.service.js';
import type { MakeOfferInput } from '../modules/contracts/dto/make-offer.input.js';
import { DisputesService } from '../modules/disputes/disputes.service.js';
import { EscrowService } from '../modules/escrow/escrow.service.js';
import type { CefrLevel } from '../modules/freelancers/entities/freelancer-language.entity.js';
import type { VettingStage } from '../modules/freelancers/entities/freelancer-profile.entity.js';
import { SKILL_LEVELS } from '../modules/freelancers/entities/freelancer-skill.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { JobsService } from '../modules/jobs/jobs.service.js';
import { MatchingService } from '../modules/matching/matching.service.js';
import { ProposalsService } from '../modules/proposals/proposals.service.js';
import { FileStorage } from '../platform/storage/file-storage.js';
import {
  addMember,
  createFreelancer,
  createOrganization,
  createUser,
  ensureSkillCatalog,
  SKILL_CATALOG,
} from './factories.js';
import { seedDisputedJobPost, seedJobPosts } from './jobs-seed.js';
import { type Storage, seedVettingPipeline } from './vetting-seed.js';

export interface DemoSummary {
  password: string;
  logins: Array<{ app: string; email: string }>;
}

export const DEMO_PASSWORD = 'delegate-demo-2026';
const SEED_LOCK = 7_246_002;

const LOGINS: DemoSummary['logins'] = [
  { app: 'Client app', email: 'olga@northwind-candles.test' },
  { app: 'Client app', email: 'sam@northwind-candles.test' },
  { app: 'Freelancer app', email: 'maria.santos@va.delegate.test' },
  { app: 'Freelancer app', email: 'grace.wanjiru@va.delegate.test' },
  { app: 'Ops console', email: 'aylin@ops.delegate.test' },
  { app: 'Ops console', email: 'marco@ops.delegate.test' },
];

/**
 * Creates a believable demo marketplace the first time it runs against an empty database;
 * afterwards it only reports the logins. Safe with several instances starting at once.
 */
export async function seedDemoOnce(app: INestApplicationContext): Promise<DemoSummary> {
  const dataSource = app.get(DataSource);
  const storage = app.get(FileStorage, { strict: false });
  const matching = app.get(MatchingService, { strict: false });
  const { openJobs, disputedJob } = await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if ((await manager.getRepository(UserEntity).count()) > 0) return { openJobs: [], disputedJob: null };
    const jobs = await seedDemo(manager, storage);
    await matching.refreshAllCards(manager);
    return jobs;
  });
  // Ranked like any published post, so the demo opens with matches and invitations; on the first
  // post the two best invited VAs have answered, so the business has proposals to compare.
  const proposals = app.get(ProposalsService, { strict: false });
  for (const [index, jobId] of openJobs.entries()) {
    const invited = await matching.rankAndInvite(jobId);
    if (index > 0) continue;
    const job = await app.get(JobsService, { strict: false }).listing(jobId);
    for (const freelancerId of invited.slice(0, 2)) {
      await proposals.submit(freelancerId, {
        jobId,
        coverLetter:
          'I have supported small online shops like yours for years. I can start with your backlog this week and keep a daily routine after that.',
        amountMinor: job.job.budgetMaxMinor ?? 1500,
        screeningAnswers: job.job.screeningQuestions.map(() => 'Yes, every day in my current work.'),
        availableFrom: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      });
    }
  }
  if (openJobs[1]) {
    await seedDemoHire(app, openJobs[1], {
      va: 'maria.santos@va.delegate.test',
      coverLetter: 'I refresh Amazon listings for two home-goods shops and design their images in Canva.',
      amountMinor: 27_000,
      offer: {
        kind: 'fixed',
        milestones: [
          { title: 'New copy for twenty listings', amountMinor: 15_000, dueDate: null },
          { title: 'Canva images for twenty listings', amountMinor: 12_000, dueDate: null },
        ],
        trialWeeks: 0,
        message: 'Looking forward to the holiday season with you!',
      },
    });
  }
  if (openJobs[2]) {
    await seedDemoHire(app, openJobs[2], {
      va: 'grace.wanjiru@va.delegate.test',
      coverLetter: 'I keep the books of a ceramics shop on Shopify and chase its wholesale invoices every month.',
      amountMinor: 45_000,
      offer: {
        kind: 'retainer',
        monthlyAmountMinor: 45_000,
        monthlyHours: 20,
        milestones: [],
        trialWeeks: 2,
        message: 'Two weeks of trial first, then month by month.',
      },
    });
  }
  if (disputedJob) await seedDemoDispute(app, disputedJob);
  return { password: DEMO_PASSWORD, logins: LOGINS };
}

/**
 * Kettle & Crumb hired Joy for an inbox clean-up, paid the first milestone into escrow, and disputes
 * the work she handed in; the business asked Delegate to mediate, so ops have a dispute to decide.
 */
async function seedDemoDispute(app: INestApplicationContext, jobId: string): Promise<void> {
  const users = app.get(DataSource).getRepository(UserEntity);
  const tom = await users.findOneByOrFail({ email: 'tom@kettleandcrumb.test' });
  const joy = await users.findOneByOrFail({ email: 'joy.villanueva@va.delegate.test' });
  const job = await app.get(JobsService, { strict: false }).listing(jobId);
  const client = { organizationId: job.job.organizationId, userId: tom.id, role: 'owner' as const };
  const startDate = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const proposalId = await app.get(ProposalsService, { strict: false }).submit(joy.id, {
    jobId,
    coverLetter: 'I keep three wholesale inboxes tidy every week and answer buyers the same day.',
    amountMinor: 40_000,
    screeningAnswers: [],
    availableFrom: startDate,
  });
  const contracts = app.get(ContractsService, { strict: false });
  const offerId = await contracts.makeOffer(client, {
    kind: 'fixed',
    proposalId,
    startDate,
    milestones: [
      { title: 'Sort the inbox into folders', amountMinor: 25_000, dueDate: null },
      { title: 'Answer the open questions', amountMinor: 15_000, dueDate: null },
    ],
    trialWeeks: 0,
    message: 'Two years of e-mail, one tidy inbox.',
  });
  const contractId = await contracts.acceptOffer(joy.id, offerId);
  const [first] = await contracts.milestones([contractId]);
  if (!first) return;
  const escrow = app.get(EscrowService, { strict: false });
  const { payment } = await escrow.pay(client, first.id);
  await escrow.paySandbox(client, payment.id, '4242424242424242');
  await escrow.submit(joy.id, first.id, { message: 'All mail sorted into 14 folders; the rules are in the notes.' });
  const disputes = app.get(DisputesService, { strict: false });
  const business = {
    side: 'client' as const,
    userId: tom.id,
    party: { organizationId: client.organizationId },
    role: client.role,
  };
  const disputeId = await disputes.open(
    business,
    first.id,
    'Half of the folders mix retail and wholesale orders, which is what we wanted kept apart.',
  );
  await disputes.escalate(business, disputeId);
}

/**
 * A VA hired by Northwind, made as users make it (proposal, offer, acceptance): Maria for the holiday
 * catalogue at a fixed price with two milestones to pay into escrow, Grace for a monthly bookkeeping
 * retainer that starts with a paid two-week trial.
 */
async function seedDemoHire(
  app: INestApplicationContext,
  jobId: string,
  hire: {
    va: string;
    coverLetter: string;
    amountMinor: number;
    offer: Omit<MakeOfferInput, 'proposalId' | 'startDate'>;
  },
): Promise<void> {
  const users = app.get(DataSource).getRepository(UserEntity);
  const olga = await users.findOneByOrFail({ email: 'olga@northwind-candles.test' });
  const va = await users.findOneByOrFail({ email: hire.va });
  const job = await app.get(JobsService, { strict: false }).listing(jobId);
  const startDate = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const proposalId = await app.get(ProposalsService, { strict: false }).submit(va.id, {
    jobId,
    coverLetter: hire.coverLetter,
    amountMinor: hire.amountMinor,
    screeningAnswers: [],
    availableFrom: startDate,
  });
  const contracts = app.get(ContractsService, { strict: false });
  const offerId = await contracts.makeOffer(
    { organizationId: job.job.organizationId, userId: olga.id, role: 'owner' },
    { ...hire.offer, proposalId, startDate },
  );
  await contracts.acceptOffer(va.id, offerId);
}

async function seedDemo(
  db: EntityManager,
  storage: Storage,
): Promise<{ openJobs: string[]; disputedJob: string | null }> {
  await ensureSkillCatalog(db);
  const password = DEMO_PASSWORD;

  const admin = await createUser(db, 'ops', {
    email: 'aylin@ops.delegate.test',
    displayName: 'Aylin Demir',
    opsRole: 'admin',
    password,
    locale: 'en',
    timeZone: 'Europe/Istanbul',
  });
  const vetter = await createUser(db, 'ops', {
    email: 'marco@ops.delegate.test',
    displayName: 'Marco Bellini',
    opsRole: 'vetter',
    password,
    locale: 'it',
    timeZone: 'Europe/Rome',
  });
  await createUser(db, 'ops', {
    email: 'sanna@ops.delegate.test',
    displayName: 'Sanna Virtanen',
    opsRole: 'vetter',
    password,
    locale: 'fi',
    timeZone: 'Europe/Helsinki',
  });

  const organizations = [
    {
      name: 'Northwind Candles',
      owner: ['olga@northwind-candles.test', 'Olga Lindqvist', 'en', 'America/New_York'],
      team: [
        ['hiring_manager', 'sam@northwind-candles.test', 'Sam Ortega'],
        ['finance', 'priya@northwind-candles.test', 'Priya Nair'],
      ],
    },
    {
      name: 'Kettle & Crumb Bakery Supplies',
      owner: ['tom@kettleandcrumb.test', 'Tom Hargreaves', 'en', 'Europe/London'],
      team: [['admin', 'lucy@kettleandcrumb.test', 'Lucy Fenwick']],
    },
    {
      name: 'Helsingin Kotitavara Oy',
      owner: ['eero@kotitavara.test', 'Eero Mäkinen', 'fi', 'Europe/Helsinki'],
      team: [],
    },
    {
      name: 'Boğaziçi Tekstil',
      owner: ['deniz@bogazici-tekstil.test', 'Deniz Yılmaz', 'tr', 'Europe/Istanbul'],
      team: [['finance', 'emre@bogazici-tekstil.test', 'Emre Kaya']],
    },
    {
      name: 'Bottega Verde Ceramiche',
      owner: ['giulia@bottegaverde.test', 'Giulia Conti', 'it', 'Europe/Rome'],
      team: [],
    },
  ] as const;
  let northwind: { id: string; authorId: string } | null = null;
  let kettleAndCrumb: { id: string; authorId: string } | null = null;
  for (const spec of organizations) {
    const [email, displayName, locale, timeZone] = spec.owner;
    const { organization, owner } = await createOrganization(db, {
      name: spec.name,
      owner: { email, displayName, locale, timeZone, password },
    });
    northwind ??= { id: organization.id, authorId: owner.id };
    if (spec.name === 'Kettle & Crumb Bakery Supplies') kettleAndCrumb = { id: organization.id, authorId: owner.id };
    for (const [role, memberEmail, memberName] of spec.team) {
      await addMember(db, organization.id, role, {
        email: memberEmail,
        displayName: memberName,
        password,
        locale,
        timeZone,
      });
    }
  }

  const random = mulberry32(20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const stages: VettingStage[] = [
    'approved',
    'approved',
    'approved',
    'screening',
    'skills_test',
    'interview',
    'references',
    'identity',
    'decision',
    'rejected',
    'rejected',
    'draft',
  ];
  for (const [index, va] of DEMO_VAS.entries()) {
    const stage: VettingStage = index === 0 ? 'approved' : (stages[index % stages.length] as VettingStage);
    const skillCount = 2 + Math.floor(random() * 4);
    const skills = [...SKILL_CATALOG].sort(() => random() - 0.5).slice(0, skillCount);
    const languages: Array<{ language: string; level: CefrLevel }> = [
      { language: 'en', level: va.native === 'en' ? 'native' : pick(['B2', 'C1', 'C2'] as const) },
    ];
    if (va.native !== 'en') languages.push({ language: va.native, level: 'native' });
    if (random() < 0.3) {
      // A third language, never one the VA already speaks.
      const extra = pick(['es', 'de', 'fr', 'it', 'tr'].filter((code) => code !== va.native));
      languages.push({ language: extra, level: pick(['A2', 'B1', 'B2'] as const) });
    }
    await createFreelancer(db, {
      email:
        index === 0
          ? 'maria.santos@va.delegate.test'
          : `${va.name
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z ]/g, '')
              .replace(/ /g, '.')}@va.delegate.test`,
      displayName: va.name,
      password,
      locale: ['tr', 'it', 'fi'].includes(va.native) ? va.native : 'en',
      timeZone: va.timeZone,
      country: va.country,
      headline: va.headline,
      bio: `${va.headline}. ${3 + (index % 8)} years supporting small online businesses.`,
      currency: va.currency,
      hourlyRateMinor: va.rate,
      weeklyCapacityHours: pick([10, 20, 20, 30, 40]),
      ...workingDay(va, pick([7, 8, 9, 10]) * 60, pick([16, 17, 18]) * 60),
      vettingStage: stage,
      skills: skills.map((skill) => ({
        slug: skill.slug,
        level: pick(SKILL_LEVELS),
        years: 1 + Math.floor(random() * 9),
      })),
      languages,
    });
  }
  await seedVettingPipeline(db, storage, { vetterId: vetter.id, adminId: admin.id }, random);
  if (!northwind) return { openJobs: [], disputedJob: null };
  // Northwind's hiring manager needs Olga's approval for big offers, bonuses and settlements.
  await db.getRepository(ApprovalPolicyEntity).insert({
    organizationId: northwind.id,
    thresholdMinor: 100_000,
    currency: 'USD',
    kinds: ['offer', 'bonus', 'settlement'],
    updatedBy: northwind.authorId,
  });
  return {
    openJobs: await seedJobPosts(db, northwind),
    disputedJob: kettleAndCrumb ? await seedDisputedJobPost(db, kettleAndCrumb) : null,
  };
}

/** A VA's local working day: the picked one, or the night shift some work for clients an ocean away. */
function workingDay(va: (typeof DEMO_VAS)[number], startMinute: number, endMinute: number) {
  return 'nightShift' in va ? va.nightShift : { workStartMinute: startMinute, workEndMinute: endMinute };
}

/** A small deterministic PRNG, so every fresh demo looks the same. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEMO_VAS = [
  {
    name: 'Maria Santos',
    country: 'PH',
    timeZone: 'Asia/Manila',
    native: 'tl',
    currency: 'USD',
    rate: 1200,
    headline: 'E-commerce VA for Shopify stores',
  },
  {
    name: 'Joy Villanueva',
    country: 'PH',
    timeZone: 'Asia/Manila',
    native: 'tl',
    currency: 'USD',
    rate: 900,
    headline: 'Customer support and inbox zero, on New York hours',
    // 21:00–05:00 in Manila is New York's working day: the usual arrangement for US clients.
    nightShift: { workStartMinute: 21 * 60, workEndMinute: 5 * 60 },
  },
  {
    name: 'Grace Wanjiru',
    country: 'KE',
    timeZone: 'Africa/Nairobi',
    native: 'sw',
    currency: 'USD',
    rate: 1100,
    headline: 'Bookkeeping and invoicing assistant',
  },
  {
    name: 'Ayşe Kaya',
    country: 'TR',
    timeZone: 'Europe/Istanbul',
    native: 'tr',
    currency: 'EUR',
    rate: 1400,
    headline: 'Bilingual customer support (TR/EN)',
  },
  {
    name: 'Chiara Romano',
    country: 'IT',
    timeZone: 'Europe/Rome',
    native: 'it',
    currency: 'EUR',
    rate: 2200,
    headline: 'Executive assistant, calendars and travel',
  },
  {
    name: 'Aino Korhonen',
    country: 'FI',
    timeZone: 'Europe/Helsinki',
    native: 'fi',
    currency: 'EUR',
    rate: 2600,
    headline: 'Research and data cleanup',
  },
  {
    name: 'Valentina Gómez',
    country: 'CO',
    timeZone: 'America/Bogota',
    native: 'es',
    currency: 'USD',
    rate: 1300,
    headline: 'Social media and Canva content',
  },
  {
    name: 'Arjun Mehta',
    country: 'IN',
    timeZone: 'Asia/Kolkata',
    native: 'hi',
    currency: 'USD',
    rate: 1000,
    headline: 'Amazon Seller Central operations',
  },
  {
    name: 'Fatima Malik',
    country: 'PK',
    timeZone: 'Asia/Karachi',
    native: 'ur',
    currency: 'USD',
    rate: 800,
    headline: 'Data entry and product listings',
  },
  {
    name: 'Chinedu Okafor',
    country: 'NG',
    timeZone: 'Africa/Lagos',
    native: 'en',
    currency: 'USD',
    rate: 900,
    headline: 'Lead research and CRM upkeep',
  },
  {
    name: 'Beatriz Almeida',
    country: 'BR',
    timeZone: 'America/Sao_Paulo',
    native: 'pt',
    currency: 'USD',
    rate: 1500,
    headline: 'Order fulfilment coordinator',
  },
  {
    name: 'Emily Clarke',
    country: 'GB',
    timeZone: 'Europe/London',
    native: 'en',
    currency: 'GBP',
    rate: 2000,
    headline: 'Copywriting and proofreading',
  },
  {
    name: 'Mehmet Öztürk',
    country: 'TR',
    timeZone: 'Europe/Istanbul',
    native: 'tr',
    currency: 'TRY',
    rate: 45000,
    headline: 'Trendyol and Shopify store operations',
  },
  {
    name: 'Luca Ferrari',
    country: 'IT',
    timeZone: 'Europe/Rome',
    native: 'it',
    currency: 'EUR',
    rate: 1900,
    headline: 'Customer care for e-commerce',
  },
  {
    name: 'Juho Nieminen',
    country: 'FI',
    timeZone: 'Europe/Helsinki',
    native: 'fi',
    currency: 'EUR',
    rate: 2400,
    headline: 'Bookkeeping basics and reconciliations',
  },
  {
    name: 'Angelica Reyes',
    country: 'PH',
    timeZone: 'Asia/Manila',
    native: 'tl',
    currency: 'USD',
    rate: 1000,
    headline: 'Calendar and inbox management',
  },
  {
    name: 'Daniel Mwangi',
    country: 'KE',
    timeZone: 'Africa/Nairobi',
    native: 'sw',
    currency: 'USD',
    rate: 950,
    headline: 'Web research and spreadsheets',
  },
  {
    name: 'Sofía Herrera',
    country: 'MX',
    timeZone: 'America/Mexico_City',
    native: 'es',
    currency: 'USD',
    rate: 1400,
    headline: 'Bilingual support (ES/EN)',
  },
  {
    name: 'Priyanka Rao',
    country: 'IN',
    timeZone: 'Asia/Kolkata',
    native: 'hi',
    currency: 'USD',
    rate: 1100,
    headline: 'Shopify product listings',
  },
  {
    name: 'Olumide Adeyemi',
    country: 'NG',
    timeZone: 'Africa/Lagos',
    native: 'en',
    currency: 'USD',
    rate: 850,
    headline: 'Social media scheduling',
  },
  {
    name: 'Camila Rocha',
    country: 'BR',
    timeZone: 'America/Sao_Paulo',
    native: 'pt',
    currency: 'USD',
    rate: 1250,
    headline: 'Customer success and reviews',
  },
  {
    name: 'Hannah Becker',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    native: 'de',
    currency: 'EUR',
    rate: 2500,
    headline: 'Executive support for founders',
  },
  {
    name: 'Zeynep Arslan',
    country: 'TR',
    timeZone: 'Europe/Istanbul',
    native: 'tr',
    currency: 'EUR',
    rate: 1300,
    headline: 'Marketplace listings and order handling',
  },
  {
    name: 'Francesca Greco',
    country: 'IT',
    timeZone: 'Europe/Rome',
    native: 'it',
    currency: 'EUR',
    rate: 1700,
    headline: 'Social media for artisan brands',
  },
  {
    name: 'Mikko Laine',
    country: 'FI',
    timeZone: 'Europe/Helsinki',
    native: 'fi',
    currency: 'EUR',
    rate: 2300,
    headline: 'CRM and sales admin',
  },
  {
    name: 'Kim Nguyen',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    native: 'vi',
    currency: 'USD',
    rate: 900,
    headline: 'Data entry with an eye for detail',
  },
  {
    name: 'Rachel Cohen',
    country: 'US',
    timeZone: 'America/Chicago',
    native: 'en',
    currency: 'USD',
    rate: 3000,
    headline: 'Operations assistant for DTC brands',
  },
  {
    name: 'Mark Dela Cruz',
    country: 'PH',
    timeZone: 'Asia/Manila',
    native: 'tl',
    currency: 'USD',
    rate: 1100,
    headline: 'Amazon and Shopify support',
  },
  {
    name: 'Esther Achieng',
    country: 'KE',
    timeZone: 'Africa/Nairobi',
    native: 'sw',
    currency: 'USD',
    rate: 1000,
    headline: 'Customer chat support',
  },
  {
    name: 'Lucía Martín',
    country: 'ES',
    timeZone: 'Europe/Madrid',
    native: 'es',
    currency: 'EUR',
    rate: 1800,
    headline: 'Travel planning and bookings',
  },
  {
    name: 'Ravi Kumar',
    country: 'IN',
    timeZone: 'Asia/Kolkata',
    native: 'hi',
    currency: 'USD',
    rate: 1200,
    headline: 'Bookkeeping in Xero and QuickBooks',
  },
  {
    name: 'Amaka Eze',
    country: 'NG',
    timeZone: 'Africa/Lagos',
    native: 'en',
    currency: 'USD',
    rate: 950,
    headline: 'Inbox and calendar management',
  },
  {
    name: 'Tiago Costa',
    country: 'PT',
    timeZone: 'Europe/Lisbon',
    native: 'pt',
    currency: 'EUR',
    rate: 1600,
    headline: 'E-commerce operations',
  },
  {
    name: 'Selin Demir',
    country: 'TR',
    timeZone: 'Europe/Istanbul',
    native: 'tr',
    currency: 'TRY',
    rate: 40000,
    headline: 'Customer support for online shops',
  },
  {
    name: 'Noor Hassan',
    country: 'EG',
    timeZone: 'Africa/Cairo',
    native: 'ar',
    currency: 'USD',
    rate: 1000,
    headline: 'Research and reporting',
  },
  {
    name: 'Laura Jansen',
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
    native: 'nl',
    currency: 'EUR',
    rate: 2400,
    headline: 'Admin support for small teams',
  },
] as const;
