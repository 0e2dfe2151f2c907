import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Context, type RequestContext } from '../../platform/access/request-context.js';
import { perRequestLoader } from '../../platform/graphql/per-request-loader.js';
import { JobListing } from '../jobs/dto/job-post.output.js';
import { ClientRecordService } from './client-record.service.js';
import { ClientRecord } from './dto/client-record.output.js';

/** The business behind each post a VA reads: in the feed, in search and on the post's page. */
@Resolver(() => JobListing)
export class ClientRecordResolver {
  /** One batch per request, however many posts the page holds. */
  private readonly records = perRequestLoader<string, ClientRecord>(async (organizationIds: readonly string[]) => {
    const found = await this.clientRecords.of(organizationIds);
    return organizationIds.map((id) => found.get(id) ?? new Error(`Organisation ${id} not found.`));
  });

  constructor(private readonly clientRecords: ClientRecordService) {}

  @ResolveField(() => ClientRecord)
  async client(@Parent() listing: JobListing, @Context() request: RequestContext): Promise<ClientRecord> {
    const record = await this.records(request).load(listing.organizationId);
    return listing.confidential ? { ...record, name: null } : record;
  }
}
