import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/config.js';
import { CSRF_HEADER } from '../../src/platform/http/csrf.js';
import { createTestDatabase } from './test-database.js';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; fields?: Record<string, string> } & Record<string, unknown>;
  }>;
}

/** A browser-like caller: keeps its cookies between requests and sends the CSRF header. */
export class GraphqlAgent {
  private cookies = new Map<string, string>();

  constructor(
    private readonly app: NestFastifyApplication,
    /** The caller's network address as the server sees it (Fastify's inject defaults to 127.0.0.1). */
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  /** The same browser (its cookies, shared from now on) talking to another instance of the API. */
  on(app: NestFastifyApplication): GraphqlAgent {
    const twin = new GraphqlAgent(app, this.remoteAddress);
    twin.cookies = this.cookies;
    return twin;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: { headers?: Record<string, string> } = {},
  ): Promise<GraphqlResult<T>> {
    const response = await this.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: this.remoteAddress,
        headers: {
          'content-type': 'application/json',
          [CSRF_HEADER]: '1',
          cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...options.headers,
        },
        payload: JSON.stringify({ query, variables }),
      });
    for (const cookie of response.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      const expired =
        (cookie.expires && cookie.expires.getTime() <= Date.now()) || cookie.maxAge === 0 || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return { status: response.statusCode, ...(response.json() as Omit<GraphqlResult<T>, 'status'>) };
  }

  /** Uploads one file as `multipart/form-data` (field `file`), as the apps do. */
  async upload(url: string, fileName: string, bytes: Buffer, contentType = 'application/octet-stream') {
    const boundary = `----delegate-test-${Date.now()}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return this.http('POST', url, {
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  }

  /** A plain HTTP request with this agent's cookies (and the CSRF header unless told otherwise). */
  async http(
    method: 'GET' | 'POST',
    url: string,
    options: { payload?: Buffer; headers?: Record<string, string> } = {},
  ) {
    return this.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        remoteAddress: this.remoteAddress,
        headers: {
          [CSRF_HEADER]: '1',
          cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...options.headers,
        },
        payload: options.payload,
      });
  }

  /** Fails the test unless the operation succeeded; returns its data. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL operation failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The skill catalog as slug → id, as the apps read it. */
  async skillIds(): Promise<Record<string, string>> {
    const { skills } = await this.ok<{ skills: Array<{ id: string; slug: string }> }>('{ skills { id slug } }');
    return Object.fromEntries(skills.map((skill) => [skill.slug, skill.id]));
  }

  async signIn(email: string, password: string, accountKind: 'CLIENT' | 'FREELANCER' | 'OPS'): Promise<void> {
    await this.ok('mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email, password, accountKind },
    });
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  databaseUrl: string;
  dataSource: DataSource;
  agent(remoteAddress?: string): GraphqlAgent;
  close(): Promise<void>;
}

/**
 * The whole API on a fresh database, driven in-process through Fastify's inject (no port). Pass
 * another app's `databaseUrl` to start a second instance on the same database (it leaves it in place).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  shared?: { databaseUrl: string },
): Promise<TestApp> {
  const database = shared ? { url: shared.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const uploadDir = await mkdtemp(join(tmpdir(), 'delegate-uploads-'));
  const config = loadConfig({
    UPLOAD_DIR: uploadDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    PUBLIC_URL: 'http://localhost:3000',
    WORKER_POLL_SECONDS: '0.5',
    ...env,
  });
  const { app } = await createApp(config, database.url);
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    databaseUrl: database.url,
    dataSource: app.get(DataSource),
    agent: (remoteAddress?: string) => new GraphqlAgent(app, remoteAddress),
    async close() {
      await app.close();
      await database.drop();
      await rm(uploadDir, { recursive: true, force: true });
    },
  };
}
