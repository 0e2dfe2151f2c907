import type { DataSource, EntityManager } from 'typeorm';
import {
  type CefrLevel,
  FreelancerLanguageEntity,
} from '../modules/freelancers/entities/freelancer-language.entity.js';
import {
  FreelancerProfileEntity,
  type VettingStage,
} from '../modules/freelancers/entities/freelancer-profile.entity.js';
import { FreelancerReferenceEntity } from '../modules/freelancers/entities/freelancer-reference.entity.js';
import { FreelancerSkillEntity, type SkillLevel } from '../modules/freelancers/entities/freelancer-skill.entity.js';
import { SkillEntity } from '../modules/freelancers/entities/skill.entity.js';
import { OrganizationMemberEntity } from '../modules/identity/entities/organization-member.entity.js';
import { UserEntity, type UserKind } from '../modules/identity/entities/user.entity.js';
import { passwordHasher } from '../modules/identity/password-hasher.js';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity.js';
import { SkillTestEntity } from '../modules/vetting/entities/skill-test.entity.js';
import { SkillTestQuestionEntity } from '../modules/vetting/entities/skill-test-question.entity.js';
import type { OpsRole, OrganizationRole } from '../platform/access/actor.js';

/**
 * Builders of realistic records, shared by the integration tests, the browser tests and the
 * demo seed, so all three exercise the same shapes.
 */
type Db = DataSource | EntityManager;

const hashes = new Map<string, Promise<string>>();
/** Hashing is deliberately slow; a seed of hundreds of users shares one hash per password. */
const hashOnce = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) {
    hash = passwordHasher.hash(password);
    hashes.set(password, hash);
  }
  return hash;
};

let sequence = 0;
export const uniqueEmail = (prefix: string) =>
  `${prefix}.${Date.now().toString(36)}${(sequence++).toString(36)}@example.test`;

export interface UserSpec {
  email?: string;
  password?: string;
  displayName?: string;
  locale?: string;
  timeZone?: string;
}

export async function createUser(db: Db, kind: UserKind, spec: UserSpec & { opsRole?: OpsRole } = {}) {
  const users = db.getRepository(UserEntity);
  return users.save(
    users.create({
      email: (spec.email ?? uniqueEmail(kind)).toLowerCase(),
      passwordHash: await hashOnce(spec.password ?? 'correct horse battery'),
      displayName: spec.displayName ?? `Test ${kind}`,
      kind,
      opsRole: kind === 'ops' ? (spec.opsRole ?? 'vetter') : null,
      locale: spec.locale ?? 'en',
      timeZone: spec.timeZone ?? 'UTC',
    }),
  );
}

export async function createOrganization(
  db: Db,
  spec: { name?: string; country?: string; owner?: UserSpec } = {},
): Promise<{ organization: OrganizationEntity; owner: UserEntity }> {
  const organizations = db.getRepository(OrganizationEntity);
  const organization = await organizations.save(
    organizations.create({ name: spec.name ?? 'Test Shop Ltd', country: spec.country ?? null }),
  );
  const owner = await addMember(db, organization.id, 'owner', spec.owner);
  return { organization, owner };
}

export async function addMember(db: Db, organizationId: string, role: OrganizationRole, spec: UserSpec = {}) {
  const user = await createUser(db, 'client', spec);
  await db.getRepository(OrganizationMemberEntity).insert({ organizationId, userId: user.id, role });
  return user;
}

export interface FreelancerSpec extends UserSpec {
  headline?: string;
  bio?: string;
  hourlyRateMinor?: number;
  currency?: string;
  weeklyCapacityHours?: number;
  country?: string;
  workStartMinute?: number;
  workEndMinute?: number;
  vettingStage?: VettingStage;
  vettingScore?: number | null;
  skills?: Array<{ slug: string; level: SkillLevel; years: number }>;
  languages?: Array<{ language: string; level: CefrLevel }>;
}

export async function createFreelancer(db: Db, spec: FreelancerSpec = {}) {
  const user = await createUser(db, 'freelancer', spec);
  const profiles = db.getRepository(FreelancerProfileEntity);
  const profile = await profiles.save(
    profiles.create({
      userId: user.id,
      headline: spec.headline ?? 'Virtual assistant',
      bio: spec.bio ?? '',
      hourlyRateMinor: spec.hourlyRateMinor ?? 1500,
      currency: spec.currency ?? 'USD',
      weeklyCapacityHours: spec.weeklyCapacityHours ?? 20,
      country: spec.country ?? null,
      workStartMinute: spec.workStartMinute ?? 9 * 60,
      workEndMinute: spec.workEndMinute ?? 17 * 60,
      vettingStage: spec.vettingStage ?? 'draft',
      vettingScore: spec.vettingScore ?? null,
    }),
  );
  if (spec.skills?.length) {
    const skills = await db.getRepository(SkillEntity).find();
    const bySlug = new Map(skills.map((skill) => [skill.slug, skill.id]));
    await db.getRepository(FreelancerSkillEntity).insert(
      spec.skills.map((skill) => {
        const skillId = bySlug.get(skill.slug);
        if (!skillId) throw new Error(`Unknown skill ${skill.slug}; create the skill list first.`);
        return { userId: user.id, skillId, level: skill.level, years: skill.years };
      }),
    );
  }
  if (spec.languages?.length) {
    await db
      .getRepository(FreelancerLanguageEntity)
      .insert(spec.languages.map((language) => ({ userId: user.id, ...language })));
  }
  return { user, profile };
}

/** The curated skill list: the common work businesses hand to virtual assistants. */
export const SKILL_CATALOG = [
  { slug: 'customer-support', name: 'Customer support (e-mail, chat)', category: 'Customer service' },
  { slug: 'inbox-management', name: 'E-mail inbox management', category: 'Administration' },
  { slug: 'calendar-management', name: 'Calendar and meeting scheduling', category: 'Administration' },
  { slug: 'data-entry', name: 'Data entry and cleanup', category: 'Administration' },
  { slug: 'social-media', name: 'Social media management', category: 'Marketing' },
  { slug: 'bookkeeping', name: 'Bookkeeping basics (invoices, reconciliation)', category: 'Finance' },
  { slug: 'shopify-operations', name: 'Shopify store operations', category: 'E-commerce' },
  { slug: 'amazon-seller-central', name: 'Amazon Seller Central', category: 'E-commerce' },
  { slug: 'order-fulfilment', name: 'Order processing and fulfilment', category: 'E-commerce' },
  { slug: 'product-listings', name: 'Product listings and descriptions', category: 'E-commerce' },
  { slug: 'web-research', name: 'Web research and lead lists', category: 'Research' },
  { slug: 'copywriting', name: 'Copywriting and proofreading', category: 'Content' },
  { slug: 'canva-design', name: 'Graphic design in Canva', category: 'Content' },
  { slug: 'crm-updates', name: 'CRM upkeep (HubSpot, Pipedrive)', category: 'Sales' },
  { slug: 'travel-planning', name: 'Travel planning and booking', category: 'Administration' },
] as const;

export async function ensureSkillCatalog(db: Db): Promise<void> {
  await db.getRepository(SkillEntity).upsert([...SKILL_CATALOG], ['slug']);
}

export interface SkillTestSpec {
  skillSlug: string;
  title: string;
  instructions?: string;
  timeLimitMinutes?: number;
  passPercent?: number;
  questions: Array<
    | { kind: 'multiple_choice'; prompt: string; options: string[]; correctOption: number; points?: number }
    | { kind: 'practical'; prompt: string; rubric: Array<{ criterion: string; maxPoints: number }> }
  >;
}

/** A test in the bank, with its questions in order. */
export async function createSkillTest(db: Db, spec: SkillTestSpec) {
  const skill = await db.getRepository(SkillEntity).findOneBy({ slug: spec.skillSlug });
  if (!skill) throw new Error(`Unknown skill ${spec.skillSlug}; create the skill list first.`);
  const tests = db.getRepository(SkillTestEntity);
  const test = await tests.save(
    tests.create({
      skillId: skill.id,
      title: spec.title,
      instructions: spec.instructions ?? '',
      timeLimitMinutes: spec.timeLimitMinutes ?? 30,
      passPercent: spec.passPercent ?? 70,
      active: true,
      replacesId: null,
    }),
  );
  await db.getRepository(SkillTestQuestionEntity).insert(
    spec.questions.map((question, position) => ({
      testId: test.id,
      position,
      kind: question.kind,
      prompt: question.prompt,
      options: question.kind === 'multiple_choice' ? question.options : [],
      correctOption: question.kind === 'multiple_choice' ? question.correctOption : null,
      points: question.kind === 'multiple_choice' ? (question.points ?? 1) : 1,
      rubric: question.kind === 'practical' ? question.rubric : [],
    })),
  );
  return test;
}

export async function addReferences(db: Db, userId: string, references: Array<{ name: string; company: string }>) {
  await db.getRepository(FreelancerReferenceEntity).insert(
    references.map((reference, position) => ({
      userId,
      position,
      name: reference.name,
      relationship: 'Former manager',
      company: reference.company,
      email: `${reference.name.toLowerCase().replace(/[^a-z]+/g, '.')}@${reference.company.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      phone: null,
    })),
  );
}
