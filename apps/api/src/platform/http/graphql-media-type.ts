import type { FastifyInstance } from 'fastify';

/** The media type of GraphQL over HTTP (the GraphQL Foundation's specification). */
export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** Whether a request's Accept header takes GraphQL responses (not merely `application/json`), at q > 0. */
export function acceptsGraphqlResponse(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return type === GRAPHQL_RESPONSE && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

/**
 * `/graphql` answers in `application/graphql-response+json` to a client that accepts it (Apollo
 * Client asks for it first), and in `application/json` otherwise: the same body, whose status then
 * follows the media type (see the driver's error formatter).
 */
export function registerGraphqlMediaType(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.split('?')[0] !== '/graphql') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('application/json') && acceptsGraphqlResponse(request.headers.accept)) {
      reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    }
    return payload;
  });
}
