import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TimeEntryEvidence1796382728043 implements MigrationInterface {
  name = 'TimeEntryEvidence1796382728043';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hand_in_files" ADD "attached_at" TIMESTAMP WITH TIME ZONE`);
    // Files that went with a hand-in are attached; the rest wait for theirs (or the sweep).
    await queryRunner.query(`UPDATE "hand_in_files" SET "attached_at" = "created_at" WHERE "event_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "time_entries" ADD "task" character varying(120) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "time_entries" ADD "file_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_b10d6a4140874af3d01fb1660db" FOREIGN KEY ("file_id") REFERENCES "hand_in_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "time_entries" DROP CONSTRAINT "FK_b10d6a4140874af3d01fb1660db"`);
    await queryRunner.query(`ALTER TABLE "time_entries" DROP COLUMN "file_id"`);
    await queryRunner.query(`ALTER TABLE "time_entries" DROP COLUMN "task"`);
    await queryRunner.query(`ALTER TABLE "hand_in_files" DROP COLUMN "attached_at"`);
  }
}
