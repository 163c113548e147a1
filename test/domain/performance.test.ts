import { describe, expect, it } from "vitest";
import { fromJalali, jalaliQuarterRange, zonedInstant } from "../../src/domain/calendar.ts";
import {
  attendanceRate,
  type PerformanceInput,
  parsePeriodLabel,
  performanceFigures,
  periodContaining,
  periodLabel,
  periodRange,
  previousPeriod,
  sumFigures,
} from "../../src/domain/performance.ts";
import { BYLAW_DEFAULT_RULES } from "../../src/domain/rules.ts";

const ZONE = "Asia/Tehran";
const at = (jy: number, jm: number, jd: number, hour = 10) =>
  zonedInstant(fromJalali(jy, jm, jd), { hour, minute: 0 }, ZONE);
const HOUR = 60 * 60 * 1000;

/** Nine voting seats and one without a vote, invited to every meeting. */
const SEATS = [
  ...Array.from({ length: 9 }, (_, i) => ({ seatId: i + 1, seatTitle: `seat ${i + 1}`, voting: true })),
  { seatId: 10, seatTitle: "activist", voting: false },
];
const invite = (meetingId: number) => SEATS.map((s) => ({ meetingId, ...s }));
/** Attendance rows exist only for seats someone was in the room for; `left` ones were marked absent before the end. */
const present = (meetingId: number, seatIds: number[], left: number[] = []) => [
  ...seatIds.map((seatId) => ({ meetingId, seatId, present: true })),
  ...left.map((seatId) => ({ meetingId, seatId, present: false })),
];

/** Autumn 1405 (Mehr–Azar): two meetings held, one cancelled, one still scheduled; one held the quarter before. */
function autumn(): PerformanceInput {
  return {
    range: jalaliQuarterRange(1405, 3, ZONE),
    asOfDay: "2026-12-22",
    rules: BYLAW_DEFAULT_RULES,
    meetings: [
      { id: 1, status: "ended", startsAt: at(1405, 7, 15) },
      { id: 2, status: "ended", startsAt: at(1405, 9, 21) },
      { id: 3, status: "cancelled", startsAt: at(1405, 8, 1) },
      { id: 4, status: "ended", startsAt: at(1405, 6, 20) },
      { id: 5, status: "scheduled", startsAt: at(1405, 9, 30) },
    ],
    invitations: [...invite(1), ...invite(2), ...invite(4)],
    attendance: [
      // Meeting 1: six voting seats and the activist, quorate (⌈2·9/3⌉ = 6).
      ...present(1, [1, 2, 3, 4, 5, 6, 10]),
      // Meeting 2: five voting seats, not quorate.
      ...present(2, [1, 2, 3, 7, 8]),
      ...present(4, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ],
    resolutions: [
      { meetingId: 1, passed: true, status: "approved", dueDate: "2027-03-01" },
      { meetingId: 1, passed: true, status: "implemented", dueDate: "2026-11-01" },
      { meetingId: 1, passed: false, status: "not_passed", dueDate: null },
      { meetingId: 2, passed: true, status: "awaiting_approval", dueDate: null },
      { meetingId: 2, passed: true, status: "in_progress", dueDate: "2026-12-21" },
      // The quarter before: not counted as passed here, but its missed due date is still overdue.
      { meetingId: 4, passed: true, status: "blocked", dueDate: "2026-10-10" },
      // An HQ resolution (B14), due later.
      { meetingId: null, passed: true, status: "approved", dueDate: "2026-12-22" },
    ],
    referrals: [
      { createdAt: at(1405, 7, 2), status: "reported" },
      { createdAt: at(1405, 8, 10), status: "reported" },
      { createdAt: at(1405, 9, 29), status: "open" },
      { createdAt: at(1405, 6, 30), status: "reported" },
    ],
    minutes: [
      {
        meetingId: 1,
        dueAt: new Date(at(1405, 7, 15).getTime() + 50 * HOUR),
        firstSignedAt: new Date(at(1405, 7, 15).getTime() + 60 * HOUR),
      },
      { meetingId: 2, dueAt: new Date(at(1405, 9, 21).getTime() + 50 * HOUR), firstSignedAt: null },
      { meetingId: 4, dueAt: new Date(at(1405, 6, 20).getTime() + 50 * HOUR), firstSignedAt: at(1405, 6, 21) },
    ],
  };
}

describe("B13 performance figures", () => {
  it("B13 computes every figure of a quarter from a known data set", () => {
    const figures = performanceFigures(autumn());
    expect(figures).toEqual({
      meetingsHeld: 2,
      meetingsNotHeld: 0,
      meetingsQuorate: 1,
      attendance: [
        { seatId: 1, seat: "seat 1", present: 2, meetings: 2 },
        { seatId: 2, seat: "seat 2", present: 2, meetings: 2 },
        { seatId: 3, seat: "seat 3", present: 2, meetings: 2 },
        { seatId: 4, seat: "seat 4", present: 1, meetings: 2 },
        { seatId: 5, seat: "seat 5", present: 1, meetings: 2 },
        { seatId: 6, seat: "seat 6", present: 1, meetings: 2 },
        { seatId: 7, seat: "seat 7", present: 1, meetings: 2 },
        { seatId: 8, seat: "seat 8", present: 1, meetings: 2 },
        { seatId: 9, seat: "seat 9", present: 0, meetings: 2 },
        { seatId: 10, seat: "activist", present: 1, meetings: 2 },
      ],
      resolutionsPassed: 4,
      resolutionsApproved: 3,
      resolutionsImplemented: 1,
      resolutionsOverdue: 2,
      referralsReceived: 3,
      referralsAnswered: 2,
      minutesSignedLate: 1,
      minutesUnsigned: 1,
    });
    expect(attendanceRate(figures.attendance)).toBeCloseTo(12 / 20);
    expect(attendanceRate([figures.attendance[8]!])).toBe(0);
  });

  it("B3 quorum counts voting seats only: the activist without a vote does not make a meeting official", () => {
    const input = autumn();
    input.attendance = [...present(1, [1, 2, 3, 4, 5, 10]), ...present(2, [])];
    expect(performanceFigures(input).meetingsQuorate).toBe(0);
  });

  it("B3: a seat that left before the end attended, so a meeting official in its minutes is official in the report", () => {
    const input = autumn();
    // Meeting 1: four still in the room at the end, two who voted and left; ⌈2·9/3⌉ = 6 attended.
    input.attendance = [...present(1, [1, 2, 3, 4], [5, 6]), ...present(2, [])];
    const figures = performanceFigures(input);
    expect(figures.meetingsQuorate).toBe(1);
    expect(figures.attendance.find((a) => a.seatId === 5)).toMatchObject({ present: 1, meetings: 2 });
  });

  it("B3: N counts every voting seat invited, vacant or out of term, so 5 of 9 is never official", () => {
    const input = autumn();
    input.attendance = [...present(1, [1, 2, 3, 4, 5]), ...present(2, [])];
    expect(performanceFigures(input).meetingsQuorate).toBe(0);
  });

  it("B9/B13: a meeting recorded as not held appears in the quarterly report as its own line, not among those held", () => {
    const input = autumn();
    input.meetings = [
      ...input.meetings,
      { id: 90, status: "not_held", startsAt: at(1405, 8, 10) },
      { id: 91, status: "cancelled", startsAt: at(1405, 8, 12) },
    ];
    const figures = performanceFigures(input);
    expect(figures.meetingsNotHeld).toBe(1);
    expect(figures.meetingsHeld).toBe(2);
    expect(sumFigures([figures, figures]).meetingsNotHeld).toBe(2);
  });

  it("a quarter without meetings has zeros and no attendance rate", () => {
    const figures = performanceFigures({ ...autumn(), range: jalaliQuarterRange(1405, 4, ZONE) });
    expect(figures.meetingsHeld).toBe(0);
    expect(figures.minutesUnsigned).toBe(0);
    expect(attendanceRate(figures.attendance)).toBeNull();
  });

  it("part C adds quarters into a year; overdue is the last quarter's standing backlog", () => {
    const a = performanceFigures(autumn());
    const total = sumFigures([a, { ...a, resolutionsOverdue: 5 }]);
    expect(total.meetingsHeld).toBe(4);
    expect(total.referralsAnswered).toBe(4);
    expect(total.resolutionsOverdue).toBe(5);
    expect(total.attendance[0]).toEqual({ seatId: 1, seat: "seat 1", present: 4, meetings: 4 });
  });
});

describe("report periods (Jalali quarters and months)", () => {
  it("labels quarters and months and reads the labels back, refusing anything else", () => {
    expect(periodLabel({ kind: "quarterly", jy: 1405, quarter: 3 })).toBe("1405-Q3");
    expect(periodLabel({ kind: "monthly", jy: 1405, month: 9 })).toBe("1405-09");
    expect(parsePeriodLabel("quarterly", "1405-Q3")).toEqual({ kind: "quarterly", jy: 1405, quarter: 3 });
    expect(parsePeriodLabel("monthly", "1405-12")).toEqual({ kind: "monthly", jy: 1405, month: 12 });
    for (const bad of ["1405-Q5", "1405-Q0", "1405-13", "1405-9", "x", "1405-Q3 "]) {
      expect(parsePeriodLabel(bad.includes("Q") ? "quarterly" : "monthly", bad)).toBeNull();
    }
  });

  it("finds the running period in the HQ's zone and steps back across the new year", () => {
    // 1 Mehr 1405 00:30 in Tehran is still 30 Shahrivar in UTC.
    const firstOfMehr = zonedInstant(fromJalali(1405, 7, 1), { hour: 0, minute: 30 }, ZONE);
    expect(periodContaining("quarterly", firstOfMehr, ZONE)).toEqual({ kind: "quarterly", jy: 1405, quarter: 3 });
    expect(periodContaining("quarterly", firstOfMehr, "UTC")).toEqual({ kind: "quarterly", jy: 1405, quarter: 2 });
    expect(previousPeriod({ kind: "quarterly", jy: 1405, quarter: 1 })).toEqual({
      kind: "quarterly",
      jy: 1404,
      quarter: 4,
    });
    expect(previousPeriod({ kind: "monthly", jy: 1405, month: 1 })).toEqual({ kind: "monthly", jy: 1404, month: 12 });
    const winter = periodRange({ kind: "quarterly", jy: 1404, quarter: 4 }, ZONE);
    expect(winter.end).toEqual(periodRange({ kind: "monthly", jy: 1405, month: 1 }, ZONE).start);
  });
});
