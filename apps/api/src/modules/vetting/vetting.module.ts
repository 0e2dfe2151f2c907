import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { ApplicationsService } from './applications.service.js';
import { InterviewsResolver } from './interviews.resolver.js';
import { InterviewsService } from './interviews.service.js';
import { SkillTestsRepository } from './skill-tests.repository.js';
import { SkillTestsResolver } from './skill-tests.resolver.js';
import { SkillTestsService } from './skill-tests.service.js';
import { VettingNotifier } from './vetting.notifier.js';
import { VettingRepository } from './vetting.repository.js';
import { VettingResolver } from './vetting.resolver.js';
import { VettingViewsService } from './vetting-views.service.js';

/** Vetting: applications, the ops pipeline, skills tests, interviews, decisions and the funnel. */
@Module({
  imports: [AuditModule, FreelancersModule, IdentityDataModule, MailModule, MatchingModule],
  providers: [
    VettingRepository,
    SkillTestsRepository,
    VettingNotifier,
    ApplicationsService,
    SkillTestsService,
    InterviewsService,
    VettingViewsService,
    VettingResolver,
    SkillTestsResolver,
    InterviewsResolver,
  ],
  exports: [VettingViewsService],
})
export class VettingModule {}
