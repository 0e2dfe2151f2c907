import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClientActor } from '../../platform/access/actor.js';
import { BadUserInputError, NotFoundError } from '../../platform/errors/app-error.js';
import { minorUnitFactors } from '../../platform/money/fx.js';
import { type RateLimit, RateLimits } from '../../platform/rate-limit/rate-limits.js';
import { utcWorkingDay } from '../../platform/time/working-day.js';
import { CEFR_LEVELS, FreelancersService, SKILL_LEVELS } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import { JobStatusError } from '../jobs/jobs.errors.js';
import { JobsService } from '../jobs/jobs.service.js';
import { FxRatesService } from '../money/fx-rates.service.js';
import { TALENT_SEARCH_DEPTH, type TalentSearchInput } from './dto/talent-search.dto.js';
import { MatchIndexService } from './match-index.service.js';
import { MatchingNotifier } from './matching.notifier.js';
import { MatchingRepository, type NewMatch } from './matching.repository.js';
import { rankingRequestFor, toMatches } from './matching.service.js';
import type { RankingRequest } from './ranking-query.js';

/**
 * Businesses search the vetted pool themselves: their filters become a ranking request for the
 * same engine that matches jobs (skills at a level, languages, overlap with their day, a rate
 * range in their currency, free hours, leave), and they invite a VA they found to one of their
 * open posts, which the VA then finds in their feed as with the invitations ranking sends.
 */
@Injectable()
export class TalentSearchService {
  private readonly searches: RateLimit;
  private readonly invitations: RateLimit;

  constructor(
    private readonly dataSource: DataSource,
    private readonly index: MatchIndexService,
    private readonly repository: MatchingRepository,
    private readonly freelancers: FreelancersService,
    private readonly users: UsersService,
    private readonly jobs: JobsService,
    private readonly fxRates: FxRatesService,
    private readonly notifier: MatchingNotifier,
    limits: RateLimits,
  ) {
    this.searches = limits.limit({ name: 'talent-search', points: 300, durationSeconds: 3_600 });
    this.invitations = limits.limit({ name: 'talent-invitation', points: 100, durationSeconds: 86_400 });
  }

  /** A page of the VAs who meet the search, best first, with the features behind each score. */
  async search(actor: ClientActor, search: TalentSearchInput, page: { offset: number; limit: number }) {
    // The limit's point and the search's reads go to PostgreSQL side by side; the ranking waits for both,
    // and a search over the limit is refused as such whatever else is wrong with it.
    const [allowed, built] = await Promise.allSettled([
      this.searches.consume(actor.userId),
      this.request(actor, search, Math.min(TALENT_SEARCH_DEPTH, page.offset + page.limit)),
    ]);
    if (allowed.status === 'rejected') throw allowed.reason;
    if (built.status === 'rejected') throw built.reason;
    const request = built.value;
    const rows = await this.index.rank(request);
    const matches = toMatches(rows.slice(page.offset, page.offset + page.limit));
    return { matches, totalCount: Number(rows[0]?.qualified ?? 0) };
  }

  /**
   * Invites a VA to one of the organisation's open posts. Once per VA and post: asking again changes
   * nothing and sends no second e-mail. Returns the VA's match on the post.
   */
  async invite(actor: ClientActor, jobId: string, freelancerId: string, now = new Date()) {
    await this.invitations.consume(actor.organizationId);
    const { match, delivery } = await this.dataSource.transaction(async (manager) => {
      await this.jobs.assertOwned(jobId, actor.organizationId, manager);
      // The post's lock: ranking and other invitations to it take turns.
      const locked = await rankingRequestFor(this.jobs, this.fxRates, jobId, now, 1, manager);
      if (!locked) throw new NotFoundError('No such post.');
      const { job, request } = locked;
      if (job.status !== 'open') throw new JobStatusError('shared with VAs', job.status);
      const explained = await this.index.explain(request, freelancerId, manager);
      const freelancer = explained && (await this.users.findUserById(freelancerId, manager));
      if (!explained || !freelancer) throw new NotFoundError('No such VA.');
      const [{ score, features }] = toMatches([explained]) as [NewMatch];
      const invitedNow = await this.repository.invite(jobId, { freelancerId, score, features, at: now }, manager);
      return {
        match: await this.repository.match(jobId, freelancerId, manager),
        delivery: invitedNow ? await this.notifier.invited(freelancer, job, manager) : null,
      };
    });
    await delivery?.deliver();
    return match;
  }

  private async request(actor: ClientActor, search: TalentSearchInput, limit: number): Promise<RankingRequest> {
    const { rateMinMinor: min, rateMaxMinor: max } = search;
    if (min != null && max != null && min > max) {
      throw new BadUserInputError('The lowest rate is above the highest.', { rateMinMinor: 'aboveMax' });
    }
    const now = new Date();
    const [skills, searcher, rates] = await Promise.all([
      this.freelancers.skillsByIds(search.skills.map((skill) => skill.skillId)),
      // The business's own time zone, unless the search names one.
      search.timeZone ? null : this.users.findUserById(actor.userId),
      this.fxRates.all(),
    ]);
    if (skills.size !== new Set(search.skills.map((skill) => skill.skillId)).size) {
      throw new BadUserInputError('Choose skills from the list.', { skills: 'unknownSkill' });
    }
    const timeZone = search.timeZone ?? searcher?.timeZone ?? 'UTC';
    return {
      mustHave: search.skills.map((skill) => skills.get(skill.skillId)?.slot as number),
      mustLevels: search.skills.map((skill) => SKILL_LEVELS.indexOf(skill.minLevel) + 1),
      niceToHave: [],
      bonus: [],
      languages: search.languages.map((language) => ({
        code: language.language,
        minLevel: CEFR_LEVELS.indexOf(language.minLevel) + 1,
      })),
      fxFactors: minorUnitFactors(rates, search.currency),
      // The rate factor measures against the top of the range, as against a post's hourly budget.
      hourlyBudgetMinor: max ?? null,
      rateRange: { minMinor: min ?? null, maxMinor: max ?? null },
      clientWindow: utcWorkingDay(timeZone, search.workStartMinute, search.workEndMinute, now),
      weeklyHours: search.minWeeklyHours,
      today: now.toISOString().slice(0, 10),
      text: search.words,
      demands: { minOverlapMinutes: search.minOverlapHours * 60 },
      includeOnLeave: search.includeOnLeave,
      limit,
    };
  }
}
