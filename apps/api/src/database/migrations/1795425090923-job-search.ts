import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobSearch1795425090923 implements MigrationInterface {
  name = 'JobSearch1795425090923';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: TypeORM does not model expression indexes. The expression must stay the one
    // JobsRepository searches with (SEARCH_DOCUMENT); only open posts are searched.
    await queryRunner.query(
      `CREATE INDEX "IDX_job_posts_search" ON "job_posts" USING GIN (to_tsvector('english'::regconfig, title || ' ' || summary || ' ' || tasks::text)) WHERE status = 'open'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_job_posts_search"`);
  }
}
