ALTER TABLE "minutes" ADD COLUMN "signed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "minutes_unsigned_due" ON "minutes" USING btree ("due_at") WHERE signed_at is null;