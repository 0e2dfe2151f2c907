import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { DisputesModule } from '../disputes/disputes.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { MoneyModule } from '../money/money.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReputationResolver } from './reputation.resolver.js';
import { ReputationService } from './reputation.service.js';
import { ReviewModerationService } from './review-moderation.service.js';
import { ReviewViews } from './review-views.js';
import { ReviewsNotifier } from './reviews.notifier.js';
import { ReviewsRepository } from './reviews.repository.js';
import { ReviewsResolver } from './reviews.resolver.js';
import { ReviewsService } from './reviews.service.js';

/** Reviews: double-blind rounds on contracts, replies, reports and moderation. */
@Module({
  imports: [
    AuditModule,
    ContractsModule,
    DisputesModule,
    IdentityDataModule,
    MailModule,
    MatchingModule,
    MoneyModule,
    OrganizationsModule,
  ],
  providers: [
    ReviewsRepository,
    ReviewsService,
    ReputationService,
    ReputationResolver,
    ReviewModerationService,
    ReviewViews,
    ReviewsNotifier,
    ReviewsResolver,
  ],
  exports: [ReviewsService, ReputationService],
})
export class ReviewsModule {}
