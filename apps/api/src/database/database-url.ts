import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** Resolves where the data lives: the configured server, or an embedded PostgreSQL started here. */
export async function openDatabase(config: AppConfig): Promise<{ url: string; stop(): Promise<void> }> {
  if (config.database.kind === 'server') return { url: config.database.url, stop: async () => {} };
  return startEmbeddedPostgres({
    dataDir: config.database.dataDir,
    port: config.database.port,
    notice: (message) => process.stdout.write(`${message}\n`),
  });
}
