import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Disputes1795437816947 implements MigrationInterface {
  name = 'Disputes1795437816947';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."dispute_status" AS ENUM('negotiation', 'mediation', 'resolved', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "disputes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "milestone_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "opened_by" uuid NOT NULL, "opened_by_side" character varying(10) NOT NULL, "reason" text NOT NULL, "status" "public"."dispute_status" NOT NULL DEFAULT 'negotiation', "previous_status" "public"."milestone_status" NOT NULL, "proposal_side" character varying(10), "proposal_freelancer_bps" smallint, "respond_by" TIMESTAMP WITH TIME ZONE, "mediation_ends_at" TIMESTAMP WITH TIME ZONE, "freelancer_share_bps" smallint, "released_minor" integer, "refunded_minor" integer, "decided_by" uuid, "decision_note" text NOT NULL DEFAULT '', "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c97580d01c1a4b0b345c42a107" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5e7b6d3f7d5ddb9d9e3db24091" ON "disputes"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_disputes_one_open" ON "disputes"  ("milestone_id") WHERE status IN ('negotiation', 'mediation')`,
    );
    // New enum values are only added here, not used, so they may be added inside the migration's transaction.
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'dispute_opened'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'settlement_proposed'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'dispute_escalated'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'dispute_resolved'`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind" ADD VALUE 'dispute_withdrawn'`);
    await queryRunner.query(`ALTER TYPE "public"."milestone_status" ADD VALUE 'disputed'`);
    await queryRunner.query(
      `ALTER TABLE "disputes" ADD CONSTRAINT "FK_c465f28b78bd5280fdea6fc9b95" FOREIGN KEY ("milestone_id") REFERENCES "contract_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "disputes" DROP CONSTRAINT "FK_c465f28b78bd5280fdea6fc9b95"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_disputes_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e7b6d3f7d5ddb9d9e3db24091"`);
    await queryRunner.query(`DROP TABLE "disputes"`);
    await queryRunner.query(`DROP TYPE "public"."dispute_status"`);
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_status_old" AS ENUM('pending', 'funded', 'submitted', 'changes_requested', 'released', 'refunded')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_milestones" ALTER COLUMN "status" TYPE "public"."milestone_status_old" USING "status"::"text"::"public"."milestone_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."milestone_status"`);
    await queryRunner.query(`ALTER TYPE "public"."milestone_status_old" RENAME TO "milestone_status"`);
    await queryRunner.query(
      `CREATE TYPE "public"."contract_event_kind_old" AS ENUM('started', 'payment_failed', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'refund_failed', 'auto_released')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ALTER COLUMN "kind" TYPE "public"."contract_event_kind_old" USING "kind"::"text"::"public"."contract_event_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."contract_event_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."contract_event_kind_old" RENAME TO "contract_event_kind"`);
  }
}
