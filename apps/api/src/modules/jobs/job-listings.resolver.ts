import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policies } from '../../platform/access/policy.js';
import { SearchJobListingsArgs } from './dto/job-listings.args.js';
import { JobListing, JobListingPage, toJobListing } from './dto/job-post.output.js';
import { JobsService } from './jobs.service.js';

/** Published posts as VAs read them: never a draft, never a client's contact details. */
@Resolver()
export class JobListingsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Allow(Policies.freelancer)
  @Query(() => JobListing, { description: 'A published post (open, paused, closed or expired).' })
  async jobListing(@Args('id', { type: () => ID }) id: string) {
    return toJobListing(await this.jobs.listing(id));
  }

  @Allow(Policies.freelancer)
  @Query(() => JobListingPage, { description: 'Open posts: best text match first, or newest first without words.' })
  async searchJobListings(@Args() { offset, limit, ...filters }: SearchJobListingsArgs) {
    const { items, totalCount } = await this.jobs.searchListings(filters, { offset, limit });
    return { items: items.map(toJobListing), totalCount };
  }
}
