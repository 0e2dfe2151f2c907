import { Injectable } from '@nestjs/common';
import { ContractsService } from '../contracts/contracts.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ReputationService, type StoredReputation } from '../reviews/reputation.service.js';
import { clientRecordFigures } from './client-record.js';
import type { ClientRecord } from './dto/client-record.output.js';

/** Businesses' records for the VAs reading their posts: four queries for any number of businesses. */
@Injectable()
export class ClientRecordService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly jobs: JobsService,
    private readonly contracts: ContractsService,
    private readonly reputations: ReputationService,
  ) {}

  /** Records by organisation id, named (the caller removes the name from confidential posts). */
  async of(organizationIds: readonly string[]): Promise<Map<string, ClientRecord>> {
    const ids = [...new Set(organizationIds)];
    const [organizations, endedPosts, contractRecords, reputations] = await Promise.all([
      this.organizations.byIds(ids),
      this.jobs.endedPostIds(ids),
      this.contracts.clientRecords(ids),
      this.reputations.of('organization', ids),
    ]);
    const byOrganization = new Map(contractRecords.map((record) => [record.organizationId, record]));
    return new Map(
      organizations.map((organization): [string, ClientRecord] => {
        const ended = endedPosts.filter((post) => post.organizationId === organization.id).map((post) => post.id);
        // `of` has every id asked for: the neutral reputation when none is stored.
        const reputation = reputations.get(organization.id) as StoredReputation;
        return [
          organization.id,
          {
            name: organization.name,
            country: organization.country,
            ...clientRecordFigures(ended, byOrganization.get(organization.id)),
            // Why a reputation is what it is stays with the business and ops.
            reputation: { ...reputation, contributions: null },
          },
        ];
      }),
    );
  }
}
