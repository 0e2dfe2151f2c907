import type { FastifyInstance } from 'fastify';

/** Header the apps send with every GraphQL request. */
export const CSRF_HEADER = 'x-delegate-csrf';

/**
 * Cross-site request forgery defence for cookie sessions, on top of SameSite=Lax cookies:
 * a GraphQL request must carry a custom header. Browsers only let a page send a custom
 * header to another origin after a CORS preflight, and this API answers no preflight,
 * so a forged form or script on another site cannot call `/graphql` with the user's cookie.
 */
export function registerCsrfGuard(app: FastifyInstance, path = '/graphql'): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0] !== path) return;
    if (request.method === 'GET' && request.headers.accept?.includes('text/html')) return; // GraphiQL page
    if (request.headers[CSRF_HEADER] !== '1') {
      await reply.code(403).send({
        errors: [{ message: `Missing ${CSRF_HEADER} header.`, extensions: { code: 'CSRF_REJECTED' } }],
      });
    }
  });
}
