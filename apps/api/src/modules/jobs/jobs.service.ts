import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import type { ListedJob, LoadedJob } from './dto/job-post.output.js';
import type { SaveJobPostInput } from './dto/save-job-post.input.js';
import type { JobPostEntity, JobStatus } from './entities/job-post.entity.js';
import { qualityWarnings } from './job-quality.js';
import {
  JobIncompleteError,
  JobNotFoundError,
  JobStatusError,
  QualityWarningsError,
  UnknownJobSkillError,
} from './jobs.errors.js';
import { JobsRepository, type ListingFilters } from './jobs.repository.js';
import { RANK_JOB_TASK, type RankJobData } from './jobs.tasks.js';

const DAY_MS = 86_400_000;
const EDITABLE: ReadonlySet<JobStatus> = new Set(['draft', 'open', 'paused']);

export interface JobScope {
  organizationId: string;
  userId: string;
}

/** Job posts: drafts, publishing with completeness and quality checks, pausing, closing. */
/** A job post, as other features read it. */
export type JobPost = JobPostEntity;

@Injectable()
export class JobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: JobsRepository,
    private readonly background: BackgroundJobs,
    private readonly freelancers: FreelancersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Each post's organisation, by post id, for the posts this instance was last asked about. */
  private readonly owners = new LRUCache<string, string>({ max: 50_000 });

  list(organizationId: string, status: JobStatus | undefined, page: { offset: number; limit: number }) {
    return this.loaded({ organizationId, status }, page);
  }

  async get(id: string, organizationId: string, manager?: EntityManager) {
    const [found] = (await this.loaded({ organizationId, ids: [id] }, undefined, manager)).items;
    if (!found) throw new JobNotFoundError();
    return found;
  }

  /**
   * Refuses, as `get` does, a post that is not the organisation's; reads nothing more, and nothing
   * at all for a post this instance has seen before (a post's organisation never changes).
   */
  async assertOwned(id: string, organizationId: string, manager?: EntityManager): Promise<void> {
    let owner = this.owners.get(id);
    if (owner === undefined) {
      owner = (await this.repository.ownerOf(id, manager)) ?? undefined;
      if (owner !== undefined) this.owners.set(id, owner);
    }
    if (owner !== organizationId) throw new JobNotFoundError();
  }

  /** Posts with their requirements, each skill with its catalogue entry. */
  private async loaded(
    where: Parameters<JobsRepository['findMany']>[0],
    page?: Parameters<JobsRepository['findMany']>[1],
    manager?: EntityManager,
  ) {
    const { items, totalCount } = await this.repository.findMany(where, page, manager);
    return { totalCount, items: await this.withCatalog(items, manager) };
  }

  /** Each post's skills with their catalogue entries (the freelancers module's). */
  private async withCatalog<Post>(
    posts: Array<LoadedJob<Post>>,
    manager?: EntityManager,
  ): Promise<Array<LoadedJob<Post>>> {
    const catalog = await this.freelancers.skillsByIds(
      posts.flatMap((post) => post.skills.map((skill) => skill.skillId)),
      manager,
    );
    return posts.map((post) => ({
      ...post,
      skills: post.skills.map((skill) => ({ ...skill, skill: catalog.get(skill.skillId) })),
    }));
  }

  /** Posts by id (other features' agreements and mail name the post they are about). */
  async posts(ids: string[], manager?: EntityManager): Promise<Map<string, JobPost>> {
    const posts = await this.repository.byIds([...new Set(ids)], manager);
    return new Map(posts.map((post) => [post.id, post]));
  }

  /** The ids of organisations' posts that closed or expired (for their hire rate). */
  endedPostIds(organizationIds: string[]) {
    return this.repository.endedPostIds(organizationIds);
  }

  /** A published post as VAs read it (its listing's columns). */
  async listing(id: string): Promise<ListedJob> {
    const [found] = await this.listings([id]);
    if (!found) throw new JobNotFoundError();
    return found;
  }

  /** Published posts by id as VAs read them, in the order given; drafts and unknown ids are left out. */
  async listings(ids: string[]): Promise<ListedJob[]> {
    if (!ids.length) return [];
    const found = await this.withCatalog(await this.repository.listings(ids));
    const byId = new Map(found.map((item) => [item.job.id, item]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async searchListings(filters: ListingFilters, page: { offset: number; limit: number }) {
    const { ids, totalCount } = await this.repository.searchOpen(filters, page);
    return { items: await this.listings(ids), totalCount };
  }

  /**
   * A post as VAs may see it (any post once published; drafts are the organisation's alone), locked
   * for the transaction so it cannot close or pause halfway through what the VA does with it.
   */
  async lockPublished(id: string, manager: EntityManager): Promise<JobPostEntity> {
    const job = await this.repository.lock(id, null, manager);
    if (!job || job.status === 'draft') throw new JobNotFoundError();
    return job;
  }

  /** For Delegate's own background work: the post locked for the transaction, with its requirements. */
  async lockForMatching(id: string, manager: EntityManager) {
    if (!(await this.repository.lock(id, null, manager))) return null;
    const [loaded] = (await this.loaded({ ids: [id] }, undefined, manager)).items;
    return loaded ?? null;
  }

  /** Creates a draft or saves an existing post whole, all or nothing. */
  async save(scope: JobScope, input: SaveJobPostInput) {
    const { id: existingId, skills, languages, ...rest } = input;
    const fields = {
      ...rest,
      organizationId: scope.organizationId,
      authorId: scope.userId,
      weeklyHours: rest.weeklyHours ?? null,
      budgetKind: rest.budgetKind ?? null,
      budgetMinMinor: rest.budgetKind === 'hourly' ? (rest.budgetMinMinor ?? null) : null,
      budgetMaxMinor: rest.budgetMaxMinor ?? null,
      startDate: rest.startDate ?? null,
      durationWeeks: rest.durationWeeks ?? null,
    };
    const id = await this.dataSource.transaction(async (manager) => {
      const skillIds = skills.map((skill) => skill.skillId);
      if ((await this.freelancers.countKnownSkills(skillIds, manager)) !== skillIds.length)
        throw new UnknownJobSkillError();
      let jobId = existingId ?? null;
      if (jobId) {
        const current = await this.repository.lock(jobId, scope.organizationId, manager);
        if (!current) throw new JobNotFoundError();
        if (!EDITABLE.has(current.status)) throw new JobStatusError('edited', current.status);
        const { authorId: _keepOriginalAuthor, ...changes } = fields;
        await this.repository.update(jobId, changes, manager);
        // An open post must stay publishable.
        if (current.status !== 'draft') assertPublishable({ ...current, ...changes }, skills);
        if (current.status === 'open') await this.queueRanking(jobId, manager);
      } else {
        jobId = await this.repository.insert(fields, manager);
      }
      await this.repository.replaceRequirements(jobId, skills, languages, manager);
      return jobId;
    });
    return this.get(id, scope.organizationId);
  }

  /** Opens a draft for 30 days (a setting). Quality advice must be acknowledged. */
  async publish(scope: JobScope, id: string, acknowledgeWarnings: boolean, now = new Date()) {
    await this.dataSource.transaction(async (manager) => {
      const job = await this.repository.lock(id, scope.organizationId, manager);
      if (!job) throw new JobNotFoundError();
      if (job.status !== 'draft') throw new JobStatusError('published', job.status);
      const { skills } = await this.get(id, scope.organizationId, manager);
      assertPublishable(job, skills);
      const warnings = qualityWarnings(job);
      if (warnings.length && !acknowledgeWarnings) throw new QualityWarningsError(warnings.map((w) => w.code));
      await this.repository.update(
        id,
        { status: 'open', publishedAt: now, expiresAt: new Date(now.getTime() + this.config.jobs.ttlDays * DAY_MS) },
        manager,
      );
      await this.queueRanking(id, manager);
    });
    return this.get(id, scope.organizationId);
  }

  pause(scope: JobScope, id: string) {
    return this.transition(scope, id, { action: 'paused', from: ['open'], changes: { status: 'paused' } });
  }

  resume(scope: JobScope, id: string, now = new Date()) {
    return this.transition(scope, id, {
      action: 'resumed',
      from: ['paused'],
      changes: { status: 'open' },
      check: (job) => {
        if (job.expiresAt && job.expiresAt <= now) throw new JobStatusError('resumed', 'expired');
      },
    });
  }

  /** Keeps an open or paused post up for another full period, from now. */
  renew(scope: JobScope, id: string, now = new Date()) {
    return this.transition(scope, id, {
      action: 'renewed',
      from: ['open', 'paused'],
      changes: { expiresAt: new Date(now.getTime() + this.config.jobs.ttlDays * DAY_MS), expiryWarnedAt: null },
    });
  }

  close(scope: JobScope, id: string, now = new Date()) {
    return this.transition(scope, id, {
      action: 'closed',
      from: ['draft', 'open', 'paused'],
      changes: { status: 'closed', closedAt: now },
    });
  }

  /** Ranking runs in the background once this transaction commits (within seconds). */
  private queueRanking(jobId: string, manager: EntityManager) {
    return this.background.send(RANK_JOB_TASK, { jobId } satisfies RankJobData, { singletonKey: jobId, manager });
  }

  /** Changes a locked post that is in one of the `from` states; `action` names the step in the refusal. */
  private async transition(
    scope: JobScope,
    id: string,
    step: {
      action: string;
      from: JobStatus[];
      changes: Partial<JobPostEntity>;
      check?: (job: JobPostEntity) => void;
    },
  ) {
    await this.dataSource.transaction(async (manager) => {
      const job = await this.repository.lock(id, scope.organizationId, manager);
      if (!job) throw new JobNotFoundError();
      if (!step.from.includes(job.status)) throw new JobStatusError(step.action, job.status);
      step.check?.(job);
      await this.repository.update(id, step.changes, manager);
      // Reopening ranks again: VAs and their capacity may have changed while it was paused.
      if (step.changes.status === 'open') await this.queueRanking(id, manager);
    });
    return this.get(id, scope.organizationId);
  }
}

const MIN_SUMMARY = 30;

/** What a post needs before VAs see it; every gap is named at once. */
function assertPublishable(
  job: Pick<
    JobPostEntity,
    | 'title'
    | 'summary'
    | 'weeklyHours'
    | 'budgetKind'
    | 'budgetMinMinor'
    | 'budgetMaxMinor'
    | 'workStartMinute'
    | 'workEndMinute'
  >,
  skills: Array<{ importance: string }>,
): void {
  const fields: Record<string, string> = {};
  if (job.title.trim().length < 5) fields.title = 'required';
  if (job.summary.trim().length < MIN_SUMMARY) fields.summary = 'tooShort';
  if (!skills.some((skill) => skill.importance === 'must_have')) fields.skills = 'mustHaveRequired';
  if (job.weeklyHours === null) fields.weeklyHours = 'required';
  if (!job.budgetKind) fields.budgetKind = 'required';
  if (job.budgetMaxMinor === null) fields.budgetMaxMinor = 'required';
  if (job.budgetKind === 'hourly') {
    if (job.budgetMinMinor === null) fields.budgetMinMinor = 'required';
    else if (job.budgetMaxMinor !== null && job.budgetMinMinor > job.budgetMaxMinor)
      fields.budgetMinMinor = 'minAboveMax';
  }
  if (Object.keys(fields).length) throw new JobIncompleteError(fields);
}
