import { Module } from '@nestjs/common';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MoneyModule } from '../money/money.module.js';
import { AvailabilityResolver } from './availability.resolver.js';
import { MatchIndexService } from './match-index.service.js';
import { MatchingNotifier } from './matching.notifier.js';
import { MatchingRepository } from './matching.repository.js';
import { MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';
import { TalentSearchResolver } from './talent-search.resolver.js';
import { TalentSearchService } from './talent-search.service.js';

/** Ranking approved VAs for open jobs and for businesses' talent searches, storing why, and inviting the best. */
@Module({
  imports: [FreelancersModule, IdentityDataModule, JobsModule, MailModule, MoneyModule],
  providers: [
    MatchingRepository,
    MatchIndexService,
    MatchingService,
    MatchingNotifier,
    MatchingResolver,
    AvailabilityResolver,
    TalentSearchService,
    TalentSearchResolver,
  ],
  exports: [MatchingService],
})
export class MatchingModule {}
