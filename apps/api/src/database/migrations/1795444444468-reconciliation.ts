import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reconciliation1795444444468 implements MigrationInterface {
  name = 'Reconciliation1795444444468';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reconciliation_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" character varying(10) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "checked_count" integer NOT NULL DEFAULT '0', "difference_count" integer NOT NULL DEFAULT '0', "triggered_by" uuid, CONSTRAINT "PK_4edbdb165c9e754997036a4176a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reconciliation_runs_started" ON "reconciliation_runs"  ("started_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."reconciliation_difference_kind" AS ENUM('missing_at_provider', 'amount_differs', 'status_differs', 'not_booked')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."reconciled_object" AS ENUM('payment', 'refund', 'transfer')`);
    await queryRunner.query(
      `CREATE TABLE "reconciliation_differences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "kind" "public"."reconciliation_difference_kind" NOT NULL, "object_type" "public"."reconciled_object" NOT NULL, "provider_object_id" character varying(100) NOT NULL, "milestone_id" uuid, "currency" character(3) NOT NULL, "ledger_minor" integer, "provider_minor" integer, "provider_status" character varying(30), "repaired" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_585514bfac78d3d5e2efc067e1c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reconciliation_differences_run" ON "reconciliation_differences"  ("run_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reconciliation_differences" ADD CONSTRAINT "FK_0ab68ab16a44458195d883783cb" FOREIGN KEY ("run_id") REFERENCES "reconciliation_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reconciliation_differences" DROP CONSTRAINT "FK_0ab68ab16a44458195d883783cb"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_reconciliation_differences_run"`);
    await queryRunner.query(`DROP TABLE "reconciliation_differences"`);
    await queryRunner.query(`DROP TYPE "public"."reconciled_object"`);
    await queryRunner.query(`DROP TYPE "public"."reconciliation_difference_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reconciliation_runs_started"`);
    await queryRunner.query(`DROP TABLE "reconciliation_runs"`);
  }
}
