import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfileHistoryAndReferences1795400748547 implements MigrationInterface {
  name = 'ProfileHistoryAndReferences1795400748547';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "freelancer_references" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "position" smallint NOT NULL, "name" character varying(120) NOT NULL, "relationship" character varying(120) NOT NULL, "company" character varying(160) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b354124cce164004b25bbe3d252" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fc571b86b5ffe15d0a54a9c291" ON "freelancer_references"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" ADD "work_history" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" ADD "portfolio_links" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "freelancer_references" ADD CONSTRAINT "FK_fc571b86b5ffe15d0a54a9c2910" FOREIGN KEY ("user_id") REFERENCES "freelancer_profiles"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "freelancer_references" DROP CONSTRAINT "FK_fc571b86b5ffe15d0a54a9c2910"`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" DROP COLUMN "portfolio_links"`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" DROP COLUMN "work_history"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc571b86b5ffe15d0a54a9c291"`);
    await queryRunner.query(`DROP TABLE "freelancer_references"`);
  }
}
