import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { ACTOR_RESOLVER, type ActorResolver, registerActorHook } from './platform/access/actor-hook.js';
import { registerCsrfGuard } from './platform/http/csrf.js';
import { registerGraphqlMediaType } from './platform/http/graphql-media-type.js';
import { normaliseNullExtensions } from './platform/http/null-extensions.js';
import { PinoNestLogger } from './platform/logging/pino-nest-logger.js';

export interface CreateAppOptions {
  /** Folder holding `<app>/dist` of the three web apps; omitted in API tests. */
  webAppsDir?: string;
}

/** Builds the whole API (Fastify + Nest + GraphQL) without listening, for main and for tests. */
export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}) {
  const adapter = new FastifyAdapter({
    logger: { level: config.logLevel },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: trustProxyOf(config.http.trustProxy),
    bodyLimit: 1_048_576,
  });
  const fastify = adapter.getInstance();
  await fastify.register(fastifyCookie);
  await fastify.register(fastifyMultipart, {
    // Each upload route sets its own size cap; this is the largest of them.
    limits: {
      fileSize: Math.max(config.uploads.resumeMaxBytes, config.uploads.handInMaxBytes),
      files: 1,
      fields: 0,
      parts: 1,
    },
  });
  registerCsrfGuard(fastify);
  let actors: ActorResolver | undefined;
  registerActorHook(fastify, () => actors);
  normaliseNullExtensions(fastify);
  registerGraphqlMediaType(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(fastify.log),
    abortOnError: false,
    // Kept for JSON bodies so Stripe's webhook signature can be checked over the exact bytes sent.
    rawBody: true,
  });
  actors = app.get<ActorResolver>(ACTOR_RESOLVER);
  app.enableShutdownHooks();
  let servedApps: string[] = [];
  if (options.webAppsDir) {
    // Loaded only when serving the apps: API tests never need the static file server.
    const { registerWebApps } = await import('./platform/http/web-apps.js');
    servedApps = await registerWebApps(fastify, options.webAppsDir);
  }
  await app.init();
  return { app, servedApps };
}

/** A hop count means: believe that many proxies in front of us (Fastify's own reading of a number). */
function trustProxyOf(setting: AppConfig['http']['trustProxy']) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}
