import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { ClientRecordResolver } from './client-record.resolver.js';
import { ClientRecordService } from './client-record.service.js';

/** Businesses' records on Delegate, shown to VAs on every post. */
@Module({
  imports: [ContractsModule, JobsModule, OrganizationsModule, ReviewsModule],
  providers: [ClientRecordService, ClientRecordResolver],
})
export class ClientRecordModule {}
