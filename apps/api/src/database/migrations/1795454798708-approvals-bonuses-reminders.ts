import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalsBonusesReminders1795454798708 implements MigrationInterface {
  name = 'ApprovalsBonusesReminders1795454798708';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_0487857c55c70b252d1c7d2b28"`);
    await queryRunner.query(
      `CREATE TYPE "public"."approval_kind" AS ENUM('offer', 'bonus', 'settlement', 'dispute_decision')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."approval_status" AS ENUM('pending', 'approved', 'rejected', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "approval_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "kind" "public"."approval_kind" NOT NULL, "subject_id" uuid NOT NULL, "contract_id" uuid, "job_id" uuid, "amount_minor" integer NOT NULL, "currency" character(3) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "requested_by" uuid NOT NULL, "status" "public"."approval_status" NOT NULL DEFAULT 'pending', "decided_by" uuid, "decision_note" text NOT NULL DEFAULT '', "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_484806bb8ff331b851fc75973c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_03ecacd26e051cd5ac263781b8" ON "approval_requests"  ("organization_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_approval_requests_one_pending" ON "approval_requests"  ("kind", "subject_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_approval_kind" AS ENUM('offer', 'bonus', 'settlement')`,
    );
    await queryRunner.query(
      `CREATE TABLE "approval_policies" ("organization_id" uuid NOT NULL, "threshold_minor" integer NOT NULL, "currency" character(3) NOT NULL, "kinds" "public"."organization_approval_kind" array NOT NULL DEFAULT '{}', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1024e70753e344ceddb2ed71b79" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "bonus" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "release_reminder_for" TIMESTAMP WITH TIME ZONE`);
    // Not ADD VALUE: a value added to an enum cannot be used (the index below) in the same transaction.
    await queryRunner.query(`ALTER TYPE "public"."offer_status" RENAME TO "offer_status_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."offer_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn', 'awaiting_approval', 'not_approved')`,
    );
    await queryRunner.query(`ALTER TABLE "offers" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "offers" ALTER COLUMN "status" TYPE "public"."offer_status" USING "status"::"text"::"public"."offer_status"`,
    );
    await queryRunner.query(`ALTER TABLE "offers" ALTER COLUMN "status" SET DEFAULT 'pending'`);
    await queryRunner.query(`DROP TYPE "public"."offer_status_old"`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'bonus_added'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_offers_one_open" ON "offers"  ("proposal_id") WHERE status IN ('pending', 'awaiting_approval')`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_requests" ADD CONSTRAINT "FK_0bcfff2aed6c93f6fa089720b36" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_requests" ADD CONSTRAINT "FK_99ba7c9942ae0d33937d47bca4e" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_policies" ADD CONSTRAINT "FK_1024e70753e344ceddb2ed71b79" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approval_policies" DROP CONSTRAINT "FK_1024e70753e344ceddb2ed71b79"`);
    await queryRunner.query(`ALTER TABLE "approval_requests" DROP CONSTRAINT "FK_99ba7c9942ae0d33937d47bca4e"`);
    await queryRunner.query(`ALTER TABLE "approval_requests" DROP CONSTRAINT "FK_0bcfff2aed6c93f6fa089720b36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_offers_one_open"`);
    await queryRunner.query(
      `CREATE TYPE "public"."contract_event_kind_old" AS ENUM('started', 'payment_failed', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'refund_failed', 'auto_released', 'dispute_opened', 'settlement_proposed', 'dispute_escalated', 'dispute_resolved', 'dispute_withdrawn', 'period_opened', 'trial_continued', 'notice_given', 'cancelled', 'ended')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ALTER COLUMN "kind" TYPE "public"."contract_event_kind_old" USING "kind"::"text"::"public"."contract_event_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."contract_event_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind_old" RENAME TO "contract_event_kind"`);
    await queryRunner.query(
      `CREATE TYPE "public"."offer_status_old" AS ENUM('pending', 'accepted', 'declined', 'withdrawn')`,
    );
    await queryRunner.query(
      `UPDATE "offers" SET "status" = 'withdrawn' WHERE "status" IN ('awaiting_approval', 'not_approved')`,
    );
    await queryRunner.query(`ALTER TABLE "offers" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "offers" ALTER COLUMN "status" TYPE "public"."offer_status_old" USING "status"::"text"::"public"."offer_status_old"`,
    );
    await queryRunner.query(`ALTER TABLE "offers" ALTER COLUMN "status" SET DEFAULT 'pending'`);
    await queryRunner.query(`DROP TYPE "public"."offer_status"`);
    await queryRunner.query(`ALTER TYPE "public"."offer_status_old" RENAME TO "offer_status"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "release_reminder_for"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "bonus"`);
    await queryRunner.query(`DROP TABLE "approval_policies"`);
    await queryRunner.query(`DROP TYPE "public"."organization_approval_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_approval_requests_one_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03ecacd26e051cd5ac263781b8"`);
    await queryRunner.query(`DROP TABLE "approval_requests"`);
    await queryRunner.query(`DROP TYPE "public"."approval_status"`);
    await queryRunner.query(`DROP TYPE "public"."approval_kind"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0487857c55c70b252d1c7d2b28" ON "offers" USING btree ("proposal_id") WHERE (status = 'pending'::offer_status)`,
    );
  }
}
