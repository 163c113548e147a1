import { describe, expect, it } from "vitest";
import { fromJalali, toIsoDate, zonedInstant } from "../../src/domain/calendar.ts";
import {
  addDaysToIsoDay,
  daysBetween,
  exceedsTwoYears,
  fullTermEnd,
  isCurrentTerm,
  isoDayOf,
  renewalTerm,
  termReminderDay,
  termReminderDue,
  termStanding,
} from "../../src/domain/terms.ts";

describe("B2 appointment terms", () => {
  const term = { termStart: "2024-04-03", termEnd: "2026-04-03" };

  it("B2 a term is in force from its first day through its last day, not before or after", () => {
    expect(isCurrentTerm(term, "2024-04-02")).toBe(false);
    expect(isCurrentTerm(term, "2024-04-03")).toBe(true);
    expect(isCurrentTerm(term, "2025-12-31")).toBe(true);
    expect(isCurrentTerm(term, "2026-04-03")).toBe(true);
    expect(isCurrentTerm(term, "2026-04-04")).toBe(false);
  });

  it("B2 the reminder is due 30 days before the term ends, and stays due once the term is over", () => {
    expect(termReminderDay(term)).toBe("2026-03-04");
    expect(termReminderDue(term, "2026-03-03")).toBe(false);
    expect(termReminderDue(term, "2026-03-04")).toBe(true);
    expect(termReminderDue(term, "2027-01-01")).toBe(true);
  });

  it("counts calendar days across month ends and leap days", () => {
    expect(addDaysToIsoDay("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDaysToIsoDay("2023-03-01", -1)).toBe("2023-02-28");
    expect(addDaysToIsoDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-03-04", "2026-04-03")).toBe(30);
    expect(daysBetween("2026-04-03", "2026-03-04")).toBe(-30);
  });

  it("judges the day in the HQ's zone: 23:00 UTC is already the next day in Tehran", () => {
    const lateEvening = new Date("2026-04-03T21:00:00Z");
    expect(isoDayOf(lateEvening, "Asia/Tehran")).toBe("2026-04-04");
    expect(isoDayOf(lateEvening, "UTC")).toBe("2026-04-03");
    expect(isoDayOf(zonedInstant(fromJalali(1405, 1, 15), { hour: 0, minute: 0 }, "Asia/Tehran"), "Asia/Tehran")).toBe(
      "2026-04-04",
    );
  });
});

describe("B2 reappointment", () => {
  it("B2 a renewed order runs from today for two years unless another last day is given", () => {
    expect(renewalTerm("2026-11-28", "gregorian")).toEqual({
      ok: true,
      term: { termStart: "2026-11-28", termEnd: "2028-11-28" },
    });
    expect(renewalTerm("2028-02-29", "gregorian")).toEqual({
      ok: true,
      term: { termStart: "2028-02-29", termEnd: "2030-02-28" },
    });
    expect(renewalTerm("2026-11-28", "gregorian", "2027-03-20")).toEqual({
      ok: true,
      term: { termStart: "2026-11-28", termEnd: "2027-03-20" },
    });
    // 1405/09/07 → 1407/09/07
    expect(renewalTerm("2026-11-28", "jalali")).toEqual({
      ok: true,
      term: { termStart: "2026-11-28", termEnd: "2028-11-27" },
    });
  });

  it("B2 the last day of a renewed order comes after today", () => {
    expect(renewalTerm("2026-11-28", "gregorian", "2026-11-28")).toEqual({ ok: false, reason: "not_after_today" });
    expect(renewalTerm("2026-11-28", "gregorian", "2026-11-01")).toEqual({ ok: false, reason: "not_after_today" });
    expect(renewalTerm("2026-11-28", "gregorian", "2026-11-29")).toEqual({
      ok: true,
      term: { termStart: "2026-11-28", termEnd: "2026-11-29" },
    });
  });

  it("B2 a renewed order may not run past two years, counted in the calendar its last day was written in", () => {
    expect(renewalTerm("2026-11-28", "gregorian", "2028-11-28").ok).toBe(true);
    expect(renewalTerm("2026-11-28", "gregorian", "2028-11-29")).toEqual({
      ok: false,
      reason: "longer_than_two_years",
      latestEnd: "2028-11-28",
    });
    // Typed as 1407/09/08, one Jalali day past 1407/09/07.
    expect(renewalTerm("2026-11-28", "jalali", "2028-11-28")).toEqual({
      ok: false,
      reason: "longer_than_two_years",
      latestEnd: "2028-11-27",
    });
  });

  it("B2 the secretariat sees an order as ended, ending within 30 days, or in force", () => {
    const term = { termEnd: "2026-12-28" };
    expect(termStanding(term, "2026-11-27")).toBe("in_force");
    expect(termStanding(term, "2026-11-28")).toBe("ending");
    expect(termStanding(term, "2026-12-28")).toBe("ending");
    expect(termStanding(term, "2026-12-29")).toBe("ended");
  });
});

// A term starting D ends on the same calendar day two years later, in the calendar the order was written in; a day
// that year lacks becomes its month's last day. The order is in force on that last day too.
describe("B2 a term is two years", () => {
  const jalali = (jy: number, jm: number, jd: number) => toIsoDate(fromJalali(jy, jm, jd));

  it("B2: a term ends two years later on the same Jalali day", () => {
    // 1405/01/15 = 2026-04-04; 1407/01/15 = 2028-04-03 (Gregorian counting gave 1407/01/16).
    expect(fullTermEnd(jalali(1405, 1, 15), "jalali")).toBe(jalali(1407, 1, 15));
    expect(fullTermEnd(jalali(1405, 1, 15), "jalali")).toBe("2028-04-03");
    expect(fullTermEnd(jalali(1405, 6, 31), "jalali")).toBe(jalali(1407, 6, 31));
    expect(fullTermEnd(jalali(1405, 7, 30), "jalali")).toBe(jalali(1407, 7, 30));
    expect(fullTermEnd(jalali(1406, 12, 29), "jalali")).toBe(jalali(1408, 12, 29));
  });

  it("B2: a term from Esfand 30 of a Jalali leap year ends on Esfand 29 when that year has no Esfand 30", () => {
    // 1403 is a leap year, 1405 is not.
    expect(fullTermEnd(jalali(1403, 12, 30), "jalali")).toBe(jalali(1405, 12, 29));
    expect(fullTermEnd(jalali(1403, 12, 29), "jalali")).toBe(jalali(1405, 12, 29));
    expect(fullTermEnd(jalali(1404, 1, 1), "jalali")).toBe(jalali(1406, 1, 1));
  });

  it("B2: a term ends two years later on the same Gregorian day; 29 February ends on 28 February", () => {
    expect(fullTermEnd("2026-04-04", "gregorian")).toBe("2028-04-04");
    expect(fullTermEnd("2026-01-31", "gregorian")).toBe("2028-01-31");
    expect(fullTermEnd("2026-12-31", "gregorian")).toBe("2028-12-31");
    expect(fullTermEnd("2028-02-29", "gregorian")).toBe("2030-02-28");
    expect(fullTermEnd("2026-02-28", "gregorian")).toBe("2028-02-28");
  });

  it("B2: an order longer than two years is over the limit by one day, not before", () => {
    const start = jalali(1405, 1, 15);
    expect(exceedsTwoYears({ termStart: start, termEnd: jalali(1407, 1, 15) }, "jalali")).toBe(false);
    expect(exceedsTwoYears({ termStart: start, termEnd: jalali(1407, 1, 16) }, "jalali")).toBe(true);
    expect(exceedsTwoYears({ termStart: "2028-02-29", termEnd: "2030-02-28" }, "gregorian")).toBe(false);
    expect(exceedsTwoYears({ termStart: "2028-02-29", termEnd: "2030-03-01" }, "gregorian")).toBe(true);
  });
});
