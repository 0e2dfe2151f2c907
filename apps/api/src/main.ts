import { fileURLToPath } from 'node:url';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase } from './database/database-url.js';
import { runMigrations } from './database/migrate.js';
import { seedDemoOnce } from './seed/demo-seed.js';

/** Where the built apps live by default: `apps/<app>/dist` beside this package. */
const defaultWebAppsDir = fileURLToPath(new URL('../../', import.meta.url));

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  await runMigrations(database.url);
  const webAppsDir = config.http.webDistDir ?? defaultWebAppsDir;
  const { app, servedApps } = await createApp(config, database.url, { webAppsDir });
  const demo = config.seedDemo ? await seedDemoOnce(app) : null;
  await app.listen({ port: config.http.port, host: config.http.host });
  const shutdown = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  const base = config.http.publicUrl;
  const lines = [
    '',
    'Delegate is running.',
    `  GraphQL          ${base}/graphql`,
    ...servedApps.map((prefix) => `  ${appLabel(prefix).padEnd(16)} ${base}${prefix}`),
    `  Database         ${config.database.kind === 'embedded' ? `embedded PostgreSQL in ${config.database.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`,
  ];
  if (servedApps.length === 0) lines.push('  (web apps not built: run `npm start` from the repository root)');
  if (demo) {
    lines.push('', `Demo logins (password for all: ${demo.password})`);
    for (const login of demo.logins) lines.push(`  ${login.app.padEnd(16)} ${login.email.padEnd(34)} ${login.see}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function appLabel(prefix: string): string {
  return prefix === '/' ? 'Client app' : prefix === '/freelancer/' ? 'Freelancer app' : 'Ops console';
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
