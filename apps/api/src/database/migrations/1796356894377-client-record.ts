import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientRecord1796356894377 implements MigrationInterface {
  name = 'ClientRecord1796356894377';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_posts" ADD "confidential" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "country" character(2)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "country"`);
    await queryRunner.query(`ALTER TABLE "job_posts" DROP COLUMN "confidential"`);
  }
}
