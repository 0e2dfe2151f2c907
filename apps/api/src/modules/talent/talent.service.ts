import { Injectable } from '@nestjs/common';
import type { SignedInActor } from '../../platform/access/actor.js';
import { NotFoundError } from '../../platform/errors/app-error.js';
import { convertMinor } from '../../platform/money/fx.js';
import { dailyOverlapMinutes, utcWorkingDay } from '../../platform/time/working-day.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { FxRatesService } from '../money/fx-rates.service.js';
import { VettingViewsService } from '../vetting/vetting-views.service.js';
import type { VaProfile, WorkingOverlap } from './dto/va-profile.output.js';

/** Without a post to compare with, a business's day is 09:00–17:00 in its member's time zone. */
const OFFICE_HOURS = { workStartMinute: 9 * 60, workEndMinute: 17 * 60 };

/**
 * The vetted pool as businesses see it: a VA's profile, proved skills and rate, from the modules that
 * own each part. Only approved VAs are shown; contact details and references never are.
 */
@Injectable()
export class TalentService {
  constructor(
    private readonly freelancers: FreelancersService,
    private readonly users: UsersService,
    private readonly vetting: VettingViewsService,
    private readonly fxRates: FxRatesService,
    private readonly jobs: JobsService,
  ) {}

  async profile(freelancerId: string, currency: string | null): Promise<VaProfile> {
    const [loaded, user, badges, rates] = await Promise.all([
      this.freelancers.profile(freelancerId),
      this.users.findUserById(freelancerId),
      this.vetting.badgesOf(freelancerId),
      currency ? this.fxRates.all() : [],
    ]);
    if (!loaded || !user || loaded.profile.vettingStage !== 'approved') throw new NotFoundError('No such VA.');
    const { profile } = loaded;
    const { skills, languages } = this.freelancers.toOutput(loaded);
    const rate = profile.hourlyRateMinor;
    const converted = rate !== null && currency ? convertMinor(rate, profile.currency, currency, rates) : null;
    return {
      id: profile.userId,
      displayName: user.displayName,
      headline: profile.headline,
      bio: profile.bio,
      country: profile.country,
      timeZone: user.timeZone,
      workStartMinute: profile.workStartMinute,
      workEndMinute: profile.workEndMinute,
      weeklyCapacityHours: profile.weeklyCapacityHours,
      hourlyRate: rate === null ? null : { amountMinor: rate, currency: profile.currency },
      hourlyRateConverted: converted === null || !currency ? null : { amountMinor: converted, currency },
      vettingScore: profile.vettingScore,
      skills,
      badges,
      languages,
    };
  }

  /**
   * How much of the VA's working day the business shares: with one of its posts' hours when given
   * (a post of another organisation is not found), otherwise with office hours in the viewer's zone.
   */
  async overlap(
    va: VaProfile,
    actor: SignedInActor,
    jobId: string | undefined,
    at = new Date(),
  ): Promise<WorkingOverlap> {
    const theirs = jobId
      ? await this.postHours(jobId, actor)
      : { ...OFFICE_HOURS, timeZone: (await this.users.findUserById(actor.userId))?.timeZone ?? 'UTC', jobTitle: null };
    const minutes = dailyOverlapMinutes(
      utcWorkingDay(va.timeZone, va.workStartMinute, va.workEndMinute, at),
      utcWorkingDay(theirs.timeZone, theirs.workStartMinute, theirs.workEndMinute, at),
    );
    return { minutes, ...theirs };
  }

  private async postHours(jobId: string, actor: SignedInActor) {
    if (actor.kind !== 'client') throw new NotFoundError('Job post not found.');
    const { job } = await this.jobs.get(jobId, actor.organizationId);
    const { timeZone, workStartMinute, workEndMinute, title } = job;
    return { timeZone, workStartMinute, workEndMinute, jobTitle: title };
  }
}
