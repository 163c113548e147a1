// B13 (quarterly), note 3 of group 2 (monthly) and part C (annual): a working group's performance figures for a
// Jalali period, computed from plain rows so the same numbers come out wherever they are drafted.
import {
  type InstantRange,
  type JalaliQuarter,
  jalaliMonthRange,
  jalaliQuarterOf,
  jalaliQuarterRange,
  localDateOf,
  toJalali,
} from "./calendar.ts";
import type { RulesProfile } from "./rules.ts";
import { attendanceSummary } from "./session.ts";

export type ReportPeriod =
  | { kind: "quarterly"; jy: number; quarter: JalaliQuarter }
  | { kind: "monthly"; jy: number; month: number };

/** `1405-Q3`, `1405-09`: the report's label and the tail of its job's dedupe key. */
export function periodLabel(period: ReportPeriod): string {
  return period.kind === "quarterly"
    ? `${period.jy}-Q${period.quarter}`
    : `${period.jy}-${String(period.month).padStart(2, "0")}`;
}

const LABELS = { quarterly: /^(\d{4})-Q([1-4])$/, monthly: /^(\d{4})-(0[1-9]|1[0-2])$/ } as const;

/** Labels come back from job payloads; anything else is refused. */
export function parsePeriodLabel(kind: ReportPeriod["kind"], label: string): ReportPeriod | null {
  const match = LABELS[kind].exec(label);
  if (!match) return null;
  const jy = Number(match[1]);
  const n = Number(match[2]);
  return kind === "quarterly" ? { kind, jy, quarter: n as JalaliQuarter } : { kind, jy, month: n };
}

export function periodRange(period: ReportPeriod, zone: string): InstantRange {
  return period.kind === "quarterly"
    ? jalaliQuarterRange(period.jy, period.quarter, zone)
    : jalaliMonthRange(period.jy, period.month, zone);
}

export function periodContaining(kind: ReportPeriod["kind"], instant: Date, zone: string): ReportPeriod {
  if (kind === "quarterly") return { kind, ...jalaliQuarterOf(instant, zone) };
  const { jy, jm } = toJalali(localDateOf(instant, zone));
  return { kind, jy, month: jm };
}

export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (period.kind === "quarterly") {
    return period.quarter === 1
      ? { ...period, jy: period.jy - 1, quarter: 4 }
      : { ...period, quarter: (period.quarter - 1) as JalaliQuarter };
  }
  return period.month === 1 ? { ...period, jy: period.jy - 1, month: 12 } : { ...period, month: period.month - 1 };
}

// ---------------------------------------------------------------------------------------------------

export type PerformanceInput = {
  range: InstantRange;
  /** The day (ISO, HQ zone) overdue is judged on: the period's last day, or today for a period still running. */
  asOfDay: string;
  /** B3's quorum and majority readings: a meeting's N and quorum come from the one voting base, as in its minutes. */
  rules: Pick<RulesProfile, "quorum" | "majority">;
  meetings: readonly { id: number; status: string; startsAt: Date }[];
  invitations: readonly { meetingId: number; seatId: number; seatTitle: string; voting: boolean }[];
  /**
   * The seats' attendance rows. A row exists only once someone was in the room for the seat; `present = false` means
   * they left before the end, and a seat that left still attended (domain/session seatRecord), as the minutes say.
   */
  attendance: readonly { meetingId: number; seatId: number; present: boolean }[];
  /** Every resolution of the committee: the period's are picked by meeting, overdue ones by due date. */
  resolutions: readonly { meetingId: number | null; passed: boolean; status: string; dueDate: string | null }[];
  referrals: readonly { createdAt: Date; status: string }[];
  minutes: readonly { meetingId: number; dueAt: Date; firstSignedAt: Date | null }[];
};

export type SeatAttendance = { seatId: number; seat: string; present: number; meetings: number };

export type PerformanceFigures = {
  meetingsHeld: number;
  /** B9/B13: convened, never started, and recorded so by an officer; a line of its own, never among those held. */
  meetingsNotHeld: number;
  meetingsQuorate: number;
  /** Per seat (member agency): meetings attended of the held meetings it was invited to. */
  attendance: SeatAttendance[];
  resolutionsPassed: number;
  /** Of those passed in the period: approved by the HQ or further along. */
  resolutionsApproved: number;
  resolutionsImplemented: number;
  /** Of all the committee's resolutions: due date passed by `asOfDay` and not implemented. */
  resolutionsOverdue: number;
  referralsReceived: number;
  /** Of those received in the period, answered with a written report (B12). */
  referralsAnswered: number;
  /** Held meetings whose first signed version came after the 48-hour deadline (B9). */
  minutesSignedLate: number;
  minutesUnsigned: number;
};

const APPROVED_OR_LATER = new Set(["approved", "in_progress", "blocked", "implemented"]);

const inRange = (at: Date, range: InstantRange) => at >= range.start && at < range.end;

export function performanceFigures(input: PerformanceInput): PerformanceFigures {
  const held = new Set(
    input.meetings.filter((m) => m.status === "ended" && inRange(m.startsAt, input.range)).map((m) => m.id),
  );
  const attended = new Set(
    input.attendance.filter((a) => held.has(a.meetingId)).map((a) => `${a.meetingId}:${a.seatId}`),
  );

  const bySeat = new Map<number, SeatAttendance>();
  const seatsByMeeting = new Map<
    number,
    { voting: boolean; filled: boolean; present: boolean; byDelegate: boolean }[]
  >();
  for (const invitation of input.invitations) {
    if (!held.has(invitation.meetingId)) continue;
    const wasPresent = attended.has(`${invitation.meetingId}:${invitation.seatId}`);
    const seat = bySeat.get(invitation.seatId) ?? {
      seatId: invitation.seatId,
      seat: invitation.seatTitle,
      present: 0,
      meetings: 0,
    };
    seat.meetings += 1;
    if (wasPresent) seat.present += 1;
    bySeat.set(invitation.seatId, seat);
    // N is every voting seat invited; a seat that attended was filled (only N and presence decide the quorum here).
    const seats = seatsByMeeting.get(invitation.meetingId) ?? [];
    seats.push({ voting: invitation.voting, filled: wasPresent, present: wasPresent, byDelegate: false });
    seatsByMeeting.set(invitation.meetingId, seats);
  }
  const meetingsQuorate = [...seatsByMeeting.values()].filter(
    (seats) => attendanceSummary(seats, 0, input.rules).quorate,
  ).length;

  const passed = input.resolutions.filter((r) => r.passed && r.meetingId !== null && held.has(r.meetingId));
  const received = input.referrals.filter((r) => inRange(r.createdAt, input.range));
  const minutesByMeeting = new Map(input.minutes.map((m) => [m.meetingId, m]));
  let minutesSignedLate = 0;
  let minutesUnsigned = 0;
  for (const meetingId of held) {
    const row = minutesByMeeting.get(meetingId);
    if (!row?.firstSignedAt) minutesUnsigned += 1;
    else if (row.firstSignedAt > row.dueAt) minutesSignedLate += 1;
  }

  return {
    meetingsHeld: held.size,
    meetingsNotHeld: input.meetings.filter((m) => m.status === "not_held" && inRange(m.startsAt, input.range)).length,
    meetingsQuorate,
    attendance: [...bySeat.values()],
    resolutionsPassed: passed.length,
    resolutionsApproved: passed.filter((r) => APPROVED_OR_LATER.has(r.status)).length,
    resolutionsImplemented: passed.filter((r) => r.status === "implemented").length,
    resolutionsOverdue: input.resolutions.filter(
      (r) => r.dueDate !== null && r.dueDate < input.asOfDay && r.status !== "implemented",
    ).length,
    referralsReceived: received.length,
    referralsAnswered: received.filter((r) => r.status === "reported").length,
    minutesSignedLate,
    minutesUnsigned,
  };
}

/** Share of invited seat-meetings attended, 0–1; null when nothing was held. */
export function attendanceRate(rows: readonly Pick<SeatAttendance, "present" | "meetings">[]): number | null {
  const meetings = rows.reduce((sum, row) => sum + row.meetings, 0);
  return meetings === 0 ? null : rows.reduce((sum, row) => sum + row.present, 0) / meetings;
}

/** Part C: a year's figures from its quarters, counts added and attendance merged per seat. */
export function sumFigures(list: readonly PerformanceFigures[]): PerformanceFigures {
  const seats = new Map<number, SeatAttendance>();
  for (const figures of list) {
    for (const row of figures.attendance) {
      const seat = seats.get(row.seatId) ?? { ...row, present: 0, meetings: 0 };
      seat.present += row.present;
      seat.meetings += row.meetings;
      seats.set(row.seatId, seat);
    }
  }
  const sum = (pick: (f: PerformanceFigures) => number) => list.reduce((total, f) => total + pick(f), 0);
  return {
    meetingsHeld: sum((f) => f.meetingsHeld),
    meetingsNotHeld: sum((f) => f.meetingsNotHeld),
    meetingsQuorate: sum((f) => f.meetingsQuorate),
    attendance: [...seats.values()],
    resolutionsPassed: sum((f) => f.resolutionsPassed),
    resolutionsApproved: sum((f) => f.resolutionsApproved),
    resolutionsImplemented: sum((f) => f.resolutionsImplemented),
    // Overdue is a standing backlog, not a flow: the year ends with the last quarter's.
    resolutionsOverdue: list.at(-1)?.resolutionsOverdue ?? 0,
    referralsReceived: sum((f) => f.referralsReceived),
    referralsAnswered: sum((f) => f.referralsAnswered),
    minutesSignedLate: sum((f) => f.minutesSignedLate),
    minutesUnsigned: sum((f) => f.minutesUnsigned),
  };
}
