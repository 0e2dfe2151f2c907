import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetainersTrialsEnding1795449797600 implements MigrationInterface {
  name = 'RetainersTrialsEnding1795449797600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offers" ADD "rollover_cap_hours" smallint`);
    await queryRunner.query(`ALTER TABLE "offers" ADD "notice_days" smallint`);
    await queryRunner.query(`ALTER TABLE "contracts" ADD "ends_on" date`);
    await queryRunner.query(`CREATE TYPE "public"."contract_side" AS ENUM('client', 'freelancer')`);
    await queryRunner.query(`ALTER TABLE "contracts" ADD "ended_by" "public"."contract_side"`);
    await queryRunner.query(`ALTER TABLE "contracts" ADD "end_reason" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "contracts" ADD "trial_continued_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "contracts" ADD "rollover_cap_hours" smallint`);
    await queryRunner.query(`ALTER TABLE "contracts" ADD "notice_days" smallint`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "trial" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "period_start" date`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "period_end" date`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "minutes_included" integer`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "minutes_worked" integer`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "auto_refund_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'period_opened'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'trial_continued'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'notice_given'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'cancelled'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'ended'`);
    await queryRunner.query(`ALTER TYPE "public"."milestone_status" ADD VALUE 'cancelled'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_contract_milestones_auto_refund" ON "contract_milestones"  ("auto_refund_at") WHERE auto_refund_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_contract_milestones_auto_refund"`);
    // One enum serves both columns: cancelled milestones become pending again before it shrinks.
    await queryRunner.query(`UPDATE "contract_milestones" SET "status" = 'pending' WHERE "status" = 'cancelled'`);
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_status_old" AS ENUM('pending', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'disputed')`,
    );
    await queryRunner.query(`ALTER TABLE "contract_milestones" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "disputes" ALTER COLUMN "previous_status" TYPE "public"."milestone_status_old" USING "previous_status"::"text"::"public"."milestone_status_old"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_milestones" ALTER COLUMN "status" TYPE "public"."milestone_status_old" USING "status"::"text"::"public"."milestone_status_old"`,
    );
    await queryRunner.query(`ALTER TABLE "contract_milestones" ALTER COLUMN "status" SET DEFAULT 'pending'`);
    await queryRunner.query(`DROP TYPE "public"."milestone_status"`);
    await queryRunner.query(`ALTER TYPE "public"."milestone_status_old" RENAME TO "milestone_status"`);
    await queryRunner.query(
      `DELETE FROM "contract_events" WHERE "kind" IN ('period_opened', 'trial_continued', 'notice_given', 'cancelled', 'ended')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_event_kind_old" AS ENUM('started', 'payment_failed', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'refund_failed', 'auto_released', 'dispute_opened', 'settlement_proposed', 'dispute_escalated', 'dispute_resolved', 'dispute_withdrawn')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ALTER COLUMN "kind" TYPE "public"."contract_event_kind_old" USING "kind"::"text"::"public"."contract_event_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."contract_event_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind_old" RENAME TO "contract_event_kind"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "auto_refund_at"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "minutes_worked"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "minutes_included"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "period_end"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "period_start"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "trial"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "notice_days"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "rollover_cap_hours"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "trial_continued_at"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "end_reason"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "ended_by"`);
    await queryRunner.query(`DROP TYPE "public"."contract_side"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "ends_on"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "notice_days"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "rollover_cap_hours"`);
  }
}
