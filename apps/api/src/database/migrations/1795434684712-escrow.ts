import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Escrow1795434684712 implements MigrationInterface {
  name = 'Escrow1795434684712';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."contract_event_kind" AS ENUM('started', 'payment_failed', 'funded', 'submitted', 'changes_requested', 'released', 'refunded', 'refund_failed', 'auto_released')`,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "milestone_id" uuid, "kind" "public"."contract_event_kind" NOT NULL, "actor_id" uuid, "amount_minor" integer, "message" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17d7f1e53e9a506a40fef579039" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a1bac2ac29b97addada16bb52f" ON "contract_events"  ("contract_id", "created_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."milestone_payment_status" AS ENUM('pending', 'succeeded')`);
    await queryRunner.query(
      `CREATE TABLE "milestone_payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "milestone_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "provider" character varying(10) NOT NULL, "provider_payment_id" character varying(100), "provider_charge_id" character varying(100), "amount_minor" integer NOT NULL, "currency" character(3) NOT NULL, "status" "public"."milestone_payment_status" NOT NULL DEFAULT 'pending', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "succeeded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_abd009a8969c7174cf13e234522" UNIQUE ("provider_payment_id"), CONSTRAINT "PK_421444a538d4babff59b8921a60" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_milestone_payments_one_pending" ON "milestone_payments"  ("milestone_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."payment_operation_kind" AS ENUM('refund', 'transfer')`);
    await queryRunner.query(
      `CREATE TYPE "public"."payment_operation_status" AS ENUM('pending', 'succeeded', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_operations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."payment_operation_kind" NOT NULL, "idempotency_key" character varying(200) NOT NULL, "milestone_id" uuid, "provider_payment_id" character varying(100), "amount_minor" integer NOT NULL, "currency" character(3) NOT NULL, "status" "public"."payment_operation_status" NOT NULL DEFAULT 'pending', "provider_object_id" character varying(100), "attempts" smallint NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a613a8201ab37f3a5d7358b594d" UNIQUE ("idempotency_key"), CONSTRAINT "PK_7fe506e61585267eeaac401446a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_operations_pending" ON "payment_operations"  ("created_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."ledger_kind" AS ENUM('payment', 'funding', 'release', 'refund', 'payout')`,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_transactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" character varying(200) NOT NULL, "kind" "public"."ledger_kind" NOT NULL, "milestone_id" uuid, "memo" character varying(300) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_01ff7d3a76be6b7ca5fd33761d4" UNIQUE ("idempotency_key"), CONSTRAINT "PK_633d103c9e415d615aacf9b1929" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bd1206390dea72d986d6442610" ON "ledger_transactions"  ("milestone_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_postings" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "transaction_id" uuid NOT NULL, "account" character varying(120) NOT NULL, "currency" character(3) NOT NULL, "amount_minor" bigint NOT NULL, CONSTRAINT "PK_4cdc4ebcb3797412b9d9177df70" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3df006c1be40e14e0b7777ab98" ON "ledger_postings"  ("transaction_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_8b65ac7e627d7d5972f6e17be5" ON "ledger_postings"  ("account", "currency") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sandbox_objects" ("id" character varying(64) NOT NULL, "kind" character varying(20) NOT NULL, "idempotency_key" character varying(200) NOT NULL, "data" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7e1945f56079b7e95fc11efc843" UNIQUE ("idempotency_key"), CONSTRAINT "PK_442c05bd8d056f94247a4527b5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_status" AS ENUM('pending', 'funded', 'submitted', 'changes_requested', 'released', 'refunded')`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_milestones" ADD "status" "public"."milestone_status" NOT NULL DEFAULT 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" ADD "auto_release_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "contract_milestones" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contract_milestones_auto_release" ON "contract_milestones"  ("auto_release_at") WHERE status = 'submitted'`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ADD CONSTRAINT "FK_86216394db2540897762154754d" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_events" ADD CONSTRAINT "FK_6a6b70d4930dfba7d7a4d5d47ab" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_payments" ADD CONSTRAINT "FK_b7bf9b7441c84284bcef3842589" FOREIGN KEY ("milestone_id") REFERENCES "contract_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_postings" ADD CONSTRAINT "FK_3df006c1be40e14e0b7777ab981" FOREIGN KEY ("transaction_id") REFERENCES "ledger_transactions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The ledger is append-only, and no transaction may commit with postings that do not sum to zero
    // per currency: the database refuses it, whatever the code above it does.
    await queryRunner.query(`CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'The ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON "ledger_transactions"
      FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON "ledger_postings"
      FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE unbalanced record;
      BEGIN
        SELECT currency, sum(amount_minor) AS total INTO unbalanced FROM ledger_postings
          WHERE transaction_id = NEW.transaction_id GROUP BY currency HAVING sum(amount_minor) <> 0 LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'Ledger transaction % does not balance in %: %', NEW.transaction_id, unbalanced.currency, unbalanced.total
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER ledger_postings_balanced AFTER INSERT ON "ledger_postings"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER ledger_postings_balanced ON "ledger_postings"`);
    await queryRunner.query(`DROP FUNCTION ledger_check_balanced()`);
    await queryRunner.query(`DROP TRIGGER ledger_postings_append_only ON "ledger_postings"`);
    await queryRunner.query(`DROP TRIGGER ledger_transactions_append_only ON "ledger_transactions"`);
    await queryRunner.query(`DROP FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "ledger_postings" DROP CONSTRAINT "FK_3df006c1be40e14e0b7777ab981"`);
    await queryRunner.query(`ALTER TABLE "milestone_payments" DROP CONSTRAINT "FK_b7bf9b7441c84284bcef3842589"`);
    await queryRunner.query(`ALTER TABLE "contract_events" DROP CONSTRAINT "FK_6a6b70d4930dfba7d7a4d5d47ab"`);
    await queryRunner.query(`ALTER TABLE "contract_events" DROP CONSTRAINT "FK_86216394db2540897762154754d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contract_milestones_auto_release"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "auto_release_at"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "contract_milestones" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."milestone_status"`);
    await queryRunner.query(`DROP TABLE "sandbox_objects"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b65ac7e627d7d5972f6e17be5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3df006c1be40e14e0b7777ab98"`);
    await queryRunner.query(`DROP TABLE "ledger_postings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bd1206390dea72d986d6442610"`);
    await queryRunner.query(`DROP TABLE "ledger_transactions"`);
    await queryRunner.query(`DROP TYPE "public"."ledger_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_operations_pending"`);
    await queryRunner.query(`DROP TABLE "payment_operations"`);
    await queryRunner.query(`DROP TYPE "public"."payment_operation_status"`);
    await queryRunner.query(`DROP TYPE "public"."payment_operation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_milestone_payments_one_pending"`);
    await queryRunner.query(`DROP TABLE "milestone_payments"`);
    await queryRunner.query(`DROP TYPE "public"."milestone_payment_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1bac2ac29b97addada16bb52f"`);
    await queryRunner.query(`DROP TABLE "contract_events"`);
    await queryRunner.query(`DROP TYPE "public"."contract_event_kind"`);
  }
}
