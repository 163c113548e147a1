import { describe, expect, it } from "vitest";
import {
  BYLAW_DEFAULT_RULES,
  earliestMeetingStart,
  minutesDeadline,
  proposalDeadline,
  quorumRequired,
  resolveRules,
  rulesOverrideSchema,
  yesVotesRequired,
} from "../../src/domain/rules.ts";
import { isQuorate } from "../../src/domain/voting-base.ts";

/** The voting base of `seats` voting seats under the bylaw's default rules, as a session computes it. */
const baseOf = (seats: number) => ({ members: seats, quorumRequired: quorumRequired(seats) });

describe("B3 quorum: two-thirds of the voting members", () => {
  it.each([
    [3, 2],
    [5, 4],
    [6, 4],
    [9, 6],
    [12, 8],
    [16, 11],
    [17, 12],
    [20, 14],
  ])("with %i voting seats the meeting is official from %i present", (seats, required) => {
    expect(quorumRequired(seats)).toBe(required);
    expect(isQuorate(baseOf(seats), required)).toBe(true);
    expect(isQuorate(baseOf(seats), required - 1)).toBe(false);
  });

  it("a committee with no voting seats is never quorate", () => {
    expect(isQuorate(baseOf(0), 0)).toBe(false);
  });

  it("a committee may set another fraction", () => {
    expect(quorumRequired(9, { numerator: 1, denominator: 2 })).toBe(5);
  });
});

describe("B3 majority: yes votes of half plus one of ALL voting members", () => {
  it.each([
    [5, 3, 4],
    [6, 4, 4],
    [9, 5, 6],
    [10, 6, 6],
    [12, 7, 7],
    [16, 9, 9],
    [17, 9, 10],
  ])("with %i voting seats: absolute %i, strict %i", (seats, absolute, strict) => {
    expect(yesVotesRequired(seats, "absolute")).toBe(absolute);
    expect(yesVotesRequired(seats, "strict")).toBe(strict);
  });

  it("strict equals ⌈N/2 + 1⌉ for every N", () => {
    for (let n = 1; n <= 200; n++) expect(yesVotesRequired(n, "strict")).toBe(Math.ceil(n / 2 + 1));
  });
});

describe("B6, B9, B10 deadlines", () => {
  const meeting = new Date("2026-12-11T06:30:00Z");
  it("B6 notice: a meeting convened now may start 7 days later at the earliest", () => {
    expect(earliestMeetingStart(new Date("2026-12-01T08:00:00Z"), BYLAW_DEFAULT_RULES).toISOString()).toBe(
      "2026-12-08T08:00:00.000Z",
    );
  });
  it("B10 proposals close 7 days before the meeting", () => {
    expect(proposalDeadline(meeting, BYLAW_DEFAULT_RULES).toISOString()).toBe("2026-12-04T06:30:00.000Z");
  });
  it("B9 minutes are due 48 hours after the meeting ends", () => {
    expect(minutesDeadline(meeting, BYLAW_DEFAULT_RULES).toISOString()).toBe("2026-12-13T06:30:00.000Z");
  });
});

describe("rules profile", () => {
  it("takes the bylaw defaults when nothing is overridden", () => {
    expect(resolveRules(undefined)).toEqual(BYLAW_DEFAULT_RULES);
  });
  it("applies roster overrides", () => {
    const rules = resolveRules({ notice_days: 10, quorum: "3/4", majority: "strict", minutes_hours: 24 });
    expect(rules).toMatchObject({ noticeDays: 10, quorum: { numerator: 3, denominator: 4 }, majority: "strict" });
    expect(rules.minutesHours).toBe(24);
  });
  it("rejects unknown keys and impossible fractions", () => {
    expect(rulesOverrideSchema.safeParse({ quorum: "4/3" }).success).toBe(false);
    expect(rulesOverrideSchema.safeParse({ quorom: "2/3" }).success).toBe(false);
    expect(rulesOverrideSchema.safeParse({ majority: "simple" }).success).toBe(false);
  });
});
