import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase } from './database/database-url.js';
import { generateMigration } from './database/generate-migration.js';
import { runMigrations } from './database/migrate.js';
import { AuthService } from './modules/identity/auth.service.js';

const usage = `Usage: npm run cli -w @delegate/api -- <command>
  migrate                                  apply pending migrations
  migration:generate <Name>                write a migration for entity changes (needs PostgreSQL binaries)
  create-ops-user <email> <name> [admin]   create an ops account; the password link goes by SMTP (without it: printed here)`;

async function run(args: string[]) {
  const [command, ...rest] = args;
  switch (command) {
    case 'migrate': {
      const config = loadConfig();
      const database = await openDatabase(config);
      const applied = await runMigrations(database.url);
      process.stdout.write(`Applied ${applied.length} migration(s).\n`);
      await database.stop();
      return;
    }
    case 'migration:generate': {
      const [name] = rest;
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name.');
      const { startThrowawayCluster } = await import('@delegate/test-postgres');
      const cluster = await startThrowawayCluster();
      try {
        const dir = fileURLToPath(new URL('../src/database/migrations', import.meta.url));
        const file = await generateMigration(cluster.url, name, dir);
        process.stdout.write(
          file ? `Wrote src/database/migrations/${file}.ts; add it to migrations/index.ts.\n` : 'No changes.\n',
        );
      } finally {
        await cluster.stop();
      }
      return;
    }
    case 'create-ops-user': {
      const [email, displayName, role] = rest;
      if (!email || !displayName) throw new Error(usage);
      const config = loadConfig();
      const database = await openDatabase(config);
      await runMigrations(database.url);
      const { app } = await createApp({ ...config, logLevel: 'warn' }, database.url);
      const user = await app.get(AuthService).createOpsAccount(null, {
        email: email.toLowerCase(),
        displayName,
        opsRole: role === 'admin' ? 'admin' : 'vetter',
        locale: 'en',
        timeZone: 'UTC',
      });
      process.stdout.write(`Created ops account ${user.email}; the password link was e-mailed to it.\n`);
      await app.close();
      await database.stop();
      return;
    }
    default:
      process.stdout.write(`${usage}\n`);
      process.exitCode = command ? 1 : 0;
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(1);
});
