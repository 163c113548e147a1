ALTER TABLE "invite_tokens" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "seats" ADD COLUMN "role_elected_at" timestamp with time zone;