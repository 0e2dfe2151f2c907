import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import {
  ReconciliationDifference,
  ReconciliationRun,
  ReconciliationRunArgs,
  ReconciliationRunPage,
} from './dto/reconciliation.dto.js';
import { ReconciliationService } from './reconciliation.service.js';

type OpsActor = Extract<SignedInActor, { kind: 'ops' }>;

/** Ops read the comparisons of the provider with the ledger, and start one when they want. */
@Resolver()
export class ReconciliationResolver {
  constructor(private readonly service: ReconciliationService) {}

  @Allow(Policies.ops)
  @Query(() => ReconciliationRunPage, { description: 'Reconciliation runs, newest first.' })
  reconciliationRuns(@Args() page: PageArgs) {
    return this.service.runs(page);
  }

  @Allow(Policies.ops)
  @Query(() => [ReconciliationDifference], { description: "A run's differences." })
  reconciliationDifferences(@Args() { runId }: ReconciliationRunArgs) {
    return this.service.differences(runId);
  }

  @Allow(Policies.ops)
  @Mutation(() => ReconciliationRun, { description: 'Compares the provider with the ledger now (audited).' })
  async runReconciliation(@CurrentActor() actor: OpsActor) {
    const { id } = await this.service.run(actor.userId);
    return this.service.findRun(id);
  }
}
