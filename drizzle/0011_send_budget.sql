CREATE TABLE "send_budget" (
	"chat_id" bigint PRIMARY KEY NOT NULL,
	"recent" jsonb NOT NULL,
	"paused_until" timestamp with time zone,
	"ready_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "send_budget_ready" ON "send_budget" USING btree ("ready_at");