CREATE TABLE "election_ballots" (
	"id" serial PRIMARY KEY NOT NULL,
	"election_id" integer NOT NULL,
	"voter_seat_id" integer NOT NULL,
	"candidate_seat_id" integer NOT NULL,
	"cast_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_by_person_id" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"winner_seat_id" integer,
	"result" jsonb
);
--> statement-breakpoint
CREATE TABLE "field_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"purpose" text NOT NULL,
	"requested_by_person_id" integer NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"proposed_starts_at" timestamp with time zone,
	"decided_by_person_id" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "performance_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"committee_id" integer,
	"kind" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"label" text NOT NULL,
	"figures" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sent_by_person_id" integer,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"committee_id" integer NOT NULL,
	"subject" text NOT NULL,
	"due_date" date NOT NULL,
	"referred_by_person_id" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"report_text" text,
	"report_file" jsonb,
	"reported_by_person_id" integer,
	"reported_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subgroup_proposals" (
	"id" serial PRIMARY KEY NOT NULL,
	"hq_id" integer NOT NULL,
	"parent_committee_id" integer NOT NULL,
	"title" text NOT NULL,
	"duties" text NOT NULL,
	"proposed_by_person_id" integer NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decided_by_person_id" integer,
	"decided_at" timestamp with time zone,
	"created_committee_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_voter_seat_id_seats_id_fk" FOREIGN KEY ("voter_seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_candidate_seat_id_seats_id_fk" FOREIGN KEY ("candidate_seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_winner_seat_id_seats_id_fk" FOREIGN KEY ("winner_seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visits" ADD CONSTRAINT "field_visits_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visits" ADD CONSTRAINT "field_visits_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visits" ADD CONSTRAINT "field_visits_requested_by_person_id_people_id_fk" FOREIGN KEY ("requested_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_reports" ADD CONSTRAINT "performance_reports_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_reports" ADD CONSTRAINT "performance_reports_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_by_person_id_people_id_fk" FOREIGN KEY ("referred_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subgroup_proposals" ADD CONSTRAINT "subgroup_proposals_hq_id_headquarters_id_fk" FOREIGN KEY ("hq_id") REFERENCES "public"."headquarters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subgroup_proposals" ADD CONSTRAINT "subgroup_proposals_parent_committee_id_committees_id_fk" FOREIGN KEY ("parent_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subgroup_proposals" ADD CONSTRAINT "subgroup_proposals_proposed_by_person_id_people_id_fk" FOREIGN KEY ("proposed_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subgroup_proposals" ADD CONSTRAINT "subgroup_proposals_created_committee_id_committees_id_fk" FOREIGN KEY ("created_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "election_ballots_one_per_seat" ON "election_ballots" USING btree ("election_id","voter_seat_id");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_reports_period" ON "performance_reports" USING btree ("hq_id","committee_id","kind","label");--> statement-breakpoint
CREATE INDEX "referrals_committee_status" ON "referrals" USING btree ("committee_id","status");