import { strToU8, zipSync } from 'fflate';
import {
  createFreelancer,
  createSkillTest,
  createUser,
  ensureSkillCatalog,
  uniqueEmail,
} from '../../src/seed/factories.js';
import type { GraphqlAgent, TestApp } from './test-app.js';

export const PASSWORD = 'vetting password 1';

/** A minimal but real PDF. */
export function samplePdf(text = 'Maria Santos, virtual assistant'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A minimal Word document: the zip parts Word itself writes first. */
export function sampleDocx(): Buffer {
  const contentTypes =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(contentTypes),
      'word/document.xml': strToU8('<w:document><w:body><w:p>Résumé</w:p></w:body></w:document>'),
    }),
  );
}

export async function signedIn(testApp: TestApp, email: string, kind: 'FREELANCER' | 'OPS' | 'CLIENT') {
  const agent = testApp.agent();
  await agent.signIn(email, PASSWORD, kind);
  return agent;
}

export async function opsAgent(testApp: TestApp, role: 'vetter' | 'admin' = 'vetter', displayName = 'Vera Vetter') {
  const user = await createUser(testApp.dataSource, 'ops', { password: PASSWORD, opsRole: role, displayName });
  return { user, agent: await signedIn(testApp, user.email, 'OPS') };
}

export interface Applicant {
  userId: string;
  email: string;
  agent: GraphqlAgent;
}

/**
 * A VA with a complete profile (skills, languages, two references) and a résumé, ready to apply.
 * Built through the API like a real VA, except the account, which the factory makes.
 */
export async function readyApplicant(
  testApp: TestApp,
  spec: { locale?: string; timeZone?: string; skills?: string[] } = {},
): Promise<Applicant> {
  const db = testApp.dataSource;
  await ensureSkillCatalog(db);
  const { user } = await createFreelancer(db, {
    email: uniqueEmail('applicant'),
    password: PASSWORD,
    displayName: 'Applicant VA',
    locale: spec.locale ?? 'en',
    timeZone: spec.timeZone ?? 'Asia/Manila',
  });
  const agent = await signedIn(testApp, user.email, 'FREELANCER');
  await saveCompleteProfile(agent, spec.skills);
  const upload = await agent.upload('/files/resumes', 'cv.pdf', samplePdf());
  if (upload.statusCode !== 201) throw new Error(`résumé upload failed: ${upload.body}`);
  return { userId: user.id, email: user.email, agent };
}

/** Saves a profile that passes the application checks (everything but the résumé). */
export async function saveCompleteProfile(
  agent: GraphqlAgent,
  skills?: string[],
  headline = 'Customer support and Shopify operations',
) {
  const skillIds = await agent.skillIds();
  const idOf = (slug: string) => skillIds[slug];
  await agent.ok(
    'mutation($input: SaveFreelancerProfileInput!) { saveFreelancerProfile(input: $input) { headline } }',
    {
      input: {
        headline,
        bio: 'Six years answering customers for online shops, running order desks and keeping product listings tidy.',
        hourlyRateMinor: 1200,
        currency: 'USD',
        weeklyCapacityHours: 30,
        country: 'PH',
        workStartMinute: 8 * 60,
        workEndMinute: 17 * 60,
        skills: (skills ?? ['customer-support', 'shopify-operations']).map((slug, index) => ({
          skillId: idOf(slug),
          level: 'ADVANCED',
          years: 6 - index,
        })),
        languages: [{ language: 'en', level: 'C1' }],
        workHistory: [],
        portfolioLinks: [],
        references: [
          { name: 'Dana Lee', relationship: 'Manager', company: 'Wick & Wax', email: 'dana@wick.example' },
          { name: 'Ben Cruz', relationship: 'Client', company: 'Soap Co', email: 'ben@soap.example' },
        ],
      },
    },
  );
}

/** A customer-support test with two choice questions and one practical task (graded by ops). */
export function customerSupportTest(testApp: TestApp, timeLimitMinutes = 30) {
  return createSkillTest(testApp.dataSource, {
    skillSlug: 'customer-support',
    title: 'Customer support essentials',
    timeLimitMinutes,
    passPercent: 70,
    questions: [
      {
        kind: 'multiple_choice',
        prompt: 'A customer writes that a parcel arrived broken. What comes first?',
        options: ['Ask for a photo', 'Apologise and offer a replacement or refund', 'Forward to the carrier'],
        correctOption: 1,
        points: 2,
      },
      {
        kind: 'multiple_choice',
        prompt: 'What is a good first-reply time for e-mail support?',
        options: ['Within a week', 'Within 24 hours', 'Within a month'],
        correctOption: 1,
        points: 2,
      },
      {
        kind: 'practical',
        prompt: 'Reply to an angry customer whose order is late.',
        rubric: [
          { criterion: 'Empathy and tone', maxPoints: 3 },
          { criterion: 'Clear next step', maxPoints: 3 },
        ],
      },
    ],
  });
}

export const APPLICATION_FIELDS = `id status stage stageEnteredAt claimedBy { id displayName } slaStatus slaDueAt
  rejectionReason reapplyAfter vettingScore returnRequest
  events { kind stage notes message scorecard { criterion weight rating } actor { displayName } }
  testAttempts { id status scorePercent passed test { title } questions { id kind correctOption } answers { questionId choice text pointsAwarded } }
  interviewSlots { id startsAt bookedAt } badges { skill { slug } scorePercent }`;

export const MY_APPLICATION = `{ myVettingApplication { id status stage submittedAt returnRequest rejectionReason reapplyAfter
  vettingScore nextStep { key dueAt } timeline { kind stage message }
  testAttempt { id status deadlineAt startedAt serverNow questions { id kind options maxPoints } answers { questionId choice text } }
  interviewSlots { id startsAt bookedAt } badges { skill { slug } scorePercent } } }`;

/** A full scorecard for a stage, every criterion at `rating`. */
export function scorecard(criteria: string[], rating = 3) {
  return criteria.map((criterion) => ({ criterion, rating, comment: '' }));
}

export const CRITERIA = {
  SCREENING: [
    'writtenCommunication',
    'relevantExperience',
    'profileCompleteness',
    'portfolioQuality',
    'ecommerceExperience',
  ],
  SKILLS_TEST: ['testResult', 'workQuality', 'attentionToDetail'],
  INTERVIEW: ['spokenCommunication', 'reliability', 'problemSolving', 'toolsKnowledge', 'proactiveness'],
  REFERENCES: ['confirmsRoleAndDates', 'wouldRehire', 'secondReferenceConsistent'],
  IDENTITY: ['documentValid', 'nameAndPhotoMatch', 'addressConfirmed'],
} as const;
