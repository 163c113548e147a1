import { describe, expect, it } from "vitest";
import { electionOutcome } from "../../src/domain/election.ts";

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
