import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CompiledEntity } from '../../platform/database/compiled-entity.js';
import { maskTexts } from '../../platform/text/contact-details.js';
import { LISTING_COLUMNS, type ListedJob } from './dto/job-post.output.js';
import {
  type BudgetKind,
  type JobPostEntity as JobPost,
  JobPostEntity,
  type JobPostTexts,
  type JobStatus,
} from './entities/job-post.entity.js';
import { JobPostLanguageEntity } from './entities/job-post-language.entity.js';
import { JobPostSkillEntity } from './entities/job-post-skill.entity.js';

export type JobFields = Omit<
  JobPost,
  | 'id'
  | 'organization'
  | 'author'
  | 'status'
  | 'publishedAt'
  | 'expiresAt'
  | 'expiryWarnedAt'
  | 'closedAt'
  | 'createdAt'
  | 'updatedAt'
  | 'masked'
>;

const TEXT_FIELDS = ['title', 'summary', 'tasks', 'screeningQuestions'] as const;

/** What VAs read of a post's texts: masked here, once, whenever they are written. */
export function maskedJobTexts(job: JobPostTexts): JobPostTexts {
  const { title, summary, tasks, screeningQuestions } = job;
  return maskTexts({ title, summary, tasks, screeningQuestions });
}

/** A post's skills and languages as two JSON columns of a statement that reads posts as `j`. */
const REQUIREMENTS = `(SELECT coalesce(json_agg(json_build_object('jobId', s.job_id, 'skillId', s.skill_id, 'importance', s.importance)
            ORDER BY s.importance, s.skill_id), '[]') FROM job_post_skills s WHERE s.job_id = j.id) AS skills,
         (SELECT coalesce(json_agg(json_build_object('jobId', l.job_id, 'language', l.language, 'minLevel', l.min_level)
            ORDER BY l.language), '[]') FROM job_post_languages l WHERE l.job_id = j.id) AS languages`;

type Requirements = {
  skills: Array<Pick<JobPostSkillEntity, 'jobId' | 'skillId' | 'importance'>>;
  languages: Array<Pick<JobPostLanguageEntity, 'jobId' | 'language' | 'minLevel'>>;
};

/** The stored search document of a post (a partial GIN index serves open posts). */
const SEARCH_DOCUMENT = 'j.search_document';

export interface ListingFilters {
  query?: string;
  skillIds?: string[];
  budgetKind?: BudgetKind;
}

/** All queries of job posts and their skills and languages. */
@Injectable()
export class JobsRepository {
  private readonly compiledPosts: CompiledEntity<JobPostEntity>;
  private readonly compiledListings: CompiledEntity<ListedJob['job']>;

  constructor(private readonly dataSource: DataSource) {
    this.compiledPosts = new CompiledEntity(dataSource, JobPostEntity);
    this.compiledListings = new CompiledEntity<ListedJob['job']>(dataSource, JobPostEntity, LISTING_COLUMNS);
  }

  /** Locks a post for the rest of the transaction; `organizationId` null is for Delegate's own background work. */
  lock(id: string, organizationId: string | null, manager: EntityManager) {
    const query = manager
      .getRepository(JobPostEntity)
      .createQueryBuilder('job')
      .setLock('pessimistic_write')
      .where('job.id = :id', { id });
    if (organizationId !== null) query.andWhere('job.organization_id = :organizationId', { organizationId });
    return query.getOne();
  }

  async insert(fields: JobFields, manager: EntityManager): Promise<string> {
    const jobs = manager.getRepository(JobPostEntity);
    const saved = await jobs.save(jobs.create({ ...fields, masked: maskedJobTexts(fields) }));
    return saved.id;
  }

  /** Changing a text masks the texts again, from the row as it will be. */
  async update(id: string, fields: Partial<Omit<JobPost, 'masked'>>, manager: EntityManager): Promise<void> {
    const jobs = manager.getRepository(JobPostEntity);
    if (!TEXT_FIELDS.some((field) => field in fields)) {
      await jobs.update({ id }, fields);
      return;
    }
    // An edit sends every text; only a partial change needs the others from the row.
    const texts = TEXT_FIELDS.every((field) => field in fields)
      ? (fields as JobPostTexts)
      : { ...(await jobs.findOneByOrFail({ id })), ...fields };
    await jobs.update({ id }, { ...fields, masked: maskedJobTexts(texts) });
  }

  async replaceRequirements(
    jobId: string,
    skills: Array<Pick<JobPostSkillEntity, 'skillId' | 'importance'>>,
    languages: Array<Pick<JobPostLanguageEntity, 'language' | 'minLevel'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(JobPostSkillEntity).delete({ jobId });
    await manager.getRepository(JobPostLanguageEntity).delete({ jobId });
    if (skills.length) await manager.getRepository(JobPostSkillEntity).insert(skills.map((s) => ({ ...s, jobId })));
    if (languages.length) {
      await manager.getRepository(JobPostLanguageEntity).insert(languages.map((l) => ({ ...l, jobId })));
    }
  }

  /** Open and paused posts whose time is up become expired. */
  async expireDue(now: Date, manager: EntityManager): Promise<number> {
    const [, count] = await manager.query(
      `UPDATE job_posts SET status = 'expired', closed_at = $1
       WHERE status IN ('open', 'paused') AND expires_at <= $1`,
      [now],
    );
    return count;
  }

  /** Marks posts closing within `days` whose author has not been told yet, and returns them. */
  markExpiryWarnings(now: Date, days: number, manager: EntityManager) {
    return manager.query(
      `UPDATE job_posts SET expiry_warned_at = $1
       WHERE status IN ('open', 'paused') AND expiry_warned_at IS NULL
         AND expires_at > $1 AND expires_at <= $1::timestamptz + make_interval(days => $2)
       RETURNING id, title, author_id AS "authorId", expires_at AS "expiresAt"`,
      [now, days],
    ) as Promise<[Array<{ id: string; title: string; authorId: string; expiresAt: Date }>, number]>;
  }

  /** The ids of organisations' posts that closed or expired, per organisation. */
  async endedPostIds(organizationIds: string[]): Promise<Array<{ organizationId: string; id: string }>> {
    if (!organizationIds.length) return [];
    return this.dataSource.query(
      `SELECT organization_id AS "organizationId", id FROM job_posts
        WHERE organization_id = ANY($1) AND status IN ('closed', 'expired')`,
      [organizationIds],
    );
  }

  /** Posts by id, without their skills and languages. */
  async byIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<JobPostEntity[]> {
    if (ids.length === 0) return [];
    const select = this.compiledPosts.select('j');
    return this.compiledPosts.query(`SELECT ${select} FROM job_posts j WHERE j.id = ANY($1::uuid[])`, [ids], manager);
  }

  /** A page of posts with its total, each with its skills and languages, in one statement. Pass the transaction's manager inside one. */
  async findMany(
    where: PostFilter,
    page = { offset: 0, limit: 100 },
    manager: EntityManager = this.dataSource.manager,
  ) {
    // One statement: a page of posts with their total, each with its skills and languages.
    const { filter, parameters } = postFilter(where);
    const rows = await this.compiledPosts.rows<Requirements & { total: number }>(
      `SELECT ${this.compiledPosts.select('j')},
         ${REQUIREMENTS},
         count(*) OVER ()::int AS total
       FROM job_posts j ${filter}
       ORDER BY j.updated_at DESC, j.id OFFSET $${parameters.push(page.offset)} LIMIT $${parameters.push(page.limit)}`,
      parameters,
      manager,
    );
    return {
      // A page past the end has no row to carry the total: count apart then.
      totalCount: rows[0] ? rows[0].row.total : page.offset > 0 ? await this.count(where, manager) : 0,
      items: rows.map(({ entity: job, row }) => ({ job, skills: row.skills, languages: row.languages })),
    };
  }

  /** Published posts by id, as their listings read them (any order; unknown ids are left out). */
  async listings(ids: string[]) {
    const rows = await this.compiledListings.rows<Requirements>(
      `SELECT ${this.compiledListings.select('j')}, ${REQUIREMENTS}
       FROM job_posts j WHERE j.id = ANY($1::uuid[]) AND j.status <> 'draft'`,
      [ids],
    );
    return rows.map(({ entity: job, row }) => ({ job, skills: row.skills, languages: row.languages }));
  }

  /** The organisation a post belongs to; null when there is no such post. */
  async ownerOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row] = await manager.query('SELECT organization_id FROM job_posts WHERE id = $1', [id]);
    return row?.organization_id ?? null;
  }

  private async count(where: PostFilter, manager: EntityManager): Promise<number> {
    const { filter, parameters } = postFilter(where);
    const [{ total }] = await manager.query(`SELECT count(*)::int AS total FROM job_posts j ${filter}`, parameters);
    return total;
  }

  /**
   * Open posts matching the filters: best text match first when there are words, else newest first.
   * Returns one page of ids in order and the total.
   */
  async searchOpen(filters: ListingFilters, page: { offset: number; limit: number }) {
    const conditions = ["j.status = 'open'"];
    const parameters: unknown[] = [];
    const parameter = (value: unknown, cast: string) => `$${parameters.push(value)}::${cast}`;
    const order = ['j.published_at DESC', 'j.id'];
    if (filters.query?.trim()) {
      const query = parameter(filters.query, 'text');
      conditions.push(`${SEARCH_DOCUMENT} @@ websearch_to_tsquery('english', ${query})`);
      order.unshift(`ts_rank(${SEARCH_DOCUMENT}, websearch_to_tsquery('english', ${query})) DESC`);
    }
    if (filters.skillIds?.length) {
      conditions.push(
        `EXISTS (SELECT 1 FROM job_post_skills s WHERE s.job_id = j.id AND s.skill_id = ANY(${parameter(filters.skillIds, 'uuid[]')}))`,
      );
    }
    if (filters.budgetKind) conditions.push(`j.budget_kind = ${parameter(filters.budgetKind, 'budget_kind')}`);
    const rows: Array<{ id: string; total: number }> = await this.dataSource.query(
      `SELECT j.id, count(*) OVER ()::int AS total FROM job_posts j
       WHERE ${conditions.join(' AND ')}
       ORDER BY ${order.join(', ')}
       OFFSET ${parameter(page.offset, 'int')} LIMIT ${parameter(page.limit, 'int')}`,
      parameters,
    );
    return { ids: rows.map((row) => row.id), totalCount: rows[0]?.total ?? 0 };
  }
}

type PostFilter = { organizationId?: string; ids?: string[]; status?: JobStatus };

/** The WHERE clause (over `job_posts j`) and its parameters, which a query may add to. */
function postFilter(where: PostFilter): { filter: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const conditions = [
    where.organizationId && `j.organization_id = $${parameters.push(where.organizationId)}`,
    where.ids && `j.id = ANY($${parameters.push(where.ids)}::uuid[])`,
    where.status && `j.status = $${parameters.push(where.status)}`,
  ].filter(Boolean);
  return { filter: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', parameters };
}
