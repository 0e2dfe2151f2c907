import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompactMatchCards1795422238801 implements MigrationInterface {
  name = 'CompactMatchCards1795422238801';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skills" ADD "slot" SMALLSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "skills" ADD CONSTRAINT "UQ_1a3fe01dd316de66349d67e7dcc" UNIQUE ("slot")`);
    await queryRunner.query(
      `CREATE TABLE "match_card_texts" ("user_id" uuid NOT NULL, "search" tsvector NOT NULL, CONSTRAINT "PK_56ede00182b57dcaeeb2774ca79" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "match_card_texts" ("user_id", "search") SELECT "user_id", "search" FROM "match_cards"`,
    );
    for (const column of ['skill_set', 'skill_levels', 'skill_badges', 'language_levels']) {
      await queryRunner.query(`ALTER TABLE "match_cards" ADD "${column}" smallint array NOT NULL DEFAULT '{}'`);
    }
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "language_codes" text array NOT NULL DEFAULT '{}'`);
    // Existing cards keep their content in the new shape: one array entry per skill slot.
    await queryRunner.query(
      `UPDATE "match_cards" c SET
         skill_set = ARRAY(SELECT s.slot FROM skills s WHERE c.skills ? s.id::text ORDER BY s.slot),
         skill_levels = ARRAY(SELECT COALESCE((c.skills ->> s.id::text)::smallint, 0)
           FROM generate_series(1, (SELECT max(slot) FROM skills)) AS g(slot) LEFT JOIN skills s ON s.slot = g.slot ORDER BY g.slot),
         skill_badges = ARRAY(SELECT (c.badges ? s.id::text)::int
           FROM generate_series(1, (SELECT max(slot) FROM skills)) AS g(slot) LEFT JOIN skills s ON s.slot = g.slot ORDER BY g.slot),
         language_codes = ARRAY(SELECT key FROM jsonb_each_text(c.languages) ORDER BY key),
         language_levels = ARRAY(SELECT value::smallint FROM jsonb_each_text(c.languages) ORDER BY key)`,
    );
    for (const column of ['skill_set', 'skill_levels', 'skill_badges', 'language_codes', 'language_levels']) {
      await queryRunner.query(`ALTER TABLE "match_cards" ALTER COLUMN "${column}" DROP DEFAULT`);
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_match_cards_skills"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_cards_languages"`);
    for (const column of ['search', 'skills', 'languages', 'badges']) {
      await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "${column}"`);
    }
    // Written by hand: TypeORM does not model GIN indexes. It serves `skill_set @>` the must-haves.
    await queryRunner.query(`CREATE INDEX "IDX_match_cards_skill_set" ON "match_cards" USING GIN ("skill_set")`);
    await queryRunner.query(
      `ALTER TABLE "match_card_texts" ADD CONSTRAINT "FK_56ede00182b57dcaeeb2774ca79" FOREIGN KEY ("user_id") REFERENCES "match_cards"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Cards are derived from profiles: going back leaves them empty until the next refresh.
    await queryRunner.query(`DELETE FROM "match_cards"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_cards_skill_set"`);
    await queryRunner.query(`ALTER TABLE "match_card_texts" DROP CONSTRAINT "FK_56ede00182b57dcaeeb2774ca79"`);
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "language_levels"`);
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "language_codes"`);
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "skill_badges"`);
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "skill_levels"`);
    await queryRunner.query(`ALTER TABLE "match_cards" DROP COLUMN "skill_set"`);
    await queryRunner.query(`ALTER TABLE "skills" DROP CONSTRAINT "UQ_1a3fe01dd316de66349d67e7dcc"`);
    await queryRunner.query(`ALTER TABLE "skills" DROP COLUMN "slot"`);
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "badges" jsonb NOT NULL`);
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "languages" jsonb NOT NULL`);
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "skills" jsonb NOT NULL`);
    await queryRunner.query(`ALTER TABLE "match_cards" ADD "search" tsvector NOT NULL`);
    await queryRunner.query(`DROP TABLE "match_card_texts"`);
    await queryRunner.query(`CREATE INDEX "IDX_match_cards_languages" ON "match_cards" USING gin ("languages") `);
    await queryRunner.query(`CREATE INDEX "IDX_match_cards_skills" ON "match_cards" USING gin ("skills") `);
  }
}
