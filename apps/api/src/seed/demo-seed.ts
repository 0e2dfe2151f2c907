import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApprovalPolicyEntity } from '../modules/approvals/entities/approval-policy.entity.js';
import type { CefrLevel } from '../modules/freelancers/entities/freelancer-language.entity.js';
import type { VettingStage } from '../modules/freelancers/entities/freelancer-profile.entity.js';
import { SKILL_LEVELS } from '../modules/freelancers/entities/freelancer-skill.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { InvoicingService } from '../modules/invoicing/invoicing.service.js';
import { JobsService } from '../modules/jobs/jobs.service.js';
import { MatchingService } from '../modules/matching/matching.service.js';
import { ProposalsService } from '../modules/proposals/proposals.service.js';
import { FileStorage } from '../platform/storage/file-storage.js';
import { DEMO_VAS, workingDay } from './demo-vas.js';
import {
  addMember,
  createFreelancer,
  createOrganization,
  createUser,
  ensureSkillCatalog,
  SKILL_CATALOG,
} from './factories.js';
import { seedDemoDispute, seedDemoHire, seedDemoReviews } from './hiring-seed.js';
import { seedDemoHourly } from './hourly-seed.js';
import {
  type ReviewedJobs,
  seedDisputedJobPost,
  seedHiringAgainPosts,
  seedHourlyJobPost,
  seedJobPosts,
  seedReviewedJobPosts,
} from './jobs-seed.js';
import { type Storage, seedVettingPipeline } from './vetting-seed.js';

export interface DemoSummary {
  password: string;
  /** Each with where to look first. */
  logins: Array<{ app: string; email: string; see: string }>;
}

export const DEMO_PASSWORD = 'delegate-demo-2026';
const SEED_LOCK = 7_246_002;

const LOGINS: DemoSummary['logins'] = [
  {
    app: 'Client app',
    email: 'olga@northwind-candles.test',
    see: "Home (what needs attention), Joy's hourly contract (review last week, Monday to Friday), Billing (invoices, saved card)",
  },
  { app: 'Client app', email: 'sam@northwind-candles.test', see: 'hiring manager: big offers wait for Olga' },
  { app: 'Freelancer app', email: 'maria.santos@va.delegate.test', see: 'Jobs: the feed and search' },
  { app: 'Freelancer app', email: 'grace.wanjiru@va.delegate.test', see: 'a retainer in its paid trial' },
  {
    app: 'Freelancer app',
    email: 'joy.villanueva@va.delegate.test',
    see: "Home (this week across clients), the hourly contract's Time card, Earnings",
  },
  { app: 'Client app', email: 'tom@kettleandcrumb.test', see: 'a contract paid in full to end and review' },
  {
    app: 'Client app',
    email: 'deniz@bogazici-tekstil.test',
    see: "Mehmet's retainer: overage hours to pay and review, a periodic review",
  },
  { app: 'Ops console', email: 'aylin@ops.delegate.test', see: 'ops admin: disputes, audit log' },
  { app: 'Ops console', email: 'marco@ops.delegate.test', see: 'vetter: the vetting pipeline' },
];

/**
 * Creates a believable demo marketplace the first time it runs against an empty database;
 * afterwards it only reports the logins. Safe with several instances starting at once.
 */
export async function seedDemoOnce(app: INestApplicationContext): Promise<DemoSummary> {
  const dataSource = app.get(DataSource);
  const storage = app.get(FileStorage, { strict: false });
  const matching = app.get(MatchingService, { strict: false });
  const { openJobs, disputedJob, reviewedJobs, hourlyJob } = await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if ((await manager.getRepository(UserEntity).count()) > 0)
      return { openJobs: [], disputedJob: null, reviewedJobs: null, hourlyJob: null };
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
        screeningAnswers: job.job.masked.screeningQuestions.map(() => 'Yes, every day in my current work.'),
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
  if (reviewedJobs) await seedDemoReviews(app, reviewedJobs);
  if (hourlyJob) await seedDemoHourly(app, hourlyJob);
  // Every release above has its invoice and statement, as the background job would issue them.
  await app.get(InvoicingService, { strict: false }).issueMissing();
  return { password: DEMO_PASSWORD, logins: LOGINS };
}

async function seedDemo(
  db: EntityManager,
  storage: Storage,
): Promise<{
  openJobs: string[];
  disputedJob: string | null;
  reviewedJobs: ReviewedJobs | null;
  hourlyJob: string | null;
}> {
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
      country: 'US',
      owner: ['olga@northwind-candles.test', 'Olga Lindqvist', 'en', 'America/New_York'],
      team: [
        ['hiring_manager', 'sam@northwind-candles.test', 'Sam Ortega'],
        ['finance', 'priya@northwind-candles.test', 'Priya Nair'],
      ],
    },
    {
      name: 'Kettle & Crumb Bakery Supplies',
      country: 'GB',
      owner: ['tom@kettleandcrumb.test', 'Tom Hargreaves', 'en', 'Europe/London'],
      team: [['admin', 'lucy@kettleandcrumb.test', 'Lucy Fenwick']],
    },
    {
      name: 'Helsingin Kotitavara Oy',
      country: 'FI',
      owner: ['eero@kotitavara.test', 'Eero Mäkinen', 'fi', 'Europe/Helsinki'],
      team: [],
    },
    {
      name: 'Boğaziçi Tekstil',
      country: 'TR',
      owner: ['deniz@bogazici-tekstil.test', 'Deniz Yılmaz', 'tr', 'Europe/Istanbul'],
      team: [['finance', 'emre@bogazici-tekstil.test', 'Emre Kaya']],
    },
    {
      name: 'Bottega Verde Ceramiche',
      country: 'IT',
      owner: ['giulia@bottegaverde.test', 'Giulia Conti', 'it', 'Europe/Rome'],
      team: [],
    },
  ] as const;
  let northwind: { id: string; authorId: string } | null = null;
  let kettleAndCrumb: { id: string; authorId: string } | null = null;
  const byName = new Map<string, { id: string; authorId: string }>();
  for (const spec of organizations) {
    const [email, displayName, locale, timeZone] = spec.owner;
    const { organization, owner } = await createOrganization(db, {
      name: spec.name,
      country: spec.country,
      owner: { email, displayName, locale, timeZone, password },
    });
    northwind ??= { id: organization.id, authorId: owner.id };
    if (spec.name === 'Kettle & Crumb Bakery Supplies') kettleAndCrumb = { id: organization.id, authorId: owner.id };
    byName.set(spec.name, { id: organization.id, authorId: owner.id });
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
  if (!northwind) return { openJobs: [], disputedJob: null, reviewedJobs: null, hourlyJob: null };
  // Northwind's hiring manager needs Olga's approval for big offers, bonuses and settlements.
  await db.getRepository(ApprovalPolicyEntity).insert({
    organizationId: northwind.id,
    thresholdMinor: 100_000,
    currency: 'USD',
    kinds: ['offer', 'bonus', 'settlement'],
    updatedBy: northwind.authorId,
  });
  const bottega = byName.get('Bottega Verde Ceramiche') as { id: string; authorId: string };
  const kotitavara = byName.get('Helsingin Kotitavara Oy') as { id: string; authorId: string };
  const kettle = byName.get('Kettle & Crumb Bakery Supplies') as { id: string; authorId: string };
  return {
    openJobs: [
      ...(await seedJobPosts(db, northwind)),
      ...(await seedHiringAgainPosts(db, { bottega, kotitavara, kettle })),
    ],
    disputedJob: kettleAndCrumb ? await seedDisputedJobPost(db, kettleAndCrumb) : null,
    hourlyJob: await seedHourlyJobPost(db, northwind),
    reviewedJobs: await seedReviewedJobPosts(db, {
      bottega,
      kotitavara,
      kettle,
      bogazici: byName.get('Boğaziçi Tekstil') as { id: string; authorId: string },
    }),
  };
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
