import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error.js';
import { type Actor, ANONYMOUS } from './actor.js';
import { POLICY_METADATA, type Policy } from './policy.js';
import type { ActorRequest, RequestContext } from './request-context.js';

/** Deny by default: an operation without a declared policy is refused for everyone. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const actor = actorOf(context);
    if (!policy) throw new ForbiddenError('This operation has no access policy.');
    if (policy.allows(actor)) return true;
    throw actor.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
  }
}

function actorOf(context: ExecutionContext): Actor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>().actor;
  }
  return context.switchToHttp().getRequest<ActorRequest>().actor ?? ANONYMOUS;
}
