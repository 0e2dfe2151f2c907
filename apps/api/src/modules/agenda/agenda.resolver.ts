import { Query, Resolver } from '@nestjs/graphql';
import type { ClientActor, FreelancerActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { memberOf } from '../contracts/contracts.resolver.js';
import { ClientAgenda, VaWeek } from './agenda.dto.js';
import { AgendaService } from './agenda.service.js';

/** Homes: a VA's week across their clients, and what waits for a business member. */
@Resolver()
export class AgendaResolver {
  constructor(private readonly agenda: AgendaService) {}

  @Allow(Policies.freelancer)
  @Query(() => VaWeek)
  myWeek(@CurrentActor() actor: FreelancerActor) {
    return this.agenda.vaWeek(actor.userId);
  }

  @Allow(Policies.client)
  @Query(() => ClientAgenda)
  needsAttention(@CurrentActor() actor: ClientActor) {
    return this.agenda.clientAgenda(memberOf(actor));
  }
}
