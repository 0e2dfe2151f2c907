import { createDataSource } from './data-source.js';

/** Arbitrary constant: the advisory lock that lets only one API instance migrate at a time. */
const MIGRATION_LOCK = 7_246_001;

/** Applies pending migrations, serialised across instances by a PostgreSQL advisory lock. */
export async function runMigrations(url: string): Promise<string[]> {
  // Two connections: one holds the lock while the migrations run on the other.
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
