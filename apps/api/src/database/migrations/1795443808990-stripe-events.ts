import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StripeEvents1795443808990 implements MigrationInterface {
  name = 'StripeEvents1795443808990';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stripe_events" ("id" character varying(100) NOT NULL, "type" character varying(100) NOT NULL, "object_id" character varying(100) NOT NULL, "payload" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(20), CONSTRAINT "PK_d3247bd5fc3f66b6982bbcdd897" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_stripe_events_unprocessed" ON "stripe_events"  ("received_at") WHERE processed_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_stripe_events_unprocessed"`);
    await queryRunner.query(`DROP TABLE "stripe_events"`);
  }
}
