import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reputations1796349824718 implements MigrationInterface {
  name = 'Reputations1796349824718';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."reputation_subject" AS ENUM('freelancer', 'organization')`);
    await queryRunner.query(
      `CREATE TABLE "reputations" ("subject_type" "public"."reputation_subject" NOT NULL, "subject_id" uuid NOT NULL, "score" smallint NOT NULL, "rating" real NOT NULL, "success_rate" real NOT NULL, "review_count" integer NOT NULL, "contract_count" integer NOT NULL, "neutral" boolean NOT NULL, "contributions" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9d0b305e21e42a85399599dba27" PRIMARY KEY ("subject_type", "subject_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reputations"`);
    await queryRunner.query(`DROP TYPE "public"."reputation_subject"`);
  }
}
