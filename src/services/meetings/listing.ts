import type { Database } from "../../db/client.ts";
import { upcomingMeetings } from "../../db/queries/meetings.ts";
import { committeesLedBy, committeesOf } from "./officers.ts";
import { loadMeeting, type MeetingRecord } from "./facts.ts";

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

/** Upcoming meetings of the committees the person leads (secretary or chair). */
export async function upcomingLedBy(db: Database, personId: number, now: Date): Promise<MeetingRecord[]> {
  const led = await committeesLedBy(db, personId);
  const meetings = await upcomingMeetings(
    db,
    [...new Set(led.map((c) => c.committeeId))],
    now,
  );
  const records = await Promise.all(meetings.map((m) => loadMeeting(db, m.id)));
  return records.filter((r) => r !== undefined);
}
