import type { Database } from "../../db/client.ts";
import { type ListedVisit, visitsOfCommittees } from "../../db/queries/field-visits.ts";
import { upcomingMeetings } from "../../db/queries/meetings.ts";
import { isVisitInPast } from "../../domain/follow-through.ts";
import { committeesInScope, committeesOf } from "../shared/officers.ts";
import { loadMeeting, type MeetingRecord } from "../shared/meeting-facts.ts";

/** Upcoming meetings of every committee the person sits on, soonest first. */
export async function upcomingFor(db: Database, personId: number, now: Date): Promise<MeetingRecord[]> {
  const committees = await committeesOf(db, personId);
  const meetings = await upcomingMeetings(
    db,
    committees.map((c) => c.committeeId),
    now,
  );
  const records = await Promise.all(meetings.map((m) => loadMeeting(db, m.id)));
  return records.filter((r) => r !== undefined);
}

/**
 * Upcoming meetings of the committees the person leads (secretary or chair); sent in a committee's chat
 * (`chatCommitteeId`), of that committee only.
 */
export async function upcomingLedBy(
  db: Database,
  personId: number,
  now: Date,
  chatCommitteeId: number | null = null,
): Promise<MeetingRecord[]> {
  const led = await committeesInScope(db, personId, chatCommitteeId, now);
  const meetings = await upcomingMeetings(db, [...new Set(led.map((c) => c.committeeId))], now);
  const records = await Promise.all(meetings.map((m) => loadMeeting(db, m.id)));
  return records.filter((r) => r !== undefined);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Approved field visits (B15) of every committee the person sits on that have not taken place yet, soonest first. */
export async function upcomingVisitsFor(db: Database, personId: number, now: Date): Promise<ListedVisit[]> {
  const committees = await committeesOf(db, personId);
  // A day's margin: a visit without a time is stored at the start of its day and is upcoming all that day.
  const visits = await visitsOfCommittees(
    db,
    committees.map((c) => c.committeeId),
    ["approved"],
    new Date(now.getTime() - DAY_MS),
  );
  return visits.filter((v) => !isVisitInPast(v.startsAt, now, v.zone));
}
