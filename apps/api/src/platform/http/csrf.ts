import type { FastifyInstance } from 'fastify';

/** Header the apps send with every GraphQL request. */
export const CSRF_HEADER = 'x-delegate-csrf';

/**
 * Cross-site request forgery defence for cookie sessions, on top of SameSite=Lax cookies:
 * a GraphQL request must carry a custom header. Browsers only let a page send a custom
 * header to another origin after a CORS preflight, and this API answers no preflight,
 * so a forged form or script on another site cannot call `/graphql` with the user's cookie.
 * File uploads are guarded the same way; file downloads are plain links (GET, no side effects).
 */
export function registerCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!needsCsrfHeader(request.method, request.url.split('?')[0] ?? '', request.headers.accept)) return;
    if (request.headers[CSRF_HEADER] !== '1') {
      await reply.code(403).send({
        errors: [{ message: `Missing ${CSRF_HEADER} header.`, extensions: { code: 'CSRF_REJECTED' } }],
      });
    }
  });
}

function needsCsrfHeader(method: string, path: string, accept: string | undefined): boolean {
  if (path === '/graphql') return !(method === 'GET' && accept?.includes('text/html')); // GraphiQL page
  return path.startsWith('/files/') && method !== 'GET' && method !== 'HEAD';
}
