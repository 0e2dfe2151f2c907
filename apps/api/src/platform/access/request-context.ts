import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';

/** The GraphQL context of one request. */
export interface RequestContext {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  actor: Actor;
}

/** Injects the calling actor into a resolver method. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    GqlExecutionContext.create(context).getContext<RequestContext>().actor,
);

/** Injects the whole request context (cookies need the reply). */
export const Context = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<RequestContext>(),
);
