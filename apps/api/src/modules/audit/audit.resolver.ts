import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policies } from '../../platform/access/policy.js';
import { AuditService } from './audit.service.js';
import { AuditEntryPage } from './dto/audit-entry.output.js';
import { AuditFilterArgs } from './dto/audit-filter.args.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow(Policies.opsAdmin)
  @Query(() => AuditEntryPage, { description: 'The audit log, newest first (ops admins).' })
  async auditLog(@Args() { offset, limit, ...filter }: AuditFilterArgs) {
    const [entries, totalCount] = await this.audit.list(filter, { offset, limit });
    const items = entries.map(({ actor, ...entry }) => ({ ...entry, actorName: actor?.displayName ?? null }));
    return { items, totalCount };
  }
}
