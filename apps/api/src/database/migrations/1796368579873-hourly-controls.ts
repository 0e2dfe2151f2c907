import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HourlyControls1796368579873 implements MigrationInterface {
  name = 'HourlyControls1796368579873';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contracts" ADD "paused_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'limit_changed'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'paused'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'resumed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."contract_event_kind_old" AS ENUM('started', 'payment_failed', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'refund_failed', 'auto_released', 'dispute_opened', 'settlement_proposed', 'dispute_escalated', 'dispute_resolved', 'dispute_withdrawn', 'period_opened', 'trial_continued', 'notice_given', 'cancelled', 'ended', 'bonus_added', 'time_disputed')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ALTER COLUMN "kind" TYPE "public"."contract_event_kind_old" USING "kind"::"text"::"public"."contract_event_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."contract_event_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind_old" RENAME TO "contract_event_kind"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "paused_at"`);
  }
}
