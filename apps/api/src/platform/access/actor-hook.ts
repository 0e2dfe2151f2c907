import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import type { ActorRequest } from './request-context.js';

/**
 * Who is calling, found from the request (its session cookie). The platform knows no sign-in: the
 * identity module provides this under `ACTOR_RESOLVER`.
 */
export interface ActorResolver {
  resolve(request: FastifyRequest): Promise<Actor>;
}
export const ACTOR_RESOLVER = Symbol('ActorResolver');

/** The API and file routes act for someone; static files and health checks never look a session up. */
function actsForSomeone(url: string): boolean {
  return url.startsWith('/graphql') || url.startsWith('/files/');
}

/**
 * The one request hook that sets the actor, for GraphQL (its context reads it) and file routes (the
 * access guard reads it) alike. `resolver` is read per request: it exists once the app is built.
 */
export function registerActorHook(fastify: FastifyInstance, resolver: () => ActorResolver | undefined): void {
  fastify.addHook('preHandler', async (request: ActorRequest) => {
    const actors = resolver();
    if (actors && actsForSomeone(request.url)) request.actor = await actors.resolve(request);
  });
}
