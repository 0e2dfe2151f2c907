import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox becomes a delivery log without secrets: rows written before kept reset and invitation
 * links in full, so their links are redacted here (the e-mails went out already; the tokens behind
 * them stay valid only until they expire). Sessions remember their browser; sign-in counters move to
 * the shared rate-limit table.
 */
export class SecretFreeDeliveryLog1795462000000 implements MigrationInterface {
  name = 'SecretFreeDeliveryLog1795462000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."email_transport" RENAME VALUE 'outbox' TO 'dev_mailbox'`);
    await queryRunner.query(
      `ALTER TABLE "outbox_emails" ADD "template" character varying(60) NOT NULL DEFAULT 'unknown'`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_emails" ALTER COLUMN "template" DROP DEFAULT`);
    await queryRunner.query(
      `UPDATE "outbox_emails" SET "body_text" = regexp_replace("body_text", 'https?://[^[:space:]]*[?&](token|invitation)=[A-Za-z0-9_-]+', '[link sent to the recipient only]', 'g')`,
    );
    await queryRunner.query(`ALTER TABLE "sessions" ADD "device_hash" bytea`);
    await queryRunner.query(`CREATE INDEX "IDX_6166d3d1e0ea806fc1062304f9" ON "sessions" ("user_id", "device_hash") `);
    await queryRunner.query(`ALTER TABLE "login_throttle" RENAME TO "rate_limits"`);
    await queryRunner.query(`DELETE FROM "rate_limits"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" RENAME TO "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6166d3d1e0ea806fc1062304f9"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "device_hash"`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" DROP COLUMN "template"`);
    await queryRunner.query(`ALTER TYPE "public"."email_transport" RENAME VALUE 'dev_mailbox' TO 'outbox'`);
  }
}
