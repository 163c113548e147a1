import { and, asc, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client.ts";
import {
  attendance,
  committees,
  guests,
  headquarters,
  invitations,
  meetings,
  minutes,
  minutesReceipts,
  minutesVersions,
  people,
  resolutions,
  seats,
  votes,
} from "../schema.ts";

export type MinutesRow = typeof minutes.$inferSelect;
export type MinutesVersionRow = typeof minutesVersions.$inferSelect;

export async function insertMinutes(
  db: Database,
  fields: typeof minutes.$inferInsert,
): Promise<MinutesRow | undefined> {
  const [row] = await db.insert(minutes).values(fields).onConflictDoNothing({ target: minutes.meetingId }).returning();
  return row;
}

export async function findMinutes(db: Database, id: number): Promise<MinutesRow | undefined> {
  const [row] = await db.select().from(minutes).where(eq(minutes.id, id));
  return row;
}

export async function lockMinutes(db: Database, id: number): Promise<MinutesRow | undefined> {
  const [row] = await db.select().from(minutes).where(eq(minutes.id, id)).for("update");
  return row;
}

export async function minutesOfMeeting(db: Database, meetingId: number): Promise<MinutesRow | undefined> {
  const [row] = await db.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  return row;
}

export async function updateMinutes(
  db: Database,
  id: number,
  fields: Partial<typeof minutes.$inferInsert>,
): Promise<void> {
  await db.update(minutes).set(fields).where(eq(minutes.id, id));
}

export async function versionsOf(db: Database, minutesId: number): Promise<MinutesVersionRow[]> {
  return db
    .select()
    .from(minutesVersions)
    .where(eq(minutesVersions.minutesId, minutesId))
    .orderBy(asc(minutesVersions.version));
}

export async function insertVersion(
  db: Database,
  fields: typeof minutesVersions.$inferInsert,
): Promise<MinutesVersionRow> {
  const [row] = await db.insert(minutesVersions).values(fields).returning();
  return row!;
}

export async function findVersion(db: Database, id: number): Promise<MinutesVersionRow | undefined> {
  const [row] = await db.select().from(minutesVersions).where(eq(minutesVersions.id, id));
  return row;
}

export async function versionByNumber(
  db: Database,
  minutesId: number,
  version: number,
): Promise<MinutesVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(minutesVersions)
    .where(and(eq(minutesVersions.minutesId, minutesId), eq(minutesVersions.version, version)));
  return row;
}

export async function versionsByHash(db: Database, sha256: string): Promise<MinutesVersionRow[]> {
  return db.select().from(minutesVersions).where(eq(minutesVersions.sha256, sha256)).orderBy(desc(minutesVersions.id));
}

export async function insertReceipt(db: Database, versionId: number, personId: number, at: Date): Promise<boolean> {
  const rows = await db
    .insert(minutesReceipts)
    .values({ versionId, personId, acknowledgedAt: at })
    .onConflictDoNothing()
    .returning({ id: minutesReceipts.id });
  return rows.length === 1;
}

export async function receiptsOf(db: Database, versionId: number) {
  return db
    .select({ personId: minutesReceipts.personId, acknowledgedAt: minutesReceipts.acknowledgedAt })
    .from(minutesReceipts)
    .where(eq(minutesReceipts.versionId, versionId));
}

/** Unsigned minutes past their due time, for the given committees (or every committee when null). */
export async function overdueMinutes(db: Database, now: Date, committeeIds: number[] | null) {
  return db
    .select({ minutes, meeting: meetings, committee: committees, zone: headquarters.timezone })
    .from(minutes)
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .innerJoin(committees, eq(committees.id, minutes.committeeId))
    .innerJoin(headquarters, eq(headquarters.id, minutes.hqId))
    .where(
      and(
        lte(minutes.dueAt, now),
        isNull(minutes.signedAt),
        committeeIds === null ? undefined : inArray(minutes.committeeId, committeeIds),
      ),
    )
    .orderBy(asc(minutes.dueAt));
}

// ─── The record the minutes are drafted from ─────────────────────────────────────────────────────

/** Each invited seat with who held it and who was in the room for it (the member, or a delegate: another person). */
export async function attendanceOfMeeting(db: Database, meetingId: number) {
  const inRoom = alias(people, "in_room");
  return db
    .select({
      seatId: invitations.seatId,
      seatTitle: seats.title,
      voting: seats.voting,
      position: seats.position,
      memberPersonId: invitations.personId,
      memberName: people.name,
      present: attendance.present,
      presentPersonId: attendance.personId,
      presentName: inRoom.name,
    })
    .from(invitations)
    .innerJoin(seats, eq(seats.id, invitations.seatId))
    .leftJoin(people, eq(people.id, invitations.personId))
    .leftJoin(
      attendance,
      and(eq(attendance.meetingId, invitations.meetingId), eq(attendance.seatId, invitations.seatId)),
    )
    .leftJoin(inRoom, eq(inRoom.id, attendance.personId))
    .where(eq(invitations.meetingId, meetingId))
    .orderBy(asc(seats.position), asc(seats.id));
}

export async function guestsPresentAt(db: Database, meetingId: number) {
  return db
    .select({ agency: guests.agency, name: people.name, present: attendance.present })
    .from(guests)
    .leftJoin(people, eq(people.id, guests.guestPersonId))
    .leftJoin(attendance, and(eq(attendance.meetingId, guests.meetingId), eq(attendance.guestId, guests.id)))
    .where(and(eq(guests.meetingId, meetingId), eq(guests.status, "approved")));
}

export async function votesOfMeeting(db: Database, meetingId: number) {
  return db
    .select({ vote: votes, resolutionId: resolutions.id })
    .from(votes)
    .leftJoin(resolutions, eq(resolutions.voteId, votes.id))
    .where(and(eq(votes.meetingId, meetingId), eq(votes.status, "closed")))
    .orderBy(asc(votes.id));
}

export async function unsignedDraftsLedBy(db: Database, committeeIds: number[]) {
  if (committeeIds.length === 0) return [];
  return db
    .select()
    .from(minutes)
    .where(and(inArray(minutes.committeeId, committeeIds), isNull(minutes.signedAt)))
    .orderBy(desc(minutes.id));
}
