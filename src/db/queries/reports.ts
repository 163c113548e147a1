import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, min } from "drizzle-orm";
import type { Database } from "../client.ts";
import {
  attendance,
  invitations,
  meetings,
  minutes,
  minutesVersions,
  performanceReports,
  referrals,
  resolutions,
  seats,
} from "../schema.ts";

export type PerformanceReportRow = typeof performanceReports.$inferSelect;
type Range = { start: Date; end: Date };

/** The committee's meetings that started in the range, whatever became of them (the figures pick the held ones). */
export async function meetingsIn(db: Database, committeeId: number, range: Range) {
  return db
    .select({ id: meetings.id, status: meetings.status, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(eq(meetings.committeeId, committeeId), gte(meetings.startsAt, range.start), lt(meetings.startsAt, range.end)),
    )
    .orderBy(asc(meetings.startsAt));
}

export async function invitationsOfMeetings(db: Database, meetingIds: number[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: invitations.meetingId,
      seatId: invitations.seatId,
      seatTitle: seats.title,
      voting: seats.voting,
    })
    .from(invitations)
    .innerJoin(seats, eq(seats.id, invitations.seatId))
    .where(inArray(invitations.meetingId, meetingIds))
    .orderBy(asc(seats.position), asc(seats.id));
}

export async function seatAttendanceOfMeetings(db: Database, meetingIds: number[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({ meetingId: attendance.meetingId, seatId: attendance.seatId, present: attendance.present })
    .from(attendance)
    .where(and(inArray(attendance.meetingId, meetingIds), isNotNull(attendance.seatId)))
    .then((rows) => rows.map((row) => ({ ...row, seatId: row.seatId! })));
}

export async function resolutionsOfCommittee(db: Database, committeeId: number) {
  return db
    .select({
      meetingId: resolutions.meetingId,
      passed: resolutions.passed,
      status: resolutions.status,
      dueDate: resolutions.dueDate,
    })
    .from(resolutions)
    .where(eq(resolutions.committeeId, committeeId));
}

export async function referralsReceivedIn(db: Database, committeeId: number, range: Range) {
  return db
    .select({ createdAt: referrals.createdAt, status: referrals.status })
    .from(referrals)
    .where(
      and(
        eq(referrals.committeeId, committeeId),
        gte(referrals.createdAt, range.start),
        lt(referrals.createdAt, range.end),
      ),
    );
}

/** Each meeting's minutes deadline and when its first version was signed (null while unsigned). */
export async function minutesSigningOf(db: Database, meetingIds: number[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({ meetingId: minutes.meetingId, dueAt: minutes.dueAt, firstSignedAt: min(minutesVersions.signedAt) })
    .from(minutes)
    .leftJoin(minutesVersions, eq(minutesVersions.minutesId, minutes.id))
    .where(inArray(minutes.meetingId, meetingIds))
    .groupBy(minutes.meetingId, minutes.dueAt);
}

export type ReportKey = { hqId: number; committeeId: number | null; kind: PerformanceReportRow["kind"]; label: string };

function keyWhere(key: ReportKey) {
  return and(
    eq(performanceReports.hqId, key.hqId),
    key.committeeId === null
      ? isNull(performanceReports.committeeId)
      : eq(performanceReports.committeeId, key.committeeId),
    eq(performanceReports.kind, key.kind),
    eq(performanceReports.label, key.label),
  );
}

export async function findReport(db: Database, key: ReportKey): Promise<PerformanceReportRow | undefined> {
  const [row] = await db.select().from(performanceReports).where(keyWhere(key));
  return row;
}

/** Undefined when a report for this period exists already: a job that runs twice drafts once. */
export async function insertReportOnce(
  db: Database,
  fields: ReportKey & { periodStart: Date; periodEnd: Date; figures: Record<string, unknown>; createdAt: Date },
): Promise<PerformanceReportRow | undefined> {
  const [row] = await db.insert(performanceReports).values(fields).onConflictDoNothing().returning();
  return row;
}

export async function insertReport(
  db: Database,
  fields: ReportKey & {
    periodStart: Date;
    periodEnd: Date;
    figures: Record<string, unknown>;
    createdAt: Date;
  } & Partial<Pick<PerformanceReportRow, "status" | "sentAt" | "sentByPersonId">>,
): Promise<PerformanceReportRow> {
  const [row] = await db.insert(performanceReports).values(fields).returning();
  return row!;
}

export async function lockReport(db: Database, id: number): Promise<PerformanceReportRow | undefined> {
  const [row] = await db.select().from(performanceReports).where(eq(performanceReports.id, id)).for("update");
  return row;
}

export async function updateReport(
  db: Database,
  id: number,
  fields: Partial<Pick<PerformanceReportRow, "figures" | "status" | "sentAt" | "sentByPersonId">>,
): Promise<void> {
  await db.update(performanceReports).set(fields).where(eq(performanceReports.id, id));
}

export async function reportsOfYear(db: Database, hqId: number, labels: string[]): Promise<PerformanceReportRow[]> {
  if (labels.length === 0) return [];
  return db
    .select()
    .from(performanceReports)
    .where(
      and(
        eq(performanceReports.hqId, hqId),
        eq(performanceReports.kind, "quarterly"),
        inArray(performanceReports.label, labels),
      ),
    );
}
