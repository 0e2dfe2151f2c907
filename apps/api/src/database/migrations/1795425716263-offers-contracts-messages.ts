import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OffersContractsMessages1795425716263 implements MigrationInterface {
  name = 'OffersContractsMessages1795425716263';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."offer_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."contract_kind" AS ENUM('hourly', 'fixed', 'retainer')`);
    await queryRunner.query(
      `CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "job_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "created_by" uuid NOT NULL, "status" "public"."offer_status" NOT NULL DEFAULT 'pending', "milestones" jsonb NOT NULL DEFAULT '[]', "message" text NOT NULL DEFAULT '', "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."contract_kind" NOT NULL, "currency" character(3) NOT NULL, "hourly_rate_minor" integer, "weekly_limit_hours" smallint, "monthly_amount_minor" integer, "monthly_hours" smallint, "trial_weeks" smallint NOT NULL DEFAULT '0', "start_date" date NOT NULL, CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6e1766d3c24b93699c2dddf0b0" ON "offers"  ("freelancer_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_93320fcd8d9dee007881e188a5" ON "offers"  ("job_id", "created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0487857c55c70b252d1c7d2b28" ON "offers"  ("proposal_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."contract_status" AS ENUM('active', 'ended')`);
    await queryRunner.query(
      `CREATE TABLE "contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offer_id" uuid NOT NULL, "job_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "status" "public"."contract_status" NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, "kind" "public"."contract_kind" NOT NULL, "currency" character(3) NOT NULL, "hourly_rate_minor" integer, "weekly_limit_hours" smallint, "monthly_amount_minor" integer, "monthly_hours" smallint, "trial_weeks" smallint NOT NULL DEFAULT '0', "start_date" date NOT NULL, CONSTRAINT "UQ_b4dd24714ac47f6c356cbcc32e5" UNIQUE ("offer_id"), CONSTRAINT "REL_b4dd24714ac47f6c356cbcc32e" UNIQUE ("offer_id"), CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d13a1c1ad554a20227e8d4c887" ON "contracts"  ("freelancer_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f0273a0add771f6d1368b5814e" ON "contracts"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "position" smallint NOT NULL, "title" character varying(120) NOT NULL, "amount_minor" integer NOT NULL, "due_date" date, CONSTRAINT "UQ_a0afeaba439997ff62a5e2d36af" UNIQUE ("contract_id", "position"), CONSTRAINT "PK_f8175a553e239108a3866fc71ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "job_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61ddc0beeeac533f04f4cea73ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0c8f2cc633b4a5aa894c13c37a" ON "job_messages"  ("job_id", "freelancer_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_decline_reason" AS ENUM('budget', 'skills', 'availability', 'hired_someone_else', 'other')`,
    );
    await queryRunner.query(`ALTER TABLE "proposals" ADD "decline_reason" "public"."proposal_decline_reason"`);
    await queryRunner.query(`ALTER TYPE "public"."proposal_status" ADD VALUE 'hired'`);
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_64276e5e3de2a13fcd4425ac3fa" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_4c17c75202c4bc562db9db43816" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_efca5c2e908392eab0c3b3c3e50" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_76bb3409f785e94e88600eafac5" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_4c5f860fef74895cbb24d600289" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "FK_b4dd24714ac47f6c356cbcc32e5" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "FK_ca240c6a3243a193975ccc2718b" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "FK_deb40e2f2ce5c32699535a05843" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "FK_a94ffd0b1a052fddaa84d4cb186" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_milestones" ADD CONSTRAINT "FK_867356a86fadf0430feb74a5920" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_messages" ADD CONSTRAINT "FK_4ee9ba7bd041c37f6484d1d7f79" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_messages" ADD CONSTRAINT "FK_aed6959ea9fe5e9a3b788f82057" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_messages" ADD CONSTRAINT "FK_a2cdf430cf44ad8207d2673b396" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_messages" DROP CONSTRAINT "FK_a2cdf430cf44ad8207d2673b396"`);
    await queryRunner.query(`ALTER TABLE "job_messages" DROP CONSTRAINT "FK_aed6959ea9fe5e9a3b788f82057"`);
    await queryRunner.query(`ALTER TABLE "job_messages" DROP CONSTRAINT "FK_4ee9ba7bd041c37f6484d1d7f79"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP CONSTRAINT "FK_867356a86fadf0430feb74a5920"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "FK_a94ffd0b1a052fddaa84d4cb186"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "FK_deb40e2f2ce5c32699535a05843"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "FK_ca240c6a3243a193975ccc2718b"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "FK_b4dd24714ac47f6c356cbcc32e5"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_4c5f860fef74895cbb24d600289"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_76bb3409f785e94e88600eafac5"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_efca5c2e908392eab0c3b3c3e50"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_4c17c75202c4bc562db9db43816"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_64276e5e3de2a13fcd4425ac3fa"`);
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_status_old" AS ENUM('submitted', 'shortlisted', 'declined', 'withdrawn')`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ALTER COLUMN "status" TYPE "public"."proposal_status_old" USING "status"::"text"::"public"."proposal_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`ALTER TYPE "public"."proposal_status_old" RENAME TO "proposal_status"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_decline_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c8f2cc633b4a5aa894c13c37a"`);
    await queryRunner.query(`DROP TABLE "job_messages"`);
    await queryRunner.query(`DROP TABLE "contract_milestones"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0273a0add771f6d1368b5814e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d13a1c1ad554a20227e8d4c887"`);
    await queryRunner.query(`DROP TABLE "contracts"`);
    // Offers and contracts share contract_kind: dropped with the last of them, below.
    await queryRunner.query(`DROP TYPE "public"."contract_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0487857c55c70b252d1c7d2b28"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_93320fcd8d9dee007881e188a5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e1766d3c24b93699c2dddf0b0"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP TYPE "public"."contract_kind"`);
    await queryRunner.query(`DROP TYPE "public"."offer_status"`);
  }
}
