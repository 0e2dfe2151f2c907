import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { CefrLevel, Skill } from '../../freelancers/dto/freelancer-profile.output.js';
import type { Skill as CatalogSkill } from '../../freelancers/freelancers.service.js';
import type { JobPostEntity } from '../entities/job-post.entity.js';
import { BUDGET_KINDS, JOB_STATUSES } from '../entities/job-post.entity.js';
import type { JobPostLanguageEntity } from '../entities/job-post-language.entity.js';
import { type JobPostSkillEntity, SKILL_IMPORTANCE } from '../entities/job-post-skill.entity.js';

export const JobStatus = enumOf(JOB_STATUSES);
export const BudgetKind = enumOf(BUDGET_KINDS);
export const SkillImportance = enumOf(SKILL_IMPORTANCE);
registerEnumType(JobStatus, { name: 'JobStatus' });
registerEnumType(BudgetKind, { name: 'BudgetKind' });
registerEnumType(SkillImportance, { name: 'SkillImportance' });

@ObjectType('JobSkill')
export class JobSkill {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => SkillImportance)
  importance: string;
}

@ObjectType('JobLanguage')
export class JobLanguage {
  @Field()
  language: string;

  @Field(() => CefrLevel)
  minLevel: string;
}

@ObjectType('JobQualityWarning', { description: 'Advice before publishing; the client may publish anyway.' })
export class JobQualityWarning {
  @Field({ description: '`missingTasks` or `contactDetails`.' })
  code: string;

  @Field(() => [String], { description: 'The inputs concerned.' })
  fields: string[];
}

@ObjectType('JobListing', {
  description: 'A published job post as VAs see it: contact details in its texts are hidden until a contract.',
})
export class JobListing {
  @Field(() => ID)
  id: string;

  @Field(() => JobStatus)
  status: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [String])
  tasks: string[];

  @Field(() => [JobSkill])
  skills: JobSkill[];

  @Field(() => [JobLanguage])
  languages: JobLanguage[];

  @Field(() => Int, { nullable: true })
  weeklyHours: number | null;

  @Field(() => BudgetKind, { nullable: true })
  budgetKind: string | null;

  @Field(() => Int, { nullable: true })
  budgetMinMinor: number | null;

  @Field(() => Int, { nullable: true })
  budgetMaxMinor: number | null;

  @Field()
  currency: string;

  @Field(() => String, { nullable: true })
  startDate: string | null;

  @Field(() => Int, { nullable: true })
  durationWeeks: number | null;

  @Field()
  timeZone: string;

  @Field(() => Int)
  workStartMinute: number;

  @Field(() => Int)
  workEndMinute: number;

  @Field(() => Int)
  minOverlapHours: number;

  @Field(() => Int)
  trialWeeks: number;

  @Field()
  ndaRequired: boolean;

  @Field(() => [String])
  screeningQuestions: string[];

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  /** Who posted it, for the business's record on Delegate (`client`); never a field of its own. */
  organizationId: string;

  /** Whether the post names the organisation. */
  confidential: boolean;
}

@ObjectType('JobPost', { description: 'A job post as its organisation sees it.' })
export class JobPost extends JobListing {
  @Field({ description: "Posted without the organisation's name." })
  override confidential: boolean;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => [JobQualityWarning])
  qualityWarnings: JobQualityWarning[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('JobPostPage')
export class JobPostPage {
  @Field(() => [JobPost])
  items: JobPost[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('JobListingPage')
export class JobListingPage {
  @Field(() => [JobListing])
  items: JobListing[];

  @Field(() => Int)
  totalCount: number;
}

/** A post with its requirements, as the repository loads it. */
export interface LoadedJob<Post = JobPostEntity> {
  job: Post;
  skills: Array<JobPostSkillEntity & { skill?: CatalogSkill }>;
  languages: JobPostLanguageEntity[];
}

/** The columns of a post its listing shows: VAs' reads of posts (feed, search, a post) read these alone. */
export const LISTING_COLUMNS = [
  'id',
  'organizationId',
  'status',
  'masked',
  'weeklyHours',
  'budgetKind',
  'budgetMinMinor',
  'budgetMaxMinor',
  'currency',
  'startDate',
  'durationWeeks',
  'timeZone',
  'workStartMinute',
  'workEndMinute',
  'minOverlapHours',
  'trialWeeks',
  'ndaRequired',
  'confidential',
  'publishedAt',
  'expiresAt',
] as const satisfies ReadonlyArray<keyof JobPostEntity>;

/** A post as its listing reads it. */
export type ListedJob = LoadedJob<Pick<JobPostEntity, (typeof LISTING_COLUMNS)[number]>>;

export function toJobPost(loaded: LoadedJob): Omit<JobPost, 'qualityWarnings'> {
  return { ...loaded.job, ...requirements(loaded) };
}

/** A post's skills (those still in the catalogue) and languages, as both views show them. */
function requirements({ skills, languages }: LoadedJob<unknown>) {
  return {
    skills: skills.flatMap((entry) => (entry.skill ? [{ skill: entry.skill, importance: entry.importance }] : [])),
    languages: languages.map(({ language, minLevel }) => ({ language, minLevel })),
  };
}

/** What a VA may read of a post: its own fields only, every free text with contact details hidden. */
export function toJobListing(loaded: ListedJob): JobListing {
  const { job } = loaded;
  const { skills, languages } = requirements(loaded);
  return {
    id: job.id,
    status: job.status,
    ...job.masked,
    skills,
    languages,
    weeklyHours: job.weeklyHours,
    budgetKind: job.budgetKind,
    budgetMinMinor: job.budgetMinMinor,
    budgetMaxMinor: job.budgetMaxMinor,
    currency: job.currency,
    startDate: job.startDate,
    durationWeeks: job.durationWeeks,
    timeZone: job.timeZone,
    workStartMinute: job.workStartMinute,
    workEndMinute: job.workEndMinute,
    minOverlapHours: job.minOverlapHours,
    trialWeeks: job.trialWeeks,
    ndaRequired: job.ndaRequired,
    publishedAt: job.publishedAt,
    expiresAt: job.expiresAt,
    organizationId: job.organizationId,
    confidential: job.confidential,
  };
}
