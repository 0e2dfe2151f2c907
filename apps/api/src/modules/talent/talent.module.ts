import { Module } from '@nestjs/common';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MoneyModule } from '../money/money.module.js';
import { VettingModule } from '../vetting/vetting.module.js';
import { TalentResolver } from './talent.resolver.js';
import { TalentService } from './talent.service.js';

/** The vetted pool as businesses see it: VA profiles (and, next, talent search). */
@Module({
  imports: [FreelancersModule, IdentityDataModule, JobsModule, MoneyModule, VettingModule],
  providers: [TalentService, TalentResolver],
})
export class TalentModule {}
