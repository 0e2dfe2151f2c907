import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { Context, CurrentActor, type RequestContext } from '../../platform/access/request-context.js';
import { AccountService } from './account.service.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordInput, CreateOpsAccountInput, UpdateAccountInput } from './dto/account.input.js';
import { OpsAccount, Viewer } from './dto/viewer.output.js';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly auth: AuthService,
  ) {}

  @Allow(Policies.anyone)
  @Query(() => Viewer, { nullable: true, description: 'The signed-in account, or null when signed out.' })
  me(@CurrentActor() actor: Actor) {
    return actor.kind === 'anonymous' ? null : this.accounts.viewer(actor.userId);
  }

  @Allow(Policies.signedIn)
  @Mutation(() => Viewer)
  updateAccount(@CurrentActor() actor: SignedInActor, @Args('input') input: UpdateAccountInput) {
    return this.accounts.update(actor, input);
  }

  @Allow(Policies.signedIn)
  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  async changePassword(
    @CurrentActor() actor: SignedInActor,
    @Args('input') input: ChangePasswordInput,
    @Context() context: RequestContext,
  ) {
    await this.auth.changePassword(actor, input.currentPassword, input.newPassword, context);
    return true;
  }

  @Allow(Policies.opsAdmin)
  @Mutation(() => OpsAccount, { description: 'Creates an ops account; the new member sets a password from an e-mail.' })
  async createOpsAccount(@CurrentActor() actor: SignedInActor, @Args('input') input: CreateOpsAccountInput) {
    const creator = await this.accounts.viewer(actor.userId);
    const user = await this.auth.createOpsAccount(actor.userId, {
      ...input,
      locale: creator.locale,
      timeZone: creator.timeZone,
    });
    return { id: user.id, email: user.email, displayName: user.displayName, opsRole: input.opsRole };
  }
}
