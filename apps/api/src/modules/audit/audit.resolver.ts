import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ACCOUNT_NAMES, type AccountNames } from '../../platform/access/account-names.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { AuditService } from './audit.service.js';
import { AuditEntryPage } from './dto/audit-entry.output.js';
import { AuditFilterArgs } from './dto/audit-filter.args.js';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    @Inject(ACCOUNT_NAMES) private readonly accounts: AccountNames,
  ) {}

  @Allow(Policies.opsAdmin)
  @Query(() => AuditEntryPage, { description: 'The audit log, newest first (ops admins).' })
  async auditLog(@Args() { offset, limit, ...filter }: AuditFilterArgs) {
    const [entries, totalCount] = await this.audit.list(filter, { offset, limit });
    const names = await this.accounts.displayNames(entries.flatMap((entry) => entry.actorId ?? []));
    const items = entries.map((entry) => ({
      ...entry,
      actorName: (entry.actorId && names.get(entry.actorId)) ?? null,
    }));
    return { items, totalCount };
  }
}
