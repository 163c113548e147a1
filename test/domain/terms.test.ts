import { describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { addDays, daysBetween, isCurrentTerm, isoDayOf, renewalTerm, termReminderDay, termReminderDue, termStanding } from "../../src/domain/terms.ts";

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
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-03-01", -1)).toBe("2023-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-03-04", "2026-04-03")).toBe(30);
    expect(daysBetween("2026-04-03", "2026-03-04")).toBe(-30);
  });

  it("judges the day in the HQ's zone: 23:00 UTC is already the next day in Tehran", () => {
    const lateEvening = new Date("2026-04-03T21:00:00Z");
    expect(isoDayOf(lateEvening, "Asia/Tehran")).toBe("2026-04-04");
    expect(isoDayOf(lateEvening, "UTC")).toBe("2026-04-03");
    expect(isoDayOf(zonedInstant(fromJalali(1405, 1, 15), { hour: 0, minute: 0 }, "Asia/Tehran"), "Asia/Tehran")).toBe("2026-04-04");
  });
});

describe("B2 reappointment", () => {
  it("B2 a renewed order runs from today for two years unless another last day is given", () => {
    expect(renewalTerm("2026-11-28")).toEqual({ termStart: "2026-11-28", termEnd: "2028-11-28" });
    expect(renewalTerm("2028-02-29")).toEqual({ termStart: "2028-02-29", termEnd: "2030-02-28" });
    expect(renewalTerm("2026-11-28", "2027-03-20")).toEqual({ termStart: "2026-11-28", termEnd: "2027-03-20" });
  });

  it("B2 the last day of a renewed order comes after today", () => {
    expect(renewalTerm("2026-11-28", "2026-11-28")).toBeNull();
    expect(renewalTerm("2026-11-28", "2026-11-01")).toBeNull();
    expect(renewalTerm("2026-11-28", "2026-11-29")).toEqual({ termStart: "2026-11-28", termEnd: "2026-11-29" });
  });

  it("B2 the secretariat sees an order as ended, ending within 30 days, or in force", () => {
    const term = { termEnd: "2026-12-28" };
    expect(termStanding(term, "2026-11-27")).toBe("in_force");
    expect(termStanding(term, "2026-11-28")).toBe("ending");
    expect(termStanding(term, "2026-12-28")).toBe("ending");
    expect(termStanding(term, "2026-12-29")).toBe("ended");
  });
});
