CREATE TABLE "audit_chain_heads" (
	"chain" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chained_at_migration" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Entries written before the chain existed are chained here, in id order per HQ (chain 0: entries with no HQ). Their
-- content is hashed in the form LEGACY_CONTENT in src/db/queries/audit.ts gives (the same expression, kept in step),
-- so `audit verify` passes on an upgraded database and an edit to an old entry shows like any other.
DO $$
DECLARE
	entry record;
	current_chain integer := NULL;
	entry_seq bigint := 0;
	previous text := repeat('0', 64);
BEGIN
	FOR entry IN SELECT "id", coalesce("hq_id", 0) AS chain FROM "audit_log" ORDER BY coalesce("hq_id", 0), "id" LOOP
		IF current_chain IS DISTINCT FROM entry.chain THEN
			IF current_chain IS NOT NULL THEN
				INSERT INTO "audit_chain_heads" ("chain", "seq", "hash") VALUES (current_chain, entry_seq, previous);
			END IF;
			current_chain := entry.chain;
			entry_seq := 0;
			previous := repeat('0', 64);
		END IF;
		entry_seq := entry_seq + 1;
		UPDATE "audit_log" SET "chain_seq" = entry_seq, "prev_hash" = previous, "chained_at_migration" = true WHERE "id" = entry.id;
		UPDATE "audit_log" SET "hash" = encode(sha256(convert_to("prev_hash" || E'\n' || jsonb_build_array(
			"chain_seq", coalesce("hq_id", 0), "hq_id", "actor_person_id", "actor_telegram_id", "action", "subject_type",
			"subject_id", "details", to_char("at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'UTF8')), 'hex')
		WHERE "id" = entry.id RETURNING "hash" INTO previous;
	END LOOP;
	IF current_chain IS NOT NULL THEN
		INSERT INTO "audit_chain_heads" ("chain", "seq", "hash") VALUES (current_chain, entry_seq, previous);
	END IF;
END $$;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "chain_seq" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD COLUMN "audit_head" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_seq" ON "audit_log" USING btree (coalesce("hq_id", 0),"chain_seq");
