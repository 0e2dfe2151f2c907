import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError, NotFoundError } from '../../platform/errors/app-error.js';
import { type FxRate, minorUnitFactors } from '../../platform/money/fx.js';
import { utcWorkingDay } from '../../platform/time/working-day.js';
import { CEFR_LEVELS, FreelancersService, type Skill } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { RANK_JOB_TASK, type RankJobData } from '../jobs/jobs.tasks.js';
import type { Delivery } from '../mail/mail.service.js';
import { FxRatesService } from '../money/fx-rates.service.js';
import { hourlyBudgetMinor } from './job-terms.js';
import { MatchIndexService } from './match-index.service.js';
import { MatchingNotifier } from './matching.notifier.js';
import { MatchingRepository, type NewMatch } from './matching.repository.js';
import { REFRESH_WORKING_HOURS_TASK } from './matching.tasks.js';
import type { RankedRow, RankingRequest } from './ranking-query.js';
import { FEATURE_NAMES, type MatchFeatures } from './scoring.js';

/** A VA's week as matching sees it: capacity less what contracts commit, and leave. */
export interface Availability {
  weeklyCapacityHours: number;
  committedHours: number;
  freeHours: number;
  leaveFrom: string | null;
  leaveUntil: string | null;
  onLeave: boolean;
}

type LoadedJob = NonNullable<Awaited<ReturnType<JobsService['lockForMatching']>>>;

/**
 * Ranks approved VAs for open jobs and invites the best. Runs as a background task whenever a job
 * is published, edited or resumed; the job's row lock makes two instances take turns, and an
 * invitation is written once (`invited_at` is set only where it is null).
 */
@Injectable()
export class MatchingService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MatchingRepository,
    private readonly index: MatchIndexService,
    private readonly jobs: JobsService,
    private readonly fxRates: FxRatesService,
    private readonly identity: UsersService,
    private readonly notifier: MatchingNotifier,
    private readonly background: BackgroundJobs,
    private readonly freelancers: FreelancersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register<RankJobData>({
      name: RANK_JOB_TASK,
      policy: 'stately',
      handler: async ({ jobId }) => {
        await this.rankAndInvite(jobId);
      },
    });
    this.background.register({
      name: REFRESH_WORKING_HOURS_TASK,
      policy: 'singleton',
      cron: '7 * * * *',
      handler: async () => {
        await this.repository.refreshWorkingHours();
      },
    });
  }

  /** A VA's card follows their profile; call in the transaction that changed what matching reads. */
  refreshCard(userId: string, manager: EntityManager): Promise<void> {
    return this.repository.refreshCards([userId], manager);
  }

  /** Invitations to open posts the VA has not answered with a proposal. */
  openInvitations(freelancerId: string): Promise<number> {
    return this.repository.openInvitations(freelancerId);
  }

  /** The VA's capacity, the hours their contracts commit, what is free, and their leave. */
  async availability(userId: string, today = new Date().toISOString().slice(0, 10)): Promise<Availability> {
    const found = await this.repository.availability(userId);
    if (!found) throw new NotFoundError('There is no profile yet.');
    const onLeave =
      found.leaveFrom !== null && found.leaveUntil !== null && found.leaveFrom <= today && today <= found.leaveUntil;
    return { ...found, freeHours: Math.max(0, found.weeklyCapacityHours - found.committedHours), onLeave };
  }

  /** The VA sets their weekly capacity and leave; ranking reads them at once (the card is rewritten with them). */
  async setAvailability(
    userId: string,
    input: { weeklyCapacityHours: number; leaveFrom: string | null; leaveUntil: string | null },
  ): Promise<Availability> {
    const { leaveFrom, leaveUntil } = input;
    if ((leaveFrom === null) !== (leaveUntil === null)) {
      throw new BadUserInputError('Give the first and the last day of your leave.', {
        [leaveFrom === null ? 'leaveFrom' : 'leaveUntil']: 'required',
      });
    }
    if (leaveFrom !== null && leaveUntil !== null && leaveUntil < leaveFrom) {
      throw new BadUserInputError('Leave ends on or after the day it starts.', { leaveUntil: 'beforeStart' });
    }
    await this.dataSource.transaction(async (manager) => {
      await this.freelancers.setAvailability(userId, input, manager);
      await this.repository.refreshCards([userId], manager);
    });
    return this.availability(userId);
  }

  /** Every card rewritten from the profiles (after bulk loads such as the demo seed). */
  refreshAllCards(manager: EntityManager, at = new Date()): Promise<void> {
    return this.repository.refreshCards(null, manager, at);
  }

  /** Ranks an open job, stores the matches and invites the top ones (a setting); returns who was invited. */
  async rankAndInvite(jobId: string, now = new Date()): Promise<string[]> {
    // Rank with every card change committed before now, whichever instance made it.
    await this.index.caughtUp();
    const { invited, deliveries } = await this.dataSource.transaction(async (manager) => {
      const locked = await rankingRequestFor(
        this.jobs,
        this.fxRates,
        jobId,
        now,
        this.config.matching.listSize,
        manager,
      );
      if (locked?.job.status !== 'open') return { invited: [], deliveries: [] };
      const { job, request, rates } = locked;
      const rows = await this.index.rank(request, manager);
      await this.repository.saveRanking(
        jobId,
        {
          matches: toMatches(rows),
          qualifiedCount: Number(rows[0]?.qualified ?? 0),
          fxRates: Object.fromEntries(rates.map((rate) => [rate.currency, rate.usdPerUnit])),
          at: now,
        },
        manager,
      );
      const invited = await this.repository.inviteTop(jobId, this.config.matching.inviteCount, now, manager);
      const deliveries: Delivery[] = [];
      // One after another: inside a transaction these share a single connection.
      for (const freelancerId of invited) {
        const freelancer = await this.identity.findUserById(freelancerId, manager);
        if (freelancer) deliveries.push(await this.notifier.invited(freelancer, job, manager));
      }
      return { invited, deliveries };
    });
    for (const delivery of deliveries) await delivery.deliver();
    return invited;
  }

  /** Time to first proposal and the VA's responsiveness, in the proposal's transaction. */
  recordProposal(jobId: string, freelancerId: string, at: Date, manager: EntityManager): Promise<void> {
    return this.repository.recordProposal(jobId, freelancerId, at, manager);
  }

  async matches(jobId: string, organizationId: string, page: { offset: number; limit: number }) {
    await this.jobs.assertOwned(jobId, organizationId);
    return this.repository.matches(jobId, page);
  }

  /** The VA's feed: open posts they were matched with or invited to, each with its post. */
  async feed(freelancerId: string, page: { offset: number; limit: number }) {
    const { items, totalCount } = await this.repository.feed(freelancerId, page);
    const listings = new Map(
      (await this.jobs.listings(items.map((match) => match.jobId))).map((loaded) => [loaded.job.id, loaded]),
    );
    return {
      totalCount,
      items: items.flatMap((match) => {
        const listing = listings.get(match.jobId);
        return listing ? [{ match, listing }] : [];
      }),
    };
  }

  /** For ops: how fast posts published in the period met candidates (medians in minutes). */
  timeToCandidates(from: Date, to: Date) {
    return this.repository.timeToCandidates(from, to);
  }

  /** Why the VA was matched with a post, if they were. */
  async mine(freelancerId: string, jobId: string) {
    const match = await this.repository.match(jobId, freelancerId);
    return match && { match, listing: await this.jobs.listing(jobId) };
  }
}

function rankingRequest(loaded: LoadedJob, fxFactors: Map<string, number>, at: Date, limit: number): RankingRequest {
  const { job, skills, languages } = loaded;
  // The post's skills come with their catalog entry, slot included.
  const slotsOf = (importance: string) =>
    skills.filter((skill) => skill.importance === importance).map((skill) => (skill.skill as Skill).slot);
  return {
    mustHave: slotsOf('must_have'),
    niceToHave: slotsOf('nice_to_have'),
    bonus: slotsOf('bonus'),
    languages: languages.map((language) => ({
      code: language.language,
      minLevel: CEFR_LEVELS.indexOf(language.minLevel) + 1,
    })),
    fxFactors,
    hourlyBudgetMinor: hourlyBudgetMinor(job),
    clientWindow: utcWorkingDay(job.timeZone, job.workStartMinute, job.workEndMinute, at),
    weeklyHours: Math.max(1, job.weeklyHours ?? 1),
    today: at.toISOString().slice(0, 10),
    text: [job.title, ...job.tasks].join(' ').slice(0, 1000),
    demands: { minOverlapMinutes: job.minOverlapHours * 60 },
    limit,
  };
}

/**
 * What the ranking task reads about a job, for any ranking over cards: the in-memory one, or the
 * SQL reference it is checked against. The post comes locked for the transaction, with the request
 * and the exchange rates it was made with.
 */
export async function rankingRequestFor(
  jobs: JobsService,
  fxRates: FxRatesService,
  jobId: string,
  at: Date,
  limit: number,
  manager: EntityManager,
): Promise<{ job: LoadedJob['job']; request: RankingRequest; rates: FxRate[] } | null> {
  const loaded = await jobs.lockForMatching(jobId, manager);
  if (!loaded) return null;
  const rates = await fxRates.all(manager);
  const factors = minorUnitFactors(rates, loaded.job.currency);
  return { job: loaded.job, request: rankingRequest(loaded, factors, at, limit), rates };
}

/** Ranked rows as stored: the rank, the score to two decimals, the features to four. */
export function toMatches(rows: RankedRow[]): NewMatch[] {
  return rows.map((row, index) => ({
    freelancerId: row.user_id,
    rank: index + 1,
    score: Math.round(row.score * 100) / 100,
    features: featuresOf(row),
  }));
}

function featuresOf(row: RankedRow): MatchFeatures {
  return Object.fromEntries(
    FEATURE_NAMES.map((name) => [name, row[name] === null ? null : Math.round(Number(row[name]) * 10_000) / 10_000]),
  ) as unknown as MatchFeatures;
}
