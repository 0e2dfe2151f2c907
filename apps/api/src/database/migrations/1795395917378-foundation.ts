import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795395917378 implements MigrationInterface {
  name = 'Foundation1795395917378';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(80) NOT NULL, "target_type" character varying(60) NOT NULL, "target_id" character varying(80) NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_15a6f5aad57db494c17986ed2e" ON "audit_log"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log"  ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ad7930a7c2af80585c8c1b770" ON "audit_log"  ("created_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f0e9a94f10a209afbf22d4e77a" ON "audit_log"  ("target_type", "target_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."user_kind" AS ENUM('client', 'freelancer', 'ops')`);
    await queryRunner.query(`CREATE TYPE "public"."ops_role" AS ENUM('vetter', 'admin')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "display_name" character varying(120) NOT NULL, "kind" "public"."user_kind" NOT NULL, "ops_role" "public"."ops_role", "locale" character varying(5) NOT NULL DEFAULT 'en', "time_zone" character varying(64) NOT NULL DEFAULT 'UTC', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."vetting_stage" AS ENUM('draft', 'screening', 'skills_test', 'interview', 'references', 'identity', 'approved', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "freelancer_profiles" ("user_id" uuid NOT NULL, "headline" character varying(140) NOT NULL DEFAULT '', "bio" text NOT NULL DEFAULT '', "hourly_rate_minor" integer, "currency" character(3) NOT NULL DEFAULT 'USD', "weekly_capacity_hours" smallint NOT NULL DEFAULT '0', "country" character(2), "work_start_minute" smallint NOT NULL DEFAULT '540', "work_end_minute" smallint NOT NULL DEFAULT '1020', "vetting_stage" "public"."vetting_stage" NOT NULL DEFAULT 'draft', "vetting_score" smallint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37efd06fedc3263e4de28ee0935" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_38346b9f2bd1bbda7be3bcdc5f" ON "freelancer_profiles"  ("vetting_stage") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."cefr_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')`);
    await queryRunner.query(
      `CREATE TABLE "freelancer_languages" ("user_id" uuid NOT NULL, "language" character varying(3) NOT NULL, "level" "public"."cefr_level" NOT NULL, CONSTRAINT "PK_292dd4a288517bed001c5c66c21" PRIMARY KEY ("user_id", "language"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "skills" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(60) NOT NULL, "name" character varying(120) NOT NULL, "category" character varying(60) NOT NULL, CONSTRAINT "UQ_55b7acbf80551e7fa2b5a33ed6c" UNIQUE ("slug"), CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."skill_level" AS ENUM('beginner', 'intermediate', 'advanced', 'expert')`,
    );
    await queryRunner.query(
      `CREATE TABLE "freelancer_skills" ("user_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" "public"."skill_level" NOT NULL, "years" smallint NOT NULL, CONSTRAINT "PK_84b8e745e0ab32bc6cf67cc8b3d" PRIMARY KEY ("user_id", "skill_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_91185d86d5d7557b19abbb2868b" UNIQUE ("token_hash"), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_52ac39dd8a28730c63aeb428c9" ON "password_reset_tokens"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(400), CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."email_transport" AS ENUM('outbox', 'smtp')`);
    await queryRunner.query(
      `CREATE TABLE "outbox_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "body_text" text NOT NULL, "transport" "public"."email_transport" NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8cb122e0b8065573966b2e1acf6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f403bde41e91e2414559a3de33" ON "outbox_emails"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_role" AS ENUM('owner', 'admin', 'hiring_manager', 'finance')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."organization_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_89bde91f78d36ca41e9515d91c6" UNIQUE ("user_id"), CONSTRAINT "PK_c2b39d5d072886a4d9c8105eb9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7062a4fbd9bab22ffd918e5d3d" ON "organization_members"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_invitation_role" AS ENUM('owner', 'admin', 'hiring_manager', 'finance')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" "public"."organization_invitation_role" NOT NULL, "token_hash" bytea NOT NULL, "invited_by_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_da2dfab0d3cb7f1bfdc886c4289" UNIQUE ("token_hash"), CONSTRAINT "PK_f172f12b8a9ee6584b661f57e24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7f88954e8d667a76ae3ced6f44" ON "organization_invitations"  ("organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_profiles" ADD CONSTRAINT "FK_37efd06fedc3263e4de28ee0935" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_languages" ADD CONSTRAINT "FK_65ab258aa58efdeced761abef1f" FOREIGN KEY ("user_id") REFERENCES "freelancer_profiles"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_skills" ADD CONSTRAINT "FK_ec3daf2266fccec379a7d08c3df" FOREIGN KEY ("user_id") REFERENCES "freelancer_profiles"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "freelancer_skills" ADD CONSTRAINT "FK_fcee6d655a35e9ba08608a22c54" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" ADD CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_members" ADD CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_f2adb477aa41340163bac901751" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_f2adb477aa41340163bac901751"`);
    await queryRunner.query(`ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446"`);
    await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6"`);
    await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c"`);
    await queryRunner.query(`ALTER TABLE "freelancer_skills" DROP CONSTRAINT "FK_fcee6d655a35e9ba08608a22c54"`);
    await queryRunner.query(`ALTER TABLE "freelancer_skills" DROP CONSTRAINT "FK_ec3daf2266fccec379a7d08c3df"`);
    await queryRunner.query(`ALTER TABLE "freelancer_languages" DROP CONSTRAINT "FK_65ab258aa58efdeced761abef1f"`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" DROP CONSTRAINT "FK_37efd06fedc3263e4de28ee0935"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f88954e8d667a76ae3ced6f44"`);
    await queryRunner.query(`DROP TABLE "organization_invitations"`);
    await queryRunner.query(`DROP TYPE "public"."organization_invitation_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7062a4fbd9bab22ffd918e5d3d"`);
    await queryRunner.query(`DROP TABLE "organization_members"`);
    await queryRunner.query(`DROP TYPE "public"."organization_role"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f403bde41e91e2414559a3de33"`);
    await queryRunner.query(`DROP TABLE "outbox_emails"`);
    await queryRunner.query(`DROP TYPE "public"."email_transport"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52ac39dd8a28730c63aeb428c9"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP TABLE "freelancer_skills"`);
    await queryRunner.query(`DROP TYPE "public"."skill_level"`);
    await queryRunner.query(`DROP TABLE "skills"`);
    await queryRunner.query(`DROP TABLE "freelancer_languages"`);
    await queryRunner.query(`DROP TYPE "public"."cefr_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38346b9f2bd1bbda7be3bcdc5f"`);
    await queryRunner.query(`DROP TABLE "freelancer_profiles"`);
    await queryRunner.query(`DROP TYPE "public"."vetting_stage"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."ops_role"`);
    await queryRunner.query(`DROP TYPE "public"."user_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0e9a94f10a209afbf22d4e77a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ad7930a7c2af80585c8c1b770"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15a6f5aad57db494c17986ed2e"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
