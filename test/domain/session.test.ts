import { describe, expect, it } from "vitest";
import { BYLAW_DEFAULT_RULES } from "../../src/domain/rules.ts";
import { attendanceSummary, tallyOf, voteOutcome } from "../../src/domain/session.ts";

const seats = (present: number, total: number, byDelegate = 0) =>
  Array.from({ length: total }, (_, i) => ({ voting: true, present: i < present, byDelegate: i < byDelegate }));

describe("B3 quorum in session", () => {
  it.each([
    [5, 4],
    [9, 6],
    [12, 8],
    [16, 11],
    [17, 12],
  ])("with %i voting seats, %i present make the meeting official; one fewer does not", (n, required) => {
    expect(attendanceSummary(seats(required, n), 0, BYLAW_DEFAULT_RULES.quorum)).toMatchObject({ quorate: true, quorumRequired: required });
    expect(attendanceSummary(seats(required - 1, n), 0, BYLAW_DEFAULT_RULES.quorum).quorate).toBe(false);
  });

  it("a seat represented by its delegate counts as present, once", () => {
    const summary = attendanceSummary(seats(6, 9, 1), 1, BYLAW_DEFAULT_RULES.quorum);
    expect(summary).toEqual({ votingSeats: 9, presentVoting: 6, presentByDelegate: 1, guestsPresent: 1, quorumRequired: 6, quorate: true });
  });

  it("guests and non-voting seats never count towards quorum", () => {
    const withNonVoting = [...seats(5, 9), { voting: false, present: true, byDelegate: false }];
    expect(attendanceSummary(withNonVoting, 3, BYLAW_DEFAULT_RULES.quorum)).toMatchObject({ votingSeats: 9, presentVoting: 5, quorate: false });
  });
});

describe("B3 majority of all voting members", () => {
  it("with 9 members, 5 yes / 0 no passes", () => {
    expect(voteOutcome({ yes: 5, no: 0, abstain: 0 }, 9, "absolute")).toMatchObject({ threshold: 5, passed: true });
  });
  it("with 9 members, 4 yes / 0 no fails even if only 6 are present", () => {
    expect(voteOutcome({ yes: 4, no: 0, abstain: 2 }, 9, "absolute")).toMatchObject({ threshold: 5, passed: false });
  });
  it("the strict reading needs 6 of 9", () => {
    expect(voteOutcome({ yes: 5, no: 0, abstain: 0 }, 9, "strict")).toMatchObject({ threshold: 6, passed: false });
    expect(voteOutcome({ yes: 6, no: 3, abstain: 0 }, 9, "strict")).toMatchObject({ threshold: 6, passed: true });
  });
  it.each([
    [5, 3, 4],
    [9, 5, 6],
    [12, 7, 7],
    [16, 9, 9],
    [17, 9, 10],
  ])("threshold table: %i seats → absolute %i, strict %i", (n, absolute, strict) => {
    expect(voteOutcome({ yes: 0, no: 0, abstain: 0 }, n, "absolute").threshold).toBe(absolute);
    expect(voteOutcome({ yes: 0, no: 0, abstain: 0 }, n, "strict").threshold).toBe(strict);
  });
  it("abstentions and noes never help a resolution pass", () => {
    expect(voteOutcome(tallyOf(["yes", "yes", "yes", "yes", "abstain", "abstain", "no", null]), 9, "absolute").passed).toBe(false);
  });
});
