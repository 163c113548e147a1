import { and, asc, desc, eq, gte, inArray, isNotNull, min, or } from "drizzle-orm";
import type { Database } from "../client.ts";
import { headquarters, invitations, meetings, minutes, minutesVersions, referrals, resolutions } from "../schema.ts";
import type { HeadquartersRow } from "./headquarters.ts";

// The HQ overview's reads (issue #15 part 3): a few rows per working group, for every group of an HQ at once.

/** The county HQs under a province (their parent key names it). */
export async function countiesOf(db: Database, province: HeadquartersRow): Promise<HeadquartersRow[]> {
  return db
    .select()
    .from(headquarters)
    .where(and(eq(headquarters.parentKey, province.key), eq(headquarters.level, "county")))
    .orderBy(asc(headquarters.name));
}

/** Scheduled meetings not yet started, or in session, soonest first: the first per committee is its next. */
export async function nextMeetingsOfCommittees(db: Database, committeeIds: number[], now: Date) {
  if (committeeIds.length === 0) return [];
  return db
    .select({
      id: meetings.id,
      committeeId: meetings.committeeId,
      status: meetings.status,
      startsAt: meetings.startsAt,
      place: meetings.place,
    })
    .from(meetings)
    .where(
      and(
        inArray(meetings.committeeId, committeeIds),
        or(eq(meetings.status, "in_session"), and(eq(meetings.status, "scheduled"), gte(meetings.startsAt, now))),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

export async function invitationAnswers(db: Database, meetingIds: number[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({ meetingId: invitations.meetingId, personId: invitations.personId, response: invitations.response })
    .from(invitations)
    .where(inArray(invitations.meetingId, meetingIds));
}

/** Each meeting's minutes with when their first version was signed, newest meeting first. */
export async function minutesByRecency(db: Database, committeeIds: number[]) {
  if (committeeIds.length === 0) return [];
  return db
    .select({
      committeeId: minutes.committeeId,
      meetingId: minutes.meetingId,
      startsAt: meetings.startsAt,
      dueAt: minutes.dueAt,
      firstSignedAt: min(minutesVersions.signedAt),
    })
    .from(minutes)
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .leftJoin(minutesVersions, eq(minutesVersions.minutesId, minutes.id))
    .where(inArray(minutes.committeeId, committeeIds))
    .groupBy(minutes.committeeId, minutes.meetingId, meetings.startsAt, minutes.dueAt)
    .orderBy(desc(meetings.startsAt));
}

/** Resolutions that may need the HQ: waiting for its approval, or carrying a due date. */
export async function resolutionsForOverview(db: Database, committeeIds: number[]) {
  if (committeeIds.length === 0) return [];
  return db
    .select({
      committeeId: resolutions.committeeId,
      passed: resolutions.passed,
      status: resolutions.status,
      dueDate: resolutions.dueDate,
    })
    .from(resolutions)
    .where(
      and(
        inArray(resolutions.committeeId, committeeIds),
        or(eq(resolutions.status, "awaiting_approval"), isNotNull(resolutions.dueDate)),
      ),
    );
}

export async function openReferrals(db: Database, committeeIds: number[]) {
  if (committeeIds.length === 0) return [];
  return db
    .select({ committeeId: referrals.committeeId, subject: referrals.subject, dueDate: referrals.dueDate })
    .from(referrals)
    .where(and(inArray(referrals.committeeId, committeeIds), eq(referrals.status, "open")))
    .orderBy(asc(referrals.dueDate), asc(referrals.id));
}
