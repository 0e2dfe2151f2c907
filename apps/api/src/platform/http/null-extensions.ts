import type { FastifyInstance } from 'fastify';

/** Mercurius rejects `"extensions": null`, which the GraphQL-over-HTTP spec allows; drop it. */
export function normaliseNullExtensions(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const body = request.body as { extensions?: unknown } | undefined;
    if (body && typeof body === 'object' && body.extensions === null) delete body.extensions;
  });
}
