import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoicesAndStatements1796370399832 implements MigrationInterface {
  name = 'InvoicesAndStatements1796370399832';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "payee_profiles" ("freelancer_id" uuid NOT NULL, "legal_name" character varying(200) NOT NULL DEFAULT '', "address" character varying(500) NOT NULL DEFAULT '', "tax_id" character varying(32) NOT NULL DEFAULT '', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f4c6c2eeade18ee2d327232013" PRIMARY KEY ("freelancer_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."billing_document_kind" AS ENUM('invoice', 'statement')`);
    await queryRunner.query(
      `CREATE TABLE "billing_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."billing_document_kind" NOT NULL, "series" character varying(60) NOT NULL, "number" integer NOT NULL, "organization_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "source_event_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "currency" character(3) NOT NULL, "amount_minor" integer NOT NULL, "fee_minor" integer NOT NULL, "payer" jsonb NOT NULL, "payee" jsonb NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_7af61e1d703863dda6e6118cf01" UNIQUE ("kind", "source_event_id"), CONSTRAINT "UQ_e7da63cd2102e80e09987385524" UNIQUE ("series", "number"), CONSTRAINT "PK_cf6eb41b7b2123fadf2ca37291c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_55c0966b2ff2b1c621278364ff" ON "billing_documents"  ("freelancer_id", "kind", "issued_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_af11fe4a6375ce283a3745998a" ON "billing_documents"  ("organization_id", "kind", "issued_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."billing_document_line_kind" AS ENUM('day', 'milestone', 'period', 'bonus', 'adjustment')`,
    );
    await queryRunner.query(
      `CREATE TABLE "billing_document_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" "public"."billing_document_line_kind" NOT NULL, "label" character varying(200) NOT NULL DEFAULT '', "work_date" date, "minutes" integer, "amount_minor" integer NOT NULL, CONSTRAINT "UQ_b6ecd8f42af9778415e58ddc0e1" UNIQUE ("document_id", "position"), CONSTRAINT "PK_7cc97331a01dc4ed3225cc2bdc1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "billing_document_counters" ("series" character varying(60) NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_88d28eb5b052ef99f6deebb9f16" PRIMARY KEY ("series"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_profiles" ADD "legal_name" character varying(200) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(`ALTER TABLE "billing_profiles" ADD "address" character varying(500) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "billing_profiles" ADD "vat_id" character varying(32) NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `ALTER TABLE "payee_profiles" ADD CONSTRAINT "FK_0f4c6c2eeade18ee2d327232013" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_documents" ADD CONSTRAINT "FK_e472585e6aadf193dad3dbbc26a" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_documents" ADD CONSTRAINT "FK_84197b190d2411819ecc84fecaa" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_documents" ADD CONSTRAINT "FK_c69969d45c4acdae749f554829f" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_documents" ADD CONSTRAINT "FK_7b8fd3be4d98883002b1faa4ef2" FOREIGN KEY ("milestone_id") REFERENCES "contract_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_documents" ADD CONSTRAINT "FK_b125a0654d432f144b46fbcf435" FOREIGN KEY ("source_event_id") REFERENCES "contract_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "billing_document_lines" ADD CONSTRAINT "FK_30e9d4121bf6999edec85fa7631" FOREIGN KEY ("document_id") REFERENCES "billing_documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "billing_document_lines" DROP CONSTRAINT "FK_30e9d4121bf6999edec85fa7631"`);
    await queryRunner.query(`ALTER TABLE "billing_documents" DROP CONSTRAINT "FK_b125a0654d432f144b46fbcf435"`);
    await queryRunner.query(`ALTER TABLE "billing_documents" DROP CONSTRAINT "FK_7b8fd3be4d98883002b1faa4ef2"`);
    await queryRunner.query(`ALTER TABLE "billing_documents" DROP CONSTRAINT "FK_c69969d45c4acdae749f554829f"`);
    await queryRunner.query(`ALTER TABLE "billing_documents" DROP CONSTRAINT "FK_84197b190d2411819ecc84fecaa"`);
    await queryRunner.query(`ALTER TABLE "billing_documents" DROP CONSTRAINT "FK_e472585e6aadf193dad3dbbc26a"`);
    await queryRunner.query(`ALTER TABLE "payee_profiles" DROP CONSTRAINT "FK_0f4c6c2eeade18ee2d327232013"`);
    await queryRunner.query(`ALTER TABLE "billing_profiles" DROP COLUMN "vat_id"`);
    await queryRunner.query(`ALTER TABLE "billing_profiles" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "billing_profiles" DROP COLUMN "legal_name"`);
    await queryRunner.query(`DROP TABLE "billing_document_counters"`);
    await queryRunner.query(`DROP TABLE "billing_document_lines"`);
    await queryRunner.query(`DROP TYPE "public"."billing_document_line_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af11fe4a6375ce283a3745998a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55c0966b2ff2b1c621278364ff"`);
    await queryRunner.query(`DROP TABLE "billing_documents"`);
    await queryRunner.query(`DROP TYPE "public"."billing_document_kind"`);
    await queryRunner.query(`DROP TABLE "payee_profiles"`);
  }
}
