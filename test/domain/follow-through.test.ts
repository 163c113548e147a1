import { describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { readReferral, visitDateInQuestion, visitReminderPlan } from "../../src/domain/follow-through.ts";

const ZONE = "Asia/Tehran";
const HOUR = 60 * 60 * 1000;
/** Wednesday 25 Azar 1405, 10:00 Tehran (06:30 UTC). */
const VISIT = zonedInstant(fromJalali(1405, 9, 25), { hour: 10, minute: 0 }, ZONE);
const APPROVED = new Date("2026-11-28T08:00:00Z");

describe("field visit reminders (bylaw B15)", () => {
  it("B15 a timed visit is reminded a day and two hours before it starts", () => {
    expect(visitReminderPlan(VISIT, ZONE, APPROVED)).toEqual([
      { stage: "day_before", at: new Date("2026-12-15T06:30:00Z") },
      { stage: "starting_2h", at: new Date("2026-12-16T04:30:00Z") },
    ]);
  });

  it("B15 a visit without a time is reminded once, at 09:00 the day before", () => {
    const day = zonedInstant(fromJalali(1405, 9, 25), { hour: 0, minute: 0 }, ZONE);
    expect(visitReminderPlan(day, ZONE, APPROVED)).toEqual([
      { stage: "day_before", at: zonedInstant(fromJalali(1405, 9, 24), { hour: 9, minute: 0 }, ZONE) },
    ]);
  });

  it("B15 reminders already due when the visit is approved are left out", () => {
    expect(visitReminderPlan(VISIT, ZONE, new Date(VISIT.getTime() - 5 * HOUR))).toEqual([
      { stage: "starting_2h", at: new Date(VISIT.getTime() - 2 * HOUR) },
    ]);
    expect(visitReminderPlan(VISIT, ZONE, new Date(VISIT.getTime() - 2 * HOUR))).toEqual([]);
  });

  it("B15 a visit awaiting the secretary's answer is about the proposed date", () => {
    const proposed = new Date(VISIT.getTime() + 72 * HOUR);
    expect(visitDateInQuestion({ status: "other_date_proposed", startsAt: VISIT, proposedStartsAt: proposed })).toBe(
      proposed,
    );
    expect(visitDateInQuestion({ status: "approved", startsAt: VISIT, proposedStartsAt: proposed })).toBe(VISIT);
    expect(visitDateInQuestion({ status: "requested", startsAt: VISIT, proposedStartsAt: null })).toBe(VISIT);
  });
});

describe("reading /refer (bylaw B12)", () => {
  const due = fromJalali(1405, 10, 15);

  it("B12 key, due date and subject; the date as numbers or with its month's name; the subject as typed", () => {
    expect(readReferral("physical ۱۴۰۵/۱۰/۱۵ بررسی طرح\nبا توجه به نامه")).toEqual({
      ok: true,
      value: { key: "physical", dueDate: due, subject: "بررسی طرح\nبا توجه به نامه" },
    });
    expect(readReferral("physical ۱۵ دی ۱۴۰۵ بررسی طرح")).toEqual({
      ok: true,
      value: { key: "physical", dueDate: due, subject: "بررسی طرح" },
    });
    expect(readReferral("physical January 5, 2027 review")).toEqual({
      ok: true,
      value: { key: "physical", dueDate: due, subject: "review" },
    });
  });

  it("a missing part is the usage (null); a date that cannot be is its reason", () => {
    expect(readReferral("physical")).toEqual({ ok: false, error: null });
    expect(readReferral("physical ۱۴۰۵/۱۰/۱۵")).toEqual({ ok: false, error: null });
    expect(readReferral("physical ۱۵ دی ۱۴۰۵")).toEqual({ ok: false, error: null });
    expect(readReferral("physical 1405/13/01 بررسی")).toMatchObject({
      ok: false,
      error: { code: "month_out_of_range" },
    });
    expect(readReferral("physical ۳۱ دی ۱۴۰۵ بررسی")).toMatchObject({ ok: false, error: { code: "day_out_of_range" } });
  });
});
