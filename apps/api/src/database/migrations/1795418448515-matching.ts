import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795418448515 implements MigrationInterface {
  name = 'Matching1795418448515';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_matches" ("job_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "rank" smallint, "score" real NOT NULL, "features" jsonb NOT NULL, "ranked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7a97947616f676d5effaf24d029" PRIMARY KEY ("job_id", "freelancer_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2ef58da6abdc2b6bf2f54fd4d" ON "job_matches"  ("freelancer_id", "invited_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_rankings" ("job_id" uuid NOT NULL, "ranked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fx_rates" jsonb NOT NULL, "qualified_count" integer NOT NULL, "first_match_at" TIMESTAMP WITH TIME ZONE, "first_invite_at" TIMESTAMP WITH TIME ZONE, "first_proposal_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bf113572c28224a4be8c9ad3d9a" PRIMARY KEY ("job_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_cards" ("user_id" uuid NOT NULL, "skills" jsonb NOT NULL, "badges" jsonb NOT NULL, "languages" jsonb NOT NULL, "hourly_rate_minor" integer NOT NULL, "currency" character(3) NOT NULL, "free_hours" smallint NOT NULL, "time_zone" character varying(64) NOT NULL, "work_start_utc" smallint NOT NULL, "work_minutes" smallint NOT NULL, "vetting_score" smallint NOT NULL, "response_hours" real, "search" tsvector NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85f866bd114e56e1d28c6166dee" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "fx_rates" ("currency" character(3) NOT NULL, "usd_per_unit" numeric(18,8) NOT NULL, "as_of" date NOT NULL, CONSTRAINT "PK_bdfd4b932ff672e02e4ba2850e8" PRIMARY KEY ("currency"))`,
    );
    await queryRunner.query(`ALTER TABLE "job_posts" ADD "expiry_warned_at" TIMESTAMP WITH TIME ZONE`);
    // Written by hand: TypeORM does not model GIN indexes. They serve `?&` on must-have skills and languages.
    await queryRunner.query(`CREATE INDEX "IDX_match_cards_skills" ON "match_cards" USING GIN ("skills")`);
    await queryRunner.query(`CREATE INDEX "IDX_match_cards_languages" ON "match_cards" USING GIN ("languages")`);
    // Starting rates so rankings can compare currencies from the first day; updated in place later.
    await queryRunner.query(
      `INSERT INTO "fx_rates" ("currency", "usd_per_unit", "as_of") VALUES
       ('USD', 1, '2026-11-20'), ('EUR', 1.16, '2026-11-20'), ('GBP', 1.31, '2026-11-20'),
       ('TRY', 0.0236, '2026-11-20'), ('CAD', 0.71, '2026-11-20'), ('AUD', 0.65, '2026-11-20')`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_matches" ADD CONSTRAINT "FK_7045a1ca79ebf670855006f1567" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_matches" ADD CONSTRAINT "FK_81d1322d7570f5b5e00f284f2a4" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_rankings" ADD CONSTRAINT "FK_bf113572c28224a4be8c9ad3d9a" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_cards" ADD CONSTRAINT "FK_85f866bd114e56e1d28c6166dee" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_cards" DROP CONSTRAINT "FK_85f866bd114e56e1d28c6166dee"`);
    await queryRunner.query(`ALTER TABLE "job_rankings" DROP CONSTRAINT "FK_bf113572c28224a4be8c9ad3d9a"`);
    await queryRunner.query(`ALTER TABLE "job_matches" DROP CONSTRAINT "FK_81d1322d7570f5b5e00f284f2a4"`);
    await queryRunner.query(`ALTER TABLE "job_matches" DROP CONSTRAINT "FK_7045a1ca79ebf670855006f1567"`);
    await queryRunner.query(`ALTER TABLE "job_posts" DROP COLUMN "expiry_warned_at"`);
    await queryRunner.query(`DROP TABLE "fx_rates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_cards_languages"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_cards_skills"`);
    await queryRunner.query(`DROP TABLE "match_cards"`);
    await queryRunner.query(`DROP TABLE "job_rankings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2ef58da6abdc2b6bf2f54fd4d"`);
    await queryRunner.query(`DROP TABLE "job_matches"`);
  }
}
