import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetainerOverage1796380500113 implements MigrationInterface {
  name = 'RetainerOverage1796380500113';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offers" ADD "overage_rate_minor" integer`);
    await queryRunner.query(`ALTER TABLE "contracts" ADD "overage_rate_minor" integer`);
    // Retainers agreed before overage existed get the default rate: 1.5× the month's price per hour, half up.
    for (const table of ['offers', 'contracts']) {
      await queryRunner.query(
        `UPDATE "${table}" SET "overage_rate_minor" = ("monthly_amount_minor" * 150 + "monthly_hours" * 50) / ("monthly_hours" * 100) WHERE "kind" = 'retainer'`,
      );
    }
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "overage_of_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'overage_added'`);
    await queryRunner.query(`ALTER TYPE "public"."billing_document_line_kind" ADD VALUE 'overage'`);
    await queryRunner.query(
      `ALTER TABLE "contract_milestones" ADD CONSTRAINT "FK_f56f1ee68bb16eb6302dc853ef1" FOREIGN KEY ("overage_of_id") REFERENCES "contract_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."billing_document_line_kind_old" AS ENUM('day', 'milestone', 'period', 'bonus', 'adjustment')`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_document_lines" ALTER COLUMN "kind" TYPE "public"."billing_document_line_kind_old" USING "kind"::"text"::"public"."billing_document_line_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."billing_document_line_kind"`);
    await queryRunner.query(
      `ALTER TYPE "public"."billing_document_line_kind_old" RENAME TO "billing_document_line_kind"`,
    );
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP CONSTRAINT "FK_f56f1ee68bb16eb6302dc853ef1"`);
    await queryRunner.query(
      `CREATE TYPE "public"."contract_event_kind_old" AS ENUM('started', 'payment_failed', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'refund_failed', 'auto_released', 'dispute_opened', 'settlement_proposed', 'dispute_escalated', 'dispute_resolved', 'dispute_withdrawn', 'period_opened', 'trial_continued', 'notice_given', 'cancelled', 'ended', 'bonus_added', 'time_disputed', 'limit_changed', 'paused', 'resumed')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ALTER COLUMN "kind" TYPE "public"."contract_event_kind_old" USING "kind"::"text"::"public"."contract_event_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."contract_event_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind_old" RENAME TO "contract_event_kind"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "overage_of_id"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP COLUMN "overage_rate_minor"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "overage_rate_minor"`);
  }
}
