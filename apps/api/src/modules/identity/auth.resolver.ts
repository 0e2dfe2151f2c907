import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { Context, CurrentActor, type RequestContext } from '../../platform/access/request-context.js';
import { AccountService } from './account.service.js';
import { AuthService } from './auth.service.js';
import { RequestPasswordResetInput, ResetPasswordInput, SignInInput, SignUpInput } from './dto/account.input.js';
import { Viewer } from './dto/viewer.output.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
  ) {}

  @Allow(Policies.anyone)
  @Mutation(() => Viewer, { description: 'Creates a freelancer (VA) account; vetting starts from the application.' })
  async signUpFreelancer(@Args('input') input: SignUpInput, @Context() context: RequestContext) {
    const user = await this.auth.signUp(input, 'freelancer', context);
    return this.accounts.viewer(user.id);
  }

  @Allow(Policies.anyone)
  @Mutation(() => Viewer)
  async signIn(@Args('input') input: SignInInput, @Context() context: RequestContext) {
    const user = await this.auth.signIn(input, context);
    return this.accounts.viewer(user.id);
  }

  @Allow(Policies.anyone)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@CurrentActor() actor: Actor, @Context() context: RequestContext) {
    await this.auth.signOut(actor, context.reply);
    return true;
  }

  @Allow(Policies.signedIn)
  @Mutation(() => Boolean, { description: 'Ends every session of this account, on every device.' })
  async signOutEverywhere(@CurrentActor() actor: SignedInActor, @Context() context: RequestContext) {
    await this.auth.signOutEverywhere(actor, context.reply);
    return true;
  }

  @Allow(Policies.anyone)
  @Mutation(() => Boolean, { description: 'E-mails a reset link if the account exists; answers the same either way.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() context: RequestContext) {
    await this.auth.requestPasswordReset(input.email, context);
    return true;
  }

  @Allow(Policies.anyone)
  @Mutation(() => Boolean, { description: 'Sets a new password with a single-use token and signs out every session.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() context: RequestContext) {
    await this.auth.resetPassword(input.token, input.newPassword, context);
    return true;
  }
}
