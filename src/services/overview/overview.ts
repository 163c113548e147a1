import type { Database } from "../../db/client.ts";
import { type CommitteeRow, listCommittees } from "../../db/queries/committees.ts";
import { type HeadquartersRow, staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import {
  countiesOf,
  invitationAnswers,
  minutesByRecency,
  openReferrals,
  resolutionsForOverview,
  nextMeetingsOfCommittees,
} from "../../db/queries/overview.ts";
import { findPersonByTelegramId } from "../../db/queries/people.ts";
import { invitationsOfMeetings, meetingsIn, seatAttendanceOfMeetings } from "../../db/queries/reports.ts";
import { chooseLocale } from "../../domain/locale.ts";
import {
  type AgencyAttendance,
  attendanceByAgency,
  type MinutesStanding,
  minutesStanding,
  type ReferralDue,
  referralsDue,
  resolutionsNeedingAttention,
  type RsvpCounts,
  rsvpCounts,
} from "../../domain/overview.ts";
import { performanceFigures, periodContaining, periodRange, type ReportPeriod } from "../../domain/performance.ts";
import { resolveRules } from "../../domain/rules.ts";
import { isoDayOf } from "../../domain/terms.ts";
import type { Locale } from "../../domain/text.ts";

export type GroupOverview = {
  committeeId: number;
  title: { fa: string; en: string };
  nextMeeting: { startsAt: Date; inSession: boolean; place: string | null; rsvp: RsvpCounts } | null;
  lastMinutes: { meetingStartsAt: Date; dueAt: Date; signedAt: Date | null; standing: MinutesStanding } | null;
  resolutions: { awaitingApproval: number; overdue: number };
  referrals: ReferralDue[];
  /** This Jalali quarter's held meetings, per member agency. */
  attendance: AgencyAttendance[];
};

export type HqOverview = {
  hqId: number;
  name: string;
  level: "county" | "province";
  zone: string;
  quarter: ReportPeriod;
  groups: GroupOverview[];
};

/** Who opened the page, in the language they read. */
export type OverviewViewer = { telegramId: number; languageCode?: string };

export type OverviewResult =
  | { kind: "overview"; locale: Locale; hqs: HqOverview[] }
  | { kind: "not_staff"; locale: Locale };

/** Whether /overview offers the page at all: the person is secretariat staff of some HQ (county or province). */
export async function mayOpenOverview(db: Database, personId: number): Promise<boolean> {
  return (await staffHeadquartersOf(db, personId)).length > 0;
}

/**
 * Issue #15 part 3: every working group of the HQs the person serves as secretariat staff, and for a province's
 * staff every group of its counties too. Members, officers and strangers are refused: the page is the HQ's.
 */
export async function overviewFor(db: Database, viewer: OverviewViewer, now: Date): Promise<OverviewResult> {
  const person = await findPersonByTelegramId(db, viewer.telegramId);
  const staffHqs = person ? await staffHeadquartersOf(db, person.id) : [];
  const locale = chooseLocale({
    chosen: person?.locale,
    telegramLanguage: viewer.languageCode ?? person?.telegramLanguage,
    hqDefault: staffHqs[0]?.locale,
  });
  if (staffHqs.length === 0) return { kind: "not_staff", locale };

  const seen = new Set<number>();
  const hqs: HeadquartersRow[] = [];
  const add = (hq: HeadquartersRow) => {
    if (!seen.has(hq.id)) hqs.push(hq) && seen.add(hq.id);
  };
  for (const hq of staffHqs) {
    add(hq);
    if (hq.level === "province") for (const county of await countiesOf(db, hq)) add(county);
  }
  const result: HqOverview[] = [];
  for (const hq of hqs) result.push(await hqOverview(db, hq, now));
  return { kind: "overview", locale, hqs: result };
}

async function hqOverview(db: Database, hq: HeadquartersRow, now: Date): Promise<HqOverview> {
  const committees = await listCommittees(db, hq.id);
  const ids = committees.map((c) => c.id);
  const today = isoDayOf(now, hq.timezone);
  const quarter = periodContaining("quarterly", now, hq.timezone);

  const upcoming = await nextMeetingsOfCommittees(db, ids, now);
  const next = new Map<number, (typeof upcoming)[number]>();
  for (const meeting of upcoming) if (!next.has(meeting.committeeId)) next.set(meeting.committeeId, meeting);
  const answers = await invitationAnswers(
    db,
    [...next.values()].map((m) => m.id),
  );
  const lastMinutes = new Map<number, Awaited<ReturnType<typeof minutesByRecency>>[number]>();
  for (const row of await minutesByRecency(db, ids))
    if (!lastMinutes.has(row.committeeId)) lastMinutes.set(row.committeeId, row);
  const resolutions = await resolutionsForOverview(db, ids);
  const referrals = await openReferrals(db, ids);

  const groups: GroupOverview[] = [];
  for (const committee of committees) {
    const meeting = next.get(committee.id);
    const minutes = lastMinutes.get(committee.id);
    groups.push({
      committeeId: committee.id,
      title: { fa: committee.titleFa, en: committee.titleEn },
      nextMeeting: meeting
        ? {
            startsAt: meeting.startsAt,
            inSession: meeting.status === "in_session",
            place: meeting.place,
            rsvp: rsvpCounts(answers.filter((a) => a.meetingId === meeting.id)),
          }
        : null,
      lastMinutes: minutes
        ? {
            meetingStartsAt: minutes.startsAt,
            dueAt: minutes.dueAt,
            signedAt: minutes.firstSignedAt,
            standing: minutesStanding(minutes, now),
          }
        : null,
      resolutions: resolutionsNeedingAttention(
        resolutions.filter((r) => r.committeeId === committee.id),
        today,
      ),
      referrals: referralsDue(
        referrals.filter((r) => r.committeeId === committee.id),
        today,
      ),
      attendance: await quarterAttendance(db, committee, hq, quarter, now),
    });
  }
  return { hqId: hq.id, name: hq.name, level: hq.level, zone: hq.timezone, quarter, groups };
}

/** B13's attendance figure for the running quarter, as the quarterly report will count it. */
async function quarterAttendance(
  db: Database,
  committee: CommitteeRow,
  hq: HeadquartersRow,
  quarter: ReportPeriod,
  now: Date,
): Promise<AgencyAttendance[]> {
  const range = periodRange(quarter, hq.timezone);
  const meetings = await meetingsIn(db, committee.id, range);
  const ids = meetings.map((m) => m.id);
  const figures = performanceFigures({
    range,
    asOfDay: isoDayOf(now, hq.timezone),
    rules: resolveRules(committee.rules),
    meetings,
    invitations: await invitationsOfMeetings(db, ids),
    attendance: await seatAttendanceOfMeetings(db, ids),
    resolutions: [],
    referrals: [],
    minutes: [],
  });
  return attendanceByAgency(figures.attendance);
}
