import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Vetting: résumés, applications and their events, skills tests, interviews, badges. `pipeline_stage` is shared by two tables, so it is created and dropped once. */
export class Vetting1795402123599 implements MigrationInterface {
  name = 'Vetting1795402123599';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "resumes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c8677802096d6baece48429d2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dce6e1ce26d348e602f56fa636" ON "resumes"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "freelancer_badges" ("user_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "score_percent" smallint NOT NULL, "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bf0deae91ca364af7a8280b5aec" PRIMARY KEY ("user_id", "skill_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."pipeline_stage" AS ENUM('screening', 'skills_test', 'interview', 'references', 'identity', 'decision')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."application_status" AS ENUM('in_review', 'returned', 'approved', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "vetting_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "freelancer_id" uuid NOT NULL, "stage" "public"."pipeline_stage" NOT NULL, "status" "public"."application_status" NOT NULL DEFAULT 'in_review', "resume_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "claimed_by_id" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE, "return_request" text, "rejection_reason" text, "reapply_after" date, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "vetting_score" smallint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2833a282ebfb1d84db1ec1abc5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8549c3ae27c2fe3010aebbdd4c" ON "vetting_applications"  ("freelancer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c84fe6db3c48ac122303f8159c" ON "vetting_applications"  ("status", "stage", "stage_entered_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "vetting_applications_one_open_per_freelancer" ON "vetting_applications"  ("freelancer_id") WHERE status IN ('in_review', 'returned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "interview_slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" smallint NOT NULL, "meeting_url" character varying(500) NOT NULL, "proposed_by_id" uuid NOT NULL, "booked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae5d7926afb757f3dd0452e9eeb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_23eed8f08aad02bd1998016dde" ON "interview_slots"  ("application_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "interview_slots_one_booked_per_application" ON "interview_slots"  ("application_id") WHERE booked_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "skill_tests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "skill_id" uuid NOT NULL, "title" character varying(160) NOT NULL, "instructions" text NOT NULL DEFAULT '', "time_limit_minutes" smallint NOT NULL, "pass_percent" smallint NOT NULL, "active" boolean NOT NULL DEFAULT true, "replaces_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_889b24879870717af586e381c13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_223e9dc92301d0a10e320da677" ON "skill_tests"  ("skill_id", "active") `);
    await queryRunner.query(`CREATE TYPE "public"."question_kind" AS ENUM('multiple_choice', 'practical')`);
    await queryRunner.query(
      `CREATE TABLE "skill_test_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "test_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" "public"."question_kind" NOT NULL, "prompt" text NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "correct_option" smallint, "points" smallint NOT NULL DEFAULT '1', "rubric" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_ebea59d27219a71d052a2bf8382" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ec611964bf2e0360e50ed36134" ON "skill_test_questions"  ("test_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "skill_test_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "test_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "deadline_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "graded_at" TIMESTAMP WITH TIME ZONE, "graded_by_id" uuid, "score_percent" smallint, "passed" boolean, CONSTRAINT "PK_0b791f9cf03a9fcc0dd44006707" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eb605bb24eea93eda2ea96f015" ON "skill_test_attempts"  ("application_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2fe662dca5f2ac7f4560c197e8" ON "skill_test_attempts"  ("freelancer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "skill_test_answers" ("attempt_id" uuid NOT NULL, "question_id" uuid NOT NULL, "choice" smallint, "text" text, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "points_awarded" smallint, "rubric_scores" jsonb, CONSTRAINT "PK_c336aedb8f9daf0635030e0421b" PRIMARY KEY ("attempt_id", "question_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."vetting_event_kind" AS ENUM('submitted', 'claimed', 'advanced', 'returned', 'resubmitted', 'rejected', 'approved', 'reopened', 'test_assigned', 'test_started', 'test_submitted', 'test_graded', 'interview_proposed', 'interview_booked')`,
    );
    await queryRunner.query(
      `CREATE TABLE "vetting_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "kind" "public"."vetting_event_kind" NOT NULL, "stage" "public"."pipeline_stage" NOT NULL, "actor_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "scorecard" jsonb, "notes" text, "message" text, CONSTRAINT "PK_265c947b748af7f2bd0ab7fda0d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e5e8ea7bfa89a3adbc1789743d" ON "vetting_events"  ("kind", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4279b03725da16d6417d2f63c2" ON "vetting_events"  ("application_id", "occurred_at") `,
    );
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" ADD "resume_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."vetting_stage" ADD VALUE 'decision'`);
    await queryRunner.query(
      `ALTER TABLE "resumes" ADD CONSTRAINT "FK_dce6e1ce26d348e602f56fa6363" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_profiles" ADD CONSTRAINT "FK_283da1d40b3976384afefac6771" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_badges" ADD CONSTRAINT "FK_80946020dc982fab7ca0046190c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_badges" ADD CONSTRAINT "FK_cf5a039e5146cf8a6f56015b183" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_applications" ADD CONSTRAINT "FK_8549c3ae27c2fe3010aebbdd4c7" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_applications" ADD CONSTRAINT "FK_4755f896ebd2068b4f537eec34e" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_applications" ADD CONSTRAINT "FK_dcb418b94c85c3264fa32d149cb" FOREIGN KEY ("claimed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_slots" ADD CONSTRAINT "FK_23eed8f08aad02bd1998016ddea" FOREIGN KEY ("application_id") REFERENCES "vetting_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_tests" ADD CONSTRAINT "FK_8e00147a8f033d671627f73b4c5" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_test_questions" ADD CONSTRAINT "FK_b6d671b8305d4339ed8753e64b0" FOREIGN KEY ("test_id") REFERENCES "skill_tests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_test_attempts" ADD CONSTRAINT "FK_eb605bb24eea93eda2ea96f015a" FOREIGN KEY ("application_id") REFERENCES "vetting_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_test_attempts" ADD CONSTRAINT "FK_c9ba7da568c0fce6e42ef7f3fa5" FOREIGN KEY ("test_id") REFERENCES "skill_tests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_test_answers" ADD CONSTRAINT "FK_e5902002ad8aeb4662750638e3a" FOREIGN KEY ("attempt_id") REFERENCES "skill_test_attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_test_answers" ADD CONSTRAINT "FK_22d5ecc1eac850a2f186d2d4dfd" FOREIGN KEY ("question_id") REFERENCES "skill_test_questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_events" ADD CONSTRAINT "FK_d12353f023d937c86bd4b8031e1" FOREIGN KEY ("application_id") REFERENCES "vetting_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_events" ADD CONSTRAINT "FK_2ac93925145fe0b5178ab40af01" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vetting_events" DROP CONSTRAINT "FK_2ac93925145fe0b5178ab40af01"`);
    await queryRunner.query(`ALTER TABLE "vetting_events" DROP CONSTRAINT "FK_d12353f023d937c86bd4b8031e1"`);
    await queryRunner.query(`ALTER TABLE "skill_test_answers" DROP CONSTRAINT "FK_22d5ecc1eac850a2f186d2d4dfd"`);
    await queryRunner.query(`ALTER TABLE "skill_test_answers" DROP CONSTRAINT "FK_e5902002ad8aeb4662750638e3a"`);
    await queryRunner.query(`ALTER TABLE "skill_test_attempts" DROP CONSTRAINT "FK_c9ba7da568c0fce6e42ef7f3fa5"`);
    await queryRunner.query(`ALTER TABLE "skill_test_attempts" DROP CONSTRAINT "FK_eb605bb24eea93eda2ea96f015a"`);
    await queryRunner.query(`ALTER TABLE "skill_test_questions" DROP CONSTRAINT "FK_b6d671b8305d4339ed8753e64b0"`);
    await queryRunner.query(`ALTER TABLE "skill_tests" DROP CONSTRAINT "FK_8e00147a8f033d671627f73b4c5"`);
    await queryRunner.query(`ALTER TABLE "interview_slots" DROP CONSTRAINT "FK_23eed8f08aad02bd1998016ddea"`);
    await queryRunner.query(`ALTER TABLE "vetting_applications" DROP CONSTRAINT "FK_dcb418b94c85c3264fa32d149cb"`);
    await queryRunner.query(`ALTER TABLE "vetting_applications" DROP CONSTRAINT "FK_4755f896ebd2068b4f537eec34e"`);
    await queryRunner.query(`ALTER TABLE "vetting_applications" DROP CONSTRAINT "FK_8549c3ae27c2fe3010aebbdd4c7"`);
    await queryRunner.query(`ALTER TABLE "freelancer_badges" DROP CONSTRAINT "FK_cf5a039e5146cf8a6f56015b183"`);
    await queryRunner.query(`ALTER TABLE "freelancer_badges" DROP CONSTRAINT "FK_80946020dc982fab7ca0046190c"`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" DROP CONSTRAINT "FK_283da1d40b3976384afefac6771"`);
    await queryRunner.query(`ALTER TABLE "resumes" DROP CONSTRAINT "FK_dce6e1ce26d348e602f56fa6363"`);
    await queryRunner.query(
      `CREATE TYPE "public"."vetting_stage_old" AS ENUM('draft', 'screening', 'skills_test', 'interview', 'references', 'identity', 'approved', 'rejected')`,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_profiles" ALTER COLUMN "vetting_stage" TYPE "public"."vetting_stage_old" USING "vetting_stage"::"text"::"public"."vetting_stage_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."vetting_stage"`);
    await queryRunner.query(`ALTER TYPE "public"."vetting_stage_old" RENAME TO "vetting_stage"`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" DROP COLUMN "resume_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4279b03725da16d6417d2f63c2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5e8ea7bfa89a3adbc1789743d"`);
    await queryRunner.query(`DROP TABLE "vetting_events"`);
    await queryRunner.query(`DROP TYPE "public"."vetting_event_kind"`);
    await queryRunner.query(`DROP TABLE "skill_test_answers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2fe662dca5f2ac7f4560c197e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb605bb24eea93eda2ea96f015"`);
    await queryRunner.query(`DROP TABLE "skill_test_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec611964bf2e0360e50ed36134"`);
    await queryRunner.query(`DROP TABLE "skill_test_questions"`);
    await queryRunner.query(`DROP TYPE "public"."question_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_223e9dc92301d0a10e320da677"`);
    await queryRunner.query(`DROP TABLE "skill_tests"`);
    await queryRunner.query(`DROP INDEX "public"."interview_slots_one_booked_per_application"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23eed8f08aad02bd1998016dde"`);
    await queryRunner.query(`DROP TABLE "interview_slots"`);
    await queryRunner.query(`DROP INDEX "public"."vetting_applications_one_open_per_freelancer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c84fe6db3c48ac122303f8159c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8549c3ae27c2fe3010aebbdd4c"`);
    await queryRunner.query(`DROP TABLE "vetting_applications"`);
    await queryRunner.query(`DROP TYPE "public"."application_status"`);
    await queryRunner.query(`DROP TYPE "public"."pipeline_stage"`);
    await queryRunner.query(`DROP TABLE "freelancer_badges"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dce6e1ce26d348e602f56fa636"`);
    await queryRunner.query(`DROP TABLE "resumes"`);
  }
}
