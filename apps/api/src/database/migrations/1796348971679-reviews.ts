import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reviews1796348971679 implements MigrationInterface {
  name = 'Reviews1796348971679';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "author_side" "public"."contract_side" NOT NULL, "author_id" uuid NOT NULL, "overall" smallint NOT NULL, "ratings" jsonb NOT NULL, "comment" text NOT NULL, "would_work_again" boolean NOT NULL, "private_feedback" text NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revealed_at" TIMESTAMP WITH TIME ZONE, "reply" text, "replied_at" TIMESTAMP WITH TIME ZONE, "replied_by" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by" uuid, CONSTRAINT "CHK_reviews_overall_stars" CHECK (overall BETWEEN 1 AND 5), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ca3af10bd88373308204f54dc0" ON "reviews"  ("organization_id", "author_side", "revealed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_47d56eaa775321f5063edd02b0" ON "reviews"  ("freelancer_id", "author_side", "revealed_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_reviews_one_per_side" ON "reviews"  ("cycle_id", "author_side") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."review_trigger" AS ENUM('contract_ended', 'periodic')`);
    await queryRunner.query(
      `CREATE TABLE "review_cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "trigger" "public"."review_trigger" NOT NULL, "sequence" smallint NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revealed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5634972955eaa909a8ff55736a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b443d288e635a78e093af60785" ON "review_cycles"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b024685cc21c2f45f995de6e8f" ON "review_cycles"  ("freelancer_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_review_cycles_waiting" ON "review_cycles"  ("closes_at") WHERE revealed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_review_cycles_once" ON "review_cycles"  ("contract_id", "trigger", "sequence") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."review_report_outcome" AS ENUM('hidden', 'kept')`);
    await queryRunner.query(
      `CREATE TABLE "review_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "outcome" "public"."review_report_outcome", "resolved_by" uuid, CONSTRAINT "PK_173974ee185c21487767bdb54dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_review_reports_open" ON "review_reports"  ("created_at") WHERE resolved_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_review_reports_once" ON "review_reports"  ("review_id", "reporter_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_9022a5595fab9adf58ac8e144c5" FOREIGN KEY ("cycle_id") REFERENCES "review_cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_7efc8ac1a6389e4e9317435ad2b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_cycles" ADD CONSTRAINT "FK_2e253e16aa183390b03acd41c0e" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_cycles" ADD CONSTRAINT "FK_b443d288e635a78e093af607856" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_cycles" ADD CONSTRAINT "FK_b024685cc21c2f45f995de6e8f3" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_reports" ADD CONSTRAINT "FK_207877d200ea358e05ab4d70338" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_reports" ADD CONSTRAINT "FK_a1d13fbf76eac29f56905097655" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_reports" DROP CONSTRAINT "FK_a1d13fbf76eac29f56905097655"`);
    await queryRunner.query(`ALTER TABLE "review_reports" DROP CONSTRAINT "FK_207877d200ea358e05ab4d70338"`);
    await queryRunner.query(`ALTER TABLE "review_cycles" DROP CONSTRAINT "FK_b024685cc21c2f45f995de6e8f3"`);
    await queryRunner.query(`ALTER TABLE "review_cycles" DROP CONSTRAINT "FK_b443d288e635a78e093af607856"`);
    await queryRunner.query(`ALTER TABLE "review_cycles" DROP CONSTRAINT "FK_2e253e16aa183390b03acd41c0e"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_7efc8ac1a6389e4e9317435ad2b"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_9022a5595fab9adf58ac8e144c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_review_reports_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_review_reports_open"`);
    await queryRunner.query(`DROP TABLE "review_reports"`);
    await queryRunner.query(`DROP TYPE "public"."review_report_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_review_cycles_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_review_cycles_waiting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b024685cc21c2f45f995de6e8f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b443d288e635a78e093af60785"`);
    await queryRunner.query(`DROP TABLE "review_cycles"`);
    await queryRunner.query(`DROP TYPE "public"."review_trigger"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reviews_one_per_side"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47d56eaa775321f5063edd02b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca3af10bd88373308204f54dc0"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
  }
}
