import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What members commit under approval policies, summed over a rolling window per contract. */
export class ApprovalCommitments1796326882488 implements MigrationInterface {
  name = 'ApprovalCommitments1796326882488';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "approval_commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" "public"."approval_kind" NOT NULL, "scope_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "amount_minor" integer NOT NULL, "currency" character(3) NOT NULL, "request_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf4bbc5de1122c6289143574c1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_54c36b6b840f8b57cc345eef1f" ON "approval_commitments"  ("user_id", "scope_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_6166d3d1e0ea806fc1062304f9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54c36b6b840f8b57cc345eef1f"`);
    await queryRunner.query(`DROP TABLE "approval_commitments"`);
  }
}
