import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReputationInRanking1796350461084 implements MigrationInterface {
  name = 'ReputationInRanking1796350461084';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "reputation" smallint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "reputation"`);
  }
}
