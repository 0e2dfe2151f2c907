import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HourlyTime1796359425362 implements MigrationInterface {
  name = 'HourlyTime1796359425362';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."time_entry_source" AS ENUM('timer', 'manual')`);
    await queryRunner.query(
      `CREATE TABLE "time_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "week_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "source" "public"."time_entry_source" NOT NULL, "work_date" date NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "minutes" integer, "memo" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b8bc5f10269ba2fe88708904aa0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_time_entries_running" ON "time_entries"  ("freelancer_id") WHERE ended_at IS NULL AND started_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_710ff4e8bfe529a15aa98f8ccf" ON "time_entries"  ("week_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "timesheets" ("week_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "freelancer_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "minutes_logged" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d74aa3d988cab66fecffff0c37e" PRIMARY KEY ("week_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_timesheets_open" ON "timesheets"  ("period_end") WHERE submitted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f562cfae101de601387ca6b7b9" ON "timesheets"  ("contract_id", "period_start") `,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_8a91af278e36bd6ed0c6f004ca1" FOREIGN KEY ("week_id") REFERENCES "timesheets"("week_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_8a8ea7254df6bdbfbc214c2a922" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "timesheets" ADD CONSTRAINT "FK_d74aa3d988cab66fecffff0c37e" FOREIGN KEY ("week_id") REFERENCES "contract_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "timesheets" ADD CONSTRAINT "FK_a6e699f9616b8ca70852d414062" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "timesheets" ADD CONSTRAINT "FK_9fb2dcc7afaf5ad621103e62349" FOREIGN KEY ("freelancer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timesheets" DROP CONSTRAINT "FK_9fb2dcc7afaf5ad621103e62349"`);
    await queryRunner.query(`ALTER TABLE "timesheets" DROP CONSTRAINT "FK_a6e699f9616b8ca70852d414062"`);
    await queryRunner.query(`ALTER TABLE "timesheets" DROP CONSTRAINT "FK_d74aa3d988cab66fecffff0c37e"`);
    await queryRunner.query(`ALTER TABLE "time_entries" DROP CONSTRAINT "FK_8a8ea7254df6bdbfbc214c2a922"`);
    await queryRunner.query(`ALTER TABLE "time_entries" DROP CONSTRAINT "FK_8a91af278e36bd6ed0c6f004ca1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f562cfae101de601387ca6b7b9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_timesheets_open"`);
    await queryRunner.query(`DROP TABLE "timesheets"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_710ff4e8bfe529a15aa98f8ccf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_time_entries_running"`);
    await queryRunner.query(`DROP TABLE "time_entries"`);
    await queryRunner.query(`DROP TYPE "public"."time_entry_source"`);
  }
}
