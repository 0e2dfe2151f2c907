import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Payouts1795436457883 implements MigrationInterface {
  name = 'Payouts1795436457883';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."payout_account_status" AS ENUM('pending', 'restricted', 'enabled')`);
    await queryRunner.query(
      `CREATE TABLE "payout_accounts" ("user_id" uuid NOT NULL, "provider" character varying(10) NOT NULL, "provider_account_id" character varying(100) NOT NULL, "status" "public"."payout_account_status" NOT NULL DEFAULT 'pending', "requirements_due" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_dde3bf0e1d02cfd1fd77d400260" UNIQUE ("provider_account_id"), CONSTRAINT "PK_ecdfbea1a85f334f9fd8c3a5af1" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "payment_operations" ADD "freelancer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "payment_operations" ADD "destination" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "payment_operations" ADD "source_charge" character varying(100)`);
    // Not ADD VALUE: a value added to an enum cannot be used (the index below) in the same transaction.
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_operations_pending"`);
    await queryRunner.query(`ALTER TYPE "public"."payment_operation_status" RENAME TO "payment_operation_status_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."payment_operation_status" AS ENUM('waiting', 'pending', 'succeeded', 'failed')`,
    );
    await queryRunner.query(`ALTER TABLE "payment_operations" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "payment_operations" ALTER COLUMN "status" TYPE "public"."payment_operation_status" USING "status"::"text"::"public"."payment_operation_status"`,
    );
    await queryRunner.query(`ALTER TABLE "payment_operations" ALTER COLUMN "status" SET DEFAULT 'pending'`);
    await queryRunner.query(`DROP TYPE "public"."payment_operation_status_old"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_operations_pending" ON "payment_operations" ("created_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_operations_waiting" ON "payment_operations"  ("freelancer_id") WHERE status = 'waiting'`,
    );
    await queryRunner.query(
      `ALTER TABLE "payout_accounts" ADD CONSTRAINT "FK_ecdfbea1a85f334f9fd8c3a5af1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payout_accounts" DROP CONSTRAINT "FK_ecdfbea1a85f334f9fd8c3a5af1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_operations_waiting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_operations_pending"`);
    await queryRunner.query(
      `CREATE TYPE "public"."payment_operation_status_old" AS ENUM('pending', 'succeeded', 'failed')`,
    );
    await queryRunner.query(`ALTER TABLE "payment_operations" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "payment_operations" ALTER COLUMN "status" TYPE "public"."payment_operation_status_old" USING "status"::"text"::"public"."payment_operation_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."payment_operation_status"`);
    await queryRunner.query(`ALTER TYPE "public"."payment_operation_status_old" RENAME TO "payment_operation_status"`);
    await queryRunner.query(`ALTER TABLE "payment_operations" ALTER COLUMN "status" SET DEFAULT 'pending'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_operations_pending" ON "payment_operations" ("created_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "payment_operations" DROP COLUMN "source_charge"`);
    await queryRunner.query(`ALTER TABLE "payment_operations" DROP COLUMN "destination"`);
    await queryRunner.query(`ALTER TABLE "payment_operations" DROP COLUMN "freelancer_id"`);
    await queryRunner.query(`DROP TABLE "payout_accounts"`);
    await queryRunner.query(`DROP TYPE "public"."payout_account_status"`);
  }
}
