CREATE TABLE "resolution_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"resolution_id" integer NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"person_id" integer,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resolutions" ALTER COLUMN "meeting_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "resolutions" ADD COLUMN "source" text DEFAULT 'vote' NOT NULL;--> statement-breakpoint
ALTER TABLE "resolutions" ADD COLUMN "status" text DEFAULT 'recorded' NOT NULL;--> statement-breakpoint
ALTER TABLE "resolutions" ADD COLUMN "owner_seat_id" integer;--> statement-breakpoint
ALTER TABLE "resolutions" ADD COLUMN "due_date" date;--> statement-breakpoint
ALTER TABLE "resolutions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "resolution_events" ADD CONSTRAINT "resolution_events_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resolution_events_resolution" ON "resolution_events" USING btree ("resolution_id","at");--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_owner_seat_id_seats_id_fk" FOREIGN KEY ("owner_seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resolutions_committee_status" ON "resolutions" USING btree ("committee_id","status");