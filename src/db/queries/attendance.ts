import { and, asc, eq, gte, inArray, isNotNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client.ts";
import { attendance, delegations, guests, headquarters, invitations, meetings, people, seats } from "../schema.ts";
import type { MeetingRow } from "./meetings.ts";

export type AttendanceRow = typeof attendance.$inferSelect;
type Via = AttendanceRow["via"];

/**
 * Meetings a session command may be about: still open (scheduled, in session) or held/cancelled since `since`, each
 * with its HQ's time zone (whose calendar decides what "today" is).
 */
export async function sessionCandidates(
  db: Database,
  committeeIds: number[],
  since: Date,
): Promise<(MeetingRow & { zone: string })[]> {
  if (committeeIds.length === 0) return [];
  const rows = await db
    .select({ meeting: meetings, zone: headquarters.timezone })
    .from(meetings)
    .innerJoin(headquarters, eq(headquarters.id, meetings.hqId))
    .where(
      and(
        inArray(meetings.committeeId, committeeIds),
        or(inArray(meetings.status, ["scheduled", "in_session"]), gte(meetings.startsAt, since)),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return rows.map((row) => ({ ...row.meeting, zone: row.zone }));
}

export async function inSessionMeetings(db: Database, committeeIds: number[]): Promise<MeetingRow[]> {
  if (committeeIds.length === 0) return [];
  return db
    .select()
    .from(meetings)
    .where(and(inArray(meetings.committeeId, committeeIds), eq(meetings.status, "in_session")))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** One row per invited seat, with its holder and whoever is recorded in the room for it. */
export type SeatAttendanceRow = {
  seatId: number;
  seatTitle: string;
  seatVoting: boolean;
  holderPersonId: number | null;
  holderName: string | null;
  present: boolean;
  /** Someone was in the room for the seat and was then marked absent (domain/session seatRecord). */
  left: boolean;
  via: Via | null;
  attendeePersonId: number | null;
  attendeeName: string | null;
};

const attendee = alias(people, "attendee");

export async function seatAttendance(db: Database, meetingId: number): Promise<SeatAttendanceRow[]> {
  const rows = await db
    .select({
      seatId: invitations.seatId,
      seatTitle: seats.title,
      seatVoting: seats.voting,
      holderPersonId: invitations.personId,
      holderName: people.name,
      present: attendance.present,
      via: attendance.via,
      attendeePersonId: attendance.personId,
      attendeeName: attendee.name,
    })
    .from(invitations)
    .innerJoin(seats, eq(seats.id, invitations.seatId))
    .leftJoin(people, eq(people.id, invitations.personId))
    .leftJoin(
      attendance,
      and(eq(attendance.meetingId, invitations.meetingId), eq(attendance.seatId, invitations.seatId)),
    )
    .leftJoin(attendee, eq(attendee.id, attendance.personId))
    .where(eq(invitations.meetingId, meetingId))
    .orderBy(asc(seats.position), asc(seats.id));
  return rows.map((row) => ({ ...row, present: row.present === true, left: row.present === false }));
}

export type GuestAttendance = { guestId: number; agency: string; personName: string | null };

export async function presentGuests(db: Database, meetingId: number): Promise<GuestAttendance[]> {
  return db
    .select({ guestId: guests.id, agency: guests.agency, personName: people.name })
    .from(attendance)
    .innerJoin(guests, eq(guests.id, attendance.guestId))
    .leftJoin(people, eq(people.id, attendance.personId))
    .where(and(eq(attendance.meetingId, meetingId), isNotNull(attendance.guestId), eq(attendance.present, true)))
    .orderBy(asc(attendance.at), asc(attendance.id));
}

export async function findSeatAttendance(
  db: Database,
  meetingId: number,
  seatId: number,
): Promise<AttendanceRow | undefined> {
  const [row] = await db
    .select()
    .from(attendance)
    .where(and(eq(attendance.meetingId, meetingId), eq(attendance.seatId, seatId)));
  return row;
}

export async function findGuestAttendance(
  db: Database,
  meetingId: number,
  guestId: number,
): Promise<AttendanceRow | undefined> {
  const [row] = await db
    .select()
    .from(attendance)
    .where(and(eq(attendance.meetingId, meetingId), eq(attendance.guestId, guestId)));
  return row;
}

type Mark = { personId: number | null; present: boolean; via: Via; markedByPersonId: number | null; at: Date };

/** A seat has one attendance row per meeting; marking it again replaces who and whether. */
export async function markSeat(db: Database, meetingId: number, seatId: number, mark: Mark): Promise<void> {
  await db
    .insert(attendance)
    .values({ meetingId, seatId, ...mark })
    .onConflictDoUpdate({
      target: [attendance.meetingId, attendance.seatId],
      targetWhere: isNotNull(attendance.seatId),
      set: mark,
    });
}

export async function markGuest(db: Database, meetingId: number, guestId: number, mark: Mark): Promise<void> {
  await db
    .insert(attendance)
    .values({ meetingId, guestId, ...mark })
    .onConflictDoUpdate({
      target: [attendance.meetingId, attendance.guestId],
      targetWhere: isNotNull(attendance.guestId),
      set: mark,
    });
}

/** The accepted delegation of one seat at one meeting, with the delegate's name. */
export async function acceptedDelegationOfSeat(db: Database, meetingId: number, seatId: number) {
  const [row] = await db
    .select({ id: delegations.id, delegatePersonId: delegations.delegatePersonId, delegateName: people.name })
    .from(delegations)
    .leftJoin(people, eq(people.id, delegations.delegatePersonId))
    .where(
      and(eq(delegations.meetingId, meetingId), eq(delegations.seatId, seatId), eq(delegations.status, "accepted")),
    );
  return row;
}

/** B1: the delegations of a meeting that ended because their member came and took the seat back, with the delegate. */
export async function supersededDelegationsOf(db: Database, meetingId: number) {
  return db
    .select({ seatId: delegations.seatId, delegateName: people.name, at: delegations.endedAt })
    .from(delegations)
    .leftJoin(people, eq(people.id, delegations.delegatePersonId))
    .where(and(eq(delegations.meetingId, meetingId), eq(delegations.status, "superseded")))
    .orderBy(asc(delegations.endedAt), asc(delegations.id));
}
