import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOCUMENT = `setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, summary || ' ' || tasks::text), 'B')`;

export class JobSearchDocument1795428712735 implements MigrationInterface {
  name = 'JobSearchDocument1795428712735';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "job_posts" ADD "search_document" tsvector GENERATED ALWAYS AS (${DOCUMENT}) STORED NOT NULL`,
    );
    // TypeORM records generated columns here; the database's own name keeps the record valid wherever it runs.
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), current_schema(), 'job_posts', 'GENERATED_COLUMN', 'search_document', $1)`,
      [DOCUMENT],
    );
    // Written by hand: TypeORM does not model GIN or partial indexes. Only open posts are searched.
    await queryRunner.query(`DROP INDEX "public"."IDX_job_posts_search"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_job_posts_search" ON "job_posts" USING GIN ("search_document") WHERE status = 'open'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_job_posts_search"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_job_posts_search" ON "job_posts" USING GIN (to_tsvector('english'::regconfig, title || ' ' || summary || ' ' || tasks::text)) WHERE status = 'open'`,
    );
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_document' AND "table" = 'job_posts'`,
    );
    await queryRunner.query(`ALTER TABLE "job_posts" DROP COLUMN "search_document"`);
  }
}
