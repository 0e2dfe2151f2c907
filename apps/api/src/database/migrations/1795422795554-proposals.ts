import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Proposals1795422795554 implements MigrationInterface {
  name = 'Proposals1795422795554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_status" AS ENUM('submitted', 'shortlisted', 'declined', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "status" "public"."proposal_status" NOT NULL DEFAULT 'submitted', "cover_letter" text NOT NULL, "amount_minor" integer NOT NULL, "currency" character(3) NOT NULL, "screening_answers" jsonb NOT NULL, "available_from" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_cfd84842250932fd091beffb744" UNIQUE ("job_id", "freelancer_id"), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8617ea87871a01867f0fcccc36" ON "proposals"  ("freelancer_id", "updated_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_0b6dc5b941879ad3f581a8ad3fe" FOREIGN KEY ("job_id") REFERENCES "job_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_d0c6b2aaa2ec08960a40581f5c9" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_d0c6b2aaa2ec08960a40581f5c9"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_0b6dc5b941879ad3f581a8ad3fe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8617ea87871a01867f0fcccc36"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
  }
}
