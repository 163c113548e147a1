import { describe, expect, it } from "vitest";
import { electionOutcome, roleAfterImport } from "../../src/domain/election.ts";

const ballots = (...candidates: number[]) => candidates.map((candidateSeatId) => ({ candidateSeatId }));

describe("B7 election of the secretary", () => {
  it("B7 the leader is elected with the majority of ALL voting members (B3), not a plurality", () => {
    const elected = electionOutcome([3, 4], ballots(3, 3, 3, 3, 3, 4), 9, "absolute");
    expect(elected.winnerSeatId).toBe(3);
    expect(elected.leader).toMatchObject({ yes: 5, threshold: 5, passed: true });
    expect(elected.counts).toEqual([
      { seatId: 3, votes: 5 },
      { seatId: 4, votes: 1 },
    ]);
    const plurality = electionOutcome([3, 4], ballots(3, 3, 3, 3, 4), 9, "absolute");
    expect(plurality.winnerSeatId).toBeNull();
    expect(plurality.leader).toMatchObject({ yes: 4, threshold: 5, passed: false });
  });

  it("B3 the strict reading needs 6 of 9", () => {
    expect(electionOutcome([3], ballots(3, 3, 3, 3, 3), 9, "strict").winnerSeatId).toBeNull();
    expect(electionOutcome([3], ballots(3, 3, 3, 3, 3, 3), 9, "strict").winnerSeatId).toBe(3);
  });

  it("ballots for someone no longer a candidate and empty elections elect nobody", () => {
    expect(electionOutcome([3], ballots(7, 7, 7, 7, 7), 9, "absolute").winnerSeatId).toBeNull();
    expect(electionOutcome([], [], 9, "absolute")).toEqual({ counts: [], ballots: 0, leader: null, winnerSeatId: null });
    expect(electionOutcome([3, 4], [], 0, "absolute").winnerSeatId).toBeNull();
  });
});

describe("B7 an elected secretary against a roster file", () => {
  const elected = { role: "secretary" as const, elected: true };
  const file = (role: "chair" | "secretary" | "member", namesSecretary = false, sameHolder = true) => ({ role, namesSecretary, sameHolder });

  it("B7 a file from before the election, saying member and naming no secretary, does not undo it", () => {
    expect(roleAfterImport(elected, file("member"))).toEqual({ role: "secretary", elected: true, notice: "elected_role_kept" });
  });

  it("B7 a file that agrees keeps the role as elected, without a notice", () => {
    expect(roleAfterImport(elected, file("secretary", true))).toEqual({ role: "secretary", elected: true, notice: null });
  });

  it("B7 a file naming another secretary, another role, or another holder decides, with a notice", () => {
    expect(roleAfterImport(elected, file("member", true))).toEqual({ role: "member", elected: false, notice: "elected_role_replaced" });
    expect(roleAfterImport(elected, file("chair"))).toEqual({ role: "chair", elected: false, notice: "elected_role_replaced" });
    expect(roleAfterImport(elected, file("member", false, false))).toEqual({ role: "member", elected: false, notice: "elected_role_replaced" });
    // The file makes the newcomer secretary itself: the roster's role, no longer the members' choice.
    expect(roleAfterImport(elected, file("secretary", true, false))).toEqual({ role: "secretary", elected: false, notice: null });
  });

  it("a role the roster gave follows the file as always", () => {
    expect(roleAfterImport({ role: "secretary", elected: false }, file("member"))).toEqual({ role: "member", elected: false, notice: null });
  });
});
