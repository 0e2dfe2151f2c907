import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../platform/errors/app-error.js';
import { convertMinor } from '../../platform/money/fx.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import { FxRatesService } from '../money/fx-rates.service.js';
import { VettingViewsService } from '../vetting/vetting-views.service.js';
import type { VaProfile } from './dto/va-profile.output.js';

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
}
