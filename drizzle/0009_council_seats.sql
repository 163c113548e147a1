DROP INDEX "seats_committee_title";--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "named_chair_person_id" integer;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "named_secretary_person_id" integer;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_named_chair_person_id_people_id_fk" FOREIGN KEY ("named_chair_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_named_secretary_person_id_people_id_fk" FOREIGN KEY ("named_secretary_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "seats_committee_title" ON "seats" USING btree ("committee_id","title") WHERE ended_at is null;