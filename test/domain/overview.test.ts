import { describe, expect, it } from "vitest";
import {
  attendanceByAgency,
  minutesStanding,
  percentOf,
  referralsDue,
  resolutionsNeedingAttention,
  rsvpCounts,
} from "../../src/domain/overview.ts";

const due = new Date("2026-12-05T10:00:00Z");

describe("B9: minutes against their 48-hour deadline", () => {
  it("signed by the deadline is on time, after it late", () => {
    expect(minutesStanding({ dueAt: due, firstSignedAt: new Date("2026-12-04T10:00:00Z") }, due)).toBe(
      "signed_on_time",
    );
    expect(minutesStanding({ dueAt: due, firstSignedAt: due }, due)).toBe("signed_on_time");
    expect(minutesStanding({ dueAt: due, firstSignedAt: new Date("2026-12-05T10:00:01Z") }, due)).toBe("signed_late");
  });
  it("unsigned is awaiting until the deadline, overdue after it", () => {
    expect(minutesStanding({ dueAt: due, firstSignedAt: null }, due)).toBe("awaiting");
    expect(minutesStanding({ dueAt: due, firstSignedAt: null }, new Date("2026-12-05T10:00:01Z"))).toBe("overdue");
  });
});

describe("RSVP counts", () => {
  it("counts each answer; a vacant seat is not unanswered", () => {
    expect(
      rsvpCounts([
        { personId: 1, response: "attending" },
        { personId: 2, response: "attending" },
        { personId: 3, response: "not_attending" },
        { personId: 4, response: "delegating" },
        { personId: 5, response: null },
        { personId: null, response: null },
      ]),
    ).toEqual({ attending: 2, notAttending: 1, delegating: 1, unanswered: 1 });
  });
});

describe("B14: resolutions needing the HQ's attention", () => {
  it("counts awaiting approval and overdue (passed, due day passed, not implemented)", () => {
    const rows = [
      { passed: true, status: "awaiting_approval", dueDate: null },
      { passed: true, status: "awaiting_approval", dueDate: "2026-12-01" },
      { passed: true, status: "in_progress", dueDate: "2026-12-06" },
      { passed: true, status: "in_progress", dueDate: "2026-12-07" },
      { passed: true, status: "implemented", dueDate: "2026-11-01" },
      { passed: false, status: "recorded", dueDate: "2026-11-01" },
    ];
    expect(resolutionsNeedingAttention(rows, "2026-12-07")).toEqual({ awaitingApproval: 2, overdue: 2 });
  });
});

describe("B12: referrals due", () => {
  it("sorts by due date and marks those past their day", () => {
    expect(
      referralsDue(
        [
          { subject: "b", dueDate: "2026-12-20" },
          { subject: "a", dueDate: "2026-12-07" },
          { subject: "c", dueDate: "2026-12-01" },
        ],
        "2026-12-07",
      ),
    ).toEqual([
      { subject: "c", dueDate: "2026-12-01", overdue: true },
      { subject: "a", dueDate: "2026-12-07", overdue: false },
      { subject: "b", dueDate: "2026-12-20", overdue: false },
    ]);
  });
});

describe("B13: attendance by agency", () => {
  it("rates each invited agency, lowest first, and leaves out the never-invited", () => {
    expect(
      attendanceByAgency([
        { seat: "Health", present: 2, meetings: 2 },
        { seat: "Roads", present: 1, meetings: 3 },
        { seat: "Water", present: 0, meetings: 0 },
      ]),
    ).toEqual([
      { agency: "Roads", present: 1, meetings: 3, rate: 1 / 3 },
      { agency: "Health", present: 2, meetings: 2, rate: 1 },
    ]);
    expect(percentOf(2 / 3)).toBe(67);
  });
});
