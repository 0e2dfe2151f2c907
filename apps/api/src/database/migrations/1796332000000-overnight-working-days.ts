import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Working days may cross midnight (22:00–06:00): match cards written before stored such a day's
 * length as negative, so the VA overlapped with no post. Their lengths are written again by the rule
 * the cards now use (an end at or before the start is on the next day).
 */
export class OvernightWorkingDays1796332000000 implements MigrationInterface {
  name = 'OvernightWorkingDays1796332000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "match_cards" c SET "work_minutes" = mod(p."work_end_minute" - p."work_start_minute" + 1439, 1440) + 1
       FROM "freelancer_profiles" p WHERE p."user_id" = c."user_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "match_cards" c SET "work_minutes" = p."work_end_minute" - p."work_start_minute"
       FROM "freelancer_profiles" p WHERE p."user_id" = c."user_id"`,
    );
  }
}
