import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DisputedTime1796367805286 implements MigrationInterface {
  name = 'DisputedTime1796367805286';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "split_from_id" uuid`);
    await queryRunner.query(`ALTER TABLE "time_entries" ADD "disputed_in" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'time_disputed'`);
    await queryRunner.query(
      `ALTER TABLE "contract_milestones" ADD CONSTRAINT "FK_b705829814f8205e9bba223e64b" FOREIGN KEY ("split_from_id") REFERENCES "contract_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_104b24587cd32c9be9b173454ee" FOREIGN KEY ("disputed_in") REFERENCES "contract_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "time_entries" DROP CONSTRAINT "FK_104b24587cd32c9be9b173454ee"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP CONSTRAINT "FK_b705829814f8205e9bba223e64b"`);
    await queryRunner.query(
      `CREATE TYPE "public"."contract_event_kind_old" AS ENUM('started', 'payment_failed', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'refund_failed', 'auto_released', 'dispute_opened', 'settlement_proposed', 'dispute_escalated', 'dispute_resolved', 'dispute_withdrawn', 'period_opened', 'trial_continued', 'notice_given', 'cancelled', 'ended', 'bonus_added')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ALTER COLUMN "kind" TYPE "public"."contract_event_kind_old" USING "kind"::"text"::"public"."contract_event_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."contract_event_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind_old" RENAME TO "contract_event_kind"`);
    await queryRunner.query(`ALTER TABLE "time_entries" DROP COLUMN "disputed_in"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "split_from_id"`);
  }
}
