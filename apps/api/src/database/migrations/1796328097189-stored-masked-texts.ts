import type { MigrationInterface, QueryRunner } from 'typeorm';
import { maskTexts } from '../../platform/text/contact-details.js';

const OLD_DOCUMENT = `setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, summary || ' ' || tasks::text), 'B')`;
const DOCUMENT = `setweight(to_tsvector('english'::regconfig, masked ->> 'title'), 'A') || setweight(to_tsvector('english'::regconfig, (masked ->> 'summary') || ' ' || (masked -> 'tasks')::text), 'B')`;

/** Each table's free texts, and the columns they are read from, to mask once for the rows already written. */
const TEXTS = [
  {
    table: 'job_posts',
    columns: { title: 'title', summary: 'summary', tasks: 'tasks', screeningQuestions: 'screening_questions' },
  },
  { table: 'proposals', columns: { coverLetter: 'cover_letter', screeningAnswers: 'screening_answers' } },
  { table: 'offers', columns: { message: 'message' } },
  { table: 'job_messages', columns: { body: 'body' } },
] as const;

/**
 * What the other side reads before a contract is masked once, when a text is written, and stored
 * beside it; rows written before are masked here with the same rule. Search reads the masked texts,
 * so a VA cannot find a post by a contact detail they are not shown.
 */
export class StoredMaskedTexts1796328097189 implements MigrationInterface {
  name = 'StoredMaskedTexts1796328097189';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, columns } of TEXTS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "masked" jsonb`);
      const selected = Object.entries(columns).map(([name, column]) => `"${column}" AS "${name}"`);
      const rows: Array<{ id: string } & Record<string, string | string[]>> = await queryRunner.query(
        `SELECT id, ${selected.join(', ')} FROM "${table}"`,
      );
      for (const { id, ...texts } of rows) {
        await queryRunner.query(`UPDATE "${table}" SET "masked" = $2 WHERE id = $1`, [
          id,
          JSON.stringify(maskTexts(texts)),
        ]);
      }
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "masked" SET NOT NULL`);
    }
    await this.searchDocument(queryRunner, DOCUMENT);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.searchDocument(queryRunner, OLD_DOCUMENT);
    for (const { table } of [...TEXTS].reverse())
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "masked"`);
  }

  /** Rebuilds the generated search document (and its hand-written partial GIN index) from `document`. */
  private async searchDocument(queryRunner: QueryRunner, document: string): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_job_posts_search"`);
    await queryRunner.query(`ALTER TABLE "job_posts" DROP COLUMN "search_document"`);
    await queryRunner.query(
      `ALTER TABLE "job_posts" ADD "search_document" tsvector GENERATED ALWAYS AS (${document}) STORED NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "typeorm_metadata" SET "value" = $1 WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_document' AND "table" = 'job_posts'`,
      [document],
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_job_posts_search" ON "job_posts" USING GIN ("search_document") WHERE status = 'open'`,
    );
  }
}
