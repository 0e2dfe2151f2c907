import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The three built apps, each under its own path, all served by the API's port. */
export const WEB_APPS = [
  { name: 'freelancer', prefix: '/freelancer/' },
  { name: 'ops', prefix: '/ops/' },
  { name: 'client', prefix: '/' },
] as const;

/**
 * Serves `<appsDir>/<app>/dist` for each app that has been built, with a fallback to the
 * app's index.html so client-side routes survive a reload.
 */
export async function registerWebApps(app: FastifyInstance, appsDir: string): Promise<string[]> {
  const served: Array<{ prefix: string; root: string }> = [];
  for (const { name, prefix } of WEB_APPS) {
    const root = join(appsDir, name, 'dist');
    if (!existsSync(join(root, 'index.html'))) continue;
    await app.register(fastifyStatic, {
      root,
      prefix,
      decorateReply: served.length === 0,
      wildcard: false,
      index: ['index.html'],
      maxAge: '1h',
      setHeaders: (response, path) => {
        if (path.endsWith('index.html')) response.setHeader('cache-control', 'no-cache');
      },
    });
    served.push({ prefix, root });
  }
  // Client-side routes: any other GET under an app's prefix gets that app's index.html.
  // Fastify matches exact routes (files, /graphql, /healthz) before these wildcards.
  for (const { prefix, root } of served) {
    app.get(`${prefix}*`, (_request, reply) =>
      reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html', root),
    );
  }
  const displayOrder = ['/', '/freelancer/', '/ops/'];
  return served.map(({ prefix }) => prefix).sort((a, b) => displayOrder.indexOf(a) - displayOrder.indexOf(b));
}
