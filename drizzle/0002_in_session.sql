CREATE TABLE "attendance" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"seat_id" integer,
	"guest_id" integer,
	"person_id" integer,
	"present" boolean NOT NULL,
	"via" text NOT NULL,
	"marked_by_person_id" integer,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" serial PRIMARY KEY NOT NULL,
	"vote_id" integer NOT NULL,
	"seat_id" integer NOT NULL,
	"choice" text,
	"cast_by_person_id" integer NOT NULL,
	"cast_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegations" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"seat_id" integer NOT NULL,
	"principal_person_id" integer NOT NULL,
	"statement" text NOT NULL,
	"token" text NOT NULL,
	"delegate_person_id" integer,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"decided_by_person_id" integer,
	"decided_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "delegations_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "guests" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"approving_hq_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"agency" text NOT NULL,
	"reason" text NOT NULL,
	"requested_by_person_id" integer NOT NULL,
	"status" text NOT NULL,
	"decided_by_person_id" integer,
	"decided_at" timestamp with time zone,
	"token" text,
	"guest_person_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guests_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"vote_id" integer,
	"text" text NOT NULL,
	"passed" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolutions_vote_id_unique" UNIQUE("vote_id")
);
--> statement-breakpoint
CREATE TABLE "secret_tallies" (
	"vote_id" integer PRIMARY KEY NOT NULL,
	"yes" integer DEFAULT 0 NOT NULL,
	"no" integer DEFAULT 0 NOT NULL,
	"abstain" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"agenda_item_id" integer,
	"question" text NOT NULL,
	"secret" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_by_person_id" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"chat_id" bigint,
	"message_id" integer,
	"closed_by_person_id" integer,
	"closed_at" timestamp with time zone,
	"result" jsonb
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "session_chat_id" bigint;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "session_message_id" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_seat_id_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_guest_id_guests_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_seat_id_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_seat_id_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_principal_person_id_people_id_fk" FOREIGN KEY ("principal_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_delegate_person_id_people_id_fk" FOREIGN KEY ("delegate_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guests" ADD CONSTRAINT "guests_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guests" ADD CONSTRAINT "guests_approving_hq_id_headquarters_id_fk" FOREIGN KEY ("approving_hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guests" ADD CONSTRAINT "guests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guests" ADD CONSTRAINT "guests_requested_by_person_id_people_id_fk" FOREIGN KEY ("requested_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guests" ADD CONSTRAINT "guests_guest_person_id_people_id_fk" FOREIGN KEY ("guest_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_tallies" ADD CONSTRAINT "secret_tallies_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_meeting_seat" ON "attendance" USING btree ("meeting_id","seat_id") WHERE seat_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_meeting_guest" ON "attendance" USING btree ("meeting_id","guest_id") WHERE guest_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_vote_seat" ON "ballots" USING btree ("vote_id","seat_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delegations_one_per_seat" ON "delegations" USING btree ("meeting_id","seat_id") WHERE status in ('awaiting_delegate', 'awaiting_secretary', 'accepted');--> statement-breakpoint
CREATE INDEX "delegations_delegate" ON "delegations" USING btree ("delegate_person_id");--> statement-breakpoint
CREATE INDEX "guests_meeting" ON "guests" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "resolutions_meeting" ON "resolutions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "votes_meeting" ON "votes" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_pending_dedupe" ON "outbox" USING btree ("dedupe_key") WHERE status = 'pending' and dedupe_key is not null;