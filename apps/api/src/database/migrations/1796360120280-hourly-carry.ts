import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HourlyCarry1796360120280 implements MigrationInterface {
  name = 'HourlyCarry1796360120280';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."ledger_kind" ADD VALUE 'carry'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."ledger_kind_old" AS ENUM('payment', 'funding', 'release', 'refund', 'payout')`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_transactions" ALTER COLUMN "kind" TYPE "public"."ledger_kind_old" USING "kind"::"text"::"public"."ledger_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."ledger_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."ledger_kind_old" RENAME TO "ledger_kind"`);
  }
}
