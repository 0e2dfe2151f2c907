import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobPosts1795406578878 implements MigrationInterface {
  name = 'JobPosts1795406578878';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."job_status" AS ENUM('draft', 'open', 'paused', 'closed', 'expired')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."budget_kind" AS ENUM('hourly', 'fixed', 'retainer')`);
    await queryRunner.query(
      `CREATE TABLE "job_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "author_id" uuid NOT NULL, "status" "public"."job_status" NOT NULL DEFAULT 'draft', "title" character varying(120) NOT NULL DEFAULT '', "summary" text NOT NULL DEFAULT '', "tasks" jsonb NOT NULL DEFAULT '[]', "weekly_hours" smallint, "budget_kind" "public"."budget_kind", "budget_min_minor" integer, "budget_max_minor" integer, "currency" character(3) NOT NULL DEFAULT 'USD', "start_date" date, "duration_weeks" smallint, "time_zone" character varying(64) NOT NULL DEFAULT 'UTC', "work_start_minute" smallint NOT NULL DEFAULT '540', "work_end_minute" smallint NOT NULL DEFAULT '1020', "min_overlap_hours" smallint NOT NULL DEFAULT '0', "trial_weeks" smallint NOT NULL DEFAULT '0', "nda_required" boolean NOT NULL DEFAULT false, "screening_questions" jsonb NOT NULL DEFAULT '[]', "published_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1ecf5b9e46cd2940d254204a73a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7ff41371c148bc845bb8de9229" ON "job_posts"  ("status", "expires_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_44f225432934c38c76ea4d6e93" ON "job_posts"  ("organization_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_post_languages" ("job_id" uuid NOT NULL, "language" character varying(3) NOT NULL, "min_level" "public"."cefr_level" NOT NULL, CONSTRAINT "PK_992edef33c75e11060516dbf7ca" PRIMARY KEY ("job_id", "language"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."skill_importance" AS ENUM('must_have', 'nice_to_have', 'bonus')`);
    await queryRunner.query(
      `CREATE TABLE "job_post_skills" ("job_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "importance" "public"."skill_importance" NOT NULL, CONSTRAINT "PK_1a738a82dc129b5ae200157c47c" PRIMARY KEY ("job_id", "skill_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_posts" ADD CONSTRAINT "FK_f698758b46504976d070d4f9566" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_posts" ADD CONSTRAINT "FK_fd34559f83062d085b94abdd157" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_post_languages" ADD CONSTRAINT "FK_546dfbe724507f76cd46d275adb" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_post_skills" ADD CONSTRAINT "FK_616a1c5542eb8119f93ce97531c" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_post_skills" ADD CONSTRAINT "FK_6cd9d06e3e47736065708aca76f" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_post_skills" DROP CONSTRAINT "FK_6cd9d06e3e47736065708aca76f"`);
    await queryRunner.query(`ALTER TABLE "job_post_skills" DROP CONSTRAINT "FK_616a1c5542eb8119f93ce97531c"`);
    await queryRunner.query(`ALTER TABLE "job_post_languages" DROP CONSTRAINT "FK_546dfbe724507f76cd46d275adb"`);
    await queryRunner.query(`ALTER TABLE "job_posts" DROP CONSTRAINT "FK_fd34559f83062d085b94abdd157"`);
    await queryRunner.query(`ALTER TABLE "job_posts" DROP CONSTRAINT "FK_f698758b46504976d070d4f9566"`);
    await queryRunner.query(`DROP TABLE "job_post_skills"`);
    await queryRunner.query(`DROP TYPE "public"."skill_importance"`);
    await queryRunner.query(`DROP TABLE "job_post_languages"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_44f225432934c38c76ea4d6e93"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ff41371c148bc845bb8de9229"`);
    await queryRunner.query(`DROP TABLE "job_posts"`);
    await queryRunner.query(`DROP TYPE "public"."budget_kind"`);
    await queryRunner.query(`DROP TYPE "public"."job_status"`);
  }
}
