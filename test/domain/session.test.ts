import { describe, expect, it } from "vitest";
import { BYLAW_DEFAULT_RULES } from "../../src/domain/rules.ts";
import { attendanceSummary, ballotBar, seatRecord, tallyOf, voteOutcome } from "../../src/domain/session.ts";

const seats = (present: number, total: number, byDelegate = 0) =>
  Array.from({ length: total }, (_, i) => ({
    voting: true,
    filled: true,
    present: i < present,
    byDelegate: i < byDelegate,
  }));

/** The room of a meeting with N voting seats, `present` of them present, measured as the session does. */
const room = (n: number, present: number) => attendanceSummary(seats(present, n), 0, BYLAW_DEFAULT_RULES);

describe("B3 quorum in session", () => {
  it.each([
    [5, 4],
    [9, 6],
    [12, 8],
    [16, 11],
    [17, 12],
  ])("with %i voting seats, %i present make the meeting official; one fewer does not", (n, required) => {
    expect(attendanceSummary(seats(required, n), 0, BYLAW_DEFAULT_RULES)).toMatchObject({
      quorate: true,
      quorumRequired: required,
    });
    expect(attendanceSummary(seats(required - 1, n), 0, BYLAW_DEFAULT_RULES).quorate).toBe(false);
  });

  it("a seat represented by its delegate counts as present, once", () => {
    const summary = attendanceSummary(seats(6, 9, 1), 1, BYLAW_DEFAULT_RULES);
    expect(summary).toEqual({
      votingSeats: 9,
      filledSeats: 9,
      presentVoting: 6,
      presentByDelegate: 1,
      guestsPresent: 1,
      quorumRequired: 6,
      yesRequired: 5,
      quorumReachable: true,
      quorate: true,
    });
  });

  it("guests and non-voting seats never count towards quorum", () => {
    const withNonVoting = [...seats(5, 9), { voting: false, filled: true, present: true, byDelegate: false }];
    expect(attendanceSummary(withNonVoting, 3, BYLAW_DEFAULT_RULES)).toMatchObject({
      votingSeats: 9,
      presentVoting: 5,
      quorate: false,
    });
  });

  it("B2/B3: a vacant or ended seat stays in N but is never present, whatever its attendance row says", () => {
    const withEnded = [
      ...seats(5, 7),
      { voting: true, filled: false, present: true, byDelegate: false },
      { voting: true, filled: false, present: false, byDelegate: false },
    ];
    expect(attendanceSummary(withEnded, 0, BYLAW_DEFAULT_RULES)).toMatchObject({
      votingSeats: 9,
      filledSeats: 7,
      presentVoting: 5,
      quorumRequired: 6,
      quorate: false,
    });
  });

  it("B3: with too few filled seats the quorum is out of reach before anyone arrives", () => {
    const fiveFilled = [
      ...seats(0, 5),
      ...Array.from({ length: 4 }, () => ({ voting: true, filled: false, present: false, byDelegate: false })),
    ];
    expect(attendanceSummary(fiveFilled, 0, BYLAW_DEFAULT_RULES)).toMatchObject({
      votingSeats: 9,
      filledSeats: 5,
      quorumRequired: 6,
      quorumReachable: false,
    });
  });
});

describe("B1–B3 who may vote at this moment", () => {
  it("B3: a ballot counts only from a seat present at that moment", () => {
    expect(ballotBar({ filled: true, present: true })).toBeNull();
    expect(ballotBar({ filled: true, present: false })).toBe("not_present");
  });

  it("B2: a seat whose holder's appointment ended cannot vote, present or not", () => {
    expect(ballotBar({ filled: false, present: true })).toBe("term_ended");
    expect(ballotBar({ filled: false, present: false })).toBe("term_ended");
  });
});

describe("B3 majority of all voting members", () => {
  it("with 9 members, 5 yes / 0 no passes", () => {
    expect(voteOutcome({ yes: 5, no: 0, abstain: 0 }, room(9, 9), "absolute")).toMatchObject({
      threshold: 5,
      passed: true,
      decision: "passed",
    });
  });
  it("with 9 members, 4 yes / 0 no fails even if only 6 are present", () => {
    expect(voteOutcome({ yes: 4, no: 0, abstain: 2 }, room(9, 6), "absolute")).toMatchObject({
      threshold: 5,
      passed: false,
      decision: "failed",
    });
  });
  it("the strict reading needs 6 of 9", () => {
    const strict = (present: number) =>
      attendanceSummary(seats(present, 9), 0, { ...BYLAW_DEFAULT_RULES, majority: "strict" });
    expect(voteOutcome({ yes: 5, no: 0, abstain: 0 }, strict(9), "strict")).toMatchObject({
      threshold: 6,
      passed: false,
    });
    expect(voteOutcome({ yes: 6, no: 3, abstain: 0 }, strict(9), "strict")).toMatchObject({
      threshold: 6,
      passed: true,
    });
  });
  it.each([
    [5, 3, 4],
    [9, 5, 6],
    [12, 7, 7],
    [16, 9, 9],
    [17, 9, 10],
  ])("threshold table: %i seats → absolute %i, strict %i", (n, absolute, strict) => {
    expect(voteOutcome({ yes: 0, no: 0, abstain: 0 }, room(n, n), "absolute").threshold).toBe(absolute);
    expect(attendanceSummary(seats(n, n), 0, { ...BYLAW_DEFAULT_RULES, majority: "strict" }).yesRequired).toBe(strict);
  });
  it("abstentions and noes never help a resolution pass", () => {
    expect(
      voteOutcome(tallyOf(["yes", "yes", "yes", "yes", "abstain", "abstain", "no", null]), room(9, 9), "absolute")
        .passed,
    ).toBe(false);
  });
});

describe("B3 the quorum at the moment a vote is closed", () => {
  it("B3: a vote closed without quorum records no decision — neither passed nor failed, whatever the yes votes", () => {
    const outcome = voteOutcome({ yes: 6, no: 0, abstain: 0 }, room(9, 5), "absolute");
    expect(outcome).toMatchObject({
      decision: "no_quorum",
      passed: false,
      presentVoting: 5,
      quorumRequired: 6,
      threshold: 5,
    });
  });
  it("B3: a vote closed with exactly the quorum present is decided", () => {
    expect(voteOutcome({ yes: 5, no: 1, abstain: 0 }, room(9, 6), "absolute")).toMatchObject({
      decision: "passed",
      presentVoting: 6,
    });
  });
});

describe("the record of a seat's attendance", () => {
  it("B3: a seat marked absent after being in the room left; one never marked was absent", () => {
    expect(seatRecord(true)).toBe("present");
    expect(seatRecord(false)).toBe("left");
    expect(seatRecord(null)).toBe("absent");
    expect(seatRecord(undefined)).toBe("absent");
  });
});
