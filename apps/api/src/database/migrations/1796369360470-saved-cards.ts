import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedCards1796369360470 implements MigrationInterface {
  name = 'SavedCards1796369360470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "billing_profiles" ("organization_id" uuid NOT NULL, "provider" character varying(10) NOT NULL, "provider_customer_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_660239fc458583671cb53b34d32" UNIQUE ("provider_customer_id"), CONSTRAINT "PK_4e53cb091b1cddbc7f850c588d9" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."saved_card_status" AS ENUM('setting_up', 'active', 'replaced', 'removed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_cards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "provider" character varying(10) NOT NULL, "provider_setup_id" character varying(100), "provider_card_id" character varying(100), "status" "public"."saved_card_status" NOT NULL DEFAULT 'setting_up', "brand" character varying(20), "last4" character(4), "exp_month" smallint, "exp_year" smallint, "failed_at" TIMESTAMP WITH TIME ZONE, "failure_message" text NOT NULL DEFAULT '', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_96572b2decf2b9ccd1769c1c1cb" UNIQUE ("provider_setup_id"), CONSTRAINT "PK_00718d0da00daa3aec1e7881cbc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_saved_cards_one_active" ON "saved_cards"  ("organization_id") WHERE status = 'active'`,
    );
    await queryRunner.query(`ALTER TABLE "milestone_payments" ADD "saved_card_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "billing_profiles" ADD CONSTRAINT "FK_4e53cb091b1cddbc7f850c588d9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_cards" ADD CONSTRAINT "FK_083cf731a3f8373c2e940a4c3c6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_cards" ADD CONSTRAINT "FK_56e7b5c9d14553a77a3e8c2f4db" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_payments" ADD CONSTRAINT "FK_25899d628c848d72bbbef27e9c0" FOREIGN KEY ("saved_card_id") REFERENCES "saved_cards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "milestone_payments" DROP CONSTRAINT "FK_25899d628c848d72bbbef27e9c0"`);
    await queryRunner.query(`ALTER TABLE "saved_cards" DROP CONSTRAINT "FK_56e7b5c9d14553a77a3e8c2f4db"`);
    await queryRunner.query(`ALTER TABLE "saved_cards" DROP CONSTRAINT "FK_083cf731a3f8373c2e940a4c3c6"`);
    await queryRunner.query(`ALTER TABLE "billing_profiles" DROP CONSTRAINT "FK_4e53cb091b1cddbc7f850c588d9"`);
    await queryRunner.query(`ALTER TABLE "milestone_payments" DROP COLUMN "saved_card_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_saved_cards_one_active"`);
    await queryRunner.query(`DROP TABLE "saved_cards"`);
    await queryRunner.query(`DROP TYPE "public"."saved_card_status"`);
    await queryRunner.query(`DROP TABLE "billing_profiles"`);
  }
}
