CREATE TABLE "minutes" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"item_notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"free_text" text DEFAULT '' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"overdue_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_meeting_id_unique" UNIQUE("meeting_id")
);
--> statement-breakpoint
CREATE TABLE "minutes_receipts" (
	"id" serial PRIMARY KEY NOT NULL,
	"version_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"minutes_id" integer NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"sha256" text NOT NULL,
	"signed_by_person_id" integer NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"supersedes_version_id" integer,
	"correction_note" text
);
--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_receipts" ADD CONSTRAINT "minutes_receipts_version_id_minutes_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."minutes_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_receipts" ADD CONSTRAINT "minutes_receipts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_minutes_id_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."minutes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_signed_by_person_id_people_id_fk" FOREIGN KEY ("signed_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_receipts_version_person" ON "minutes_receipts" USING btree ("version_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_versions_number" ON "minutes_versions" USING btree ("minutes_id","version");--> statement-breakpoint
CREATE INDEX "minutes_versions_hash" ON "minutes_versions" USING btree ("sha256");