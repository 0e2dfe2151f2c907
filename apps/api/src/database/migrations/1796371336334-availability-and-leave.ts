import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AvailabilityAndLeave1796371336334 implements MigrationInterface {
  name = 'AvailabilityAndLeave1796371336334';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" ADD "leave_from" date`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" ADD "leave_until" date`);
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "leave_from" date`);
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "leave_until" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "leave_until"`);
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "leave_from"`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" DROP COLUMN "leave_until"`);
    await queryRunner.query(`ALTER TABLE "freelancer_profiles" DROP COLUMN "leave_from"`);
  }
}
