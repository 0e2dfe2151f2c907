import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HandInFiles1795457681408 implements MigrationInterface {
  name = 'HandInFiles1795457681408';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "hand_in_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "milestone_id" uuid NOT NULL, "event_id" uuid, "uploaded_by" uuid NOT NULL, "file_name" character varying(160) NOT NULL, "content_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af6c911a049ef4b724d9fc2886f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_51e2bbb3f695dd5b11c90e4344" ON "hand_in_files"  ("event_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_9242ce82572210bebf9e186236" ON "hand_in_files"  ("milestone_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "hand_in_files" ADD CONSTRAINT "FK_fad852e1efd38f6472efe1ab8d4" FOREIGN KEY ("milestone_id") REFERENCES "contract_milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hand_in_files" ADD CONSTRAINT "FK_51e2bbb3f695dd5b11c90e43445" FOREIGN KEY ("event_id") REFERENCES "contract_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hand_in_files" ADD CONSTRAINT "FK_872b59b49ab6fd115cf37cb213d" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hand_in_files" DROP CONSTRAINT "FK_872b59b49ab6fd115cf37cb213d"`);
    await queryRunner.query(`ALTER TABLE "hand_in_files" DROP CONSTRAINT "FK_51e2bbb3f695dd5b11c90e43445"`);
    await queryRunner.query(`ALTER TABLE "hand_in_files" DROP CONSTRAINT "FK_fad852e1efd38f6472efe1ab8d4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9242ce82572210bebf9e186236"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51e2bbb3f695dd5b11c90e4344"`);
    await queryRunner.query(`DROP TABLE "hand_in_files"`);
  }
}
