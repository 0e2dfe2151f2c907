import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, ANONYMOUS } from './actor.js';

/** The GraphQL context of one request. */
export interface RequestContext {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  actor: Actor;
}

/** A plain HTTP request (file routes), with the actor resolved from the session cookie. */
export type ActorRequest = FastifyRequest & { actor?: Actor };

/** Injects the calling actor into a resolver or controller method. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  if (context.getType<string>() === 'graphql')
    return GqlExecutionContext.create(context).getContext<RequestContext>().actor;
  return context.switchToHttp().getRequest<ActorRequest>().actor ?? ANONYMOUS;
});

/** Injects the whole request context (cookies need the reply). */
export const Context = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<RequestContext>(),
);
