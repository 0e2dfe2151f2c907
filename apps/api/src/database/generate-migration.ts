import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from './data-source.js';

/**
 * Writes a migration with the SQL that brings a database at the latest migration up to the
 * entities (what `typeorm migration:generate` does), and appends it to the migrations index.
 */
export async function generateMigration(url: string, name: string, migrationsDir: string): Promise<string | null> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) return null;
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const literal = (sql: string) => `\`${sql.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\``;
    const statement = (query: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${literal(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(statement).join('\n')}
  }
}
`;
    const fileName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    writeFileSync(join(migrationsDir, `${fileName}.ts`), source);
    return fileName;
  } finally {
    await dataSource.destroy();
  }
}
