import { describe, expect, it } from "vitest";
import { BYLAW_DEFAULT_RULES } from "../../src/domain/rules.ts";
import { votingBase } from "../../src/domain/voting-base.ts";

const seats = (filled: number, empty: number, nonVoting = 0) => [
  ...Array.from({ length: filled }, () => ({ voting: true, filled: true })),
  ...Array.from({ length: empty }, () => ({ voting: true, filled: false })),
  ...Array.from({ length: nonVoting }, () => ({ voting: false, filled: true })),
];

describe("B3 voting base: N counts every member agency's voting seat", () => {
  it("counts vacant and out-of-term voting seats in N, never seats without a vote", () => {
    const base = votingBase(seats(7, 2, 3), BYLAW_DEFAULT_RULES);
    expect(base).toMatchObject({
      members: 9,
      filled: 7,
      quorumRequired: 6,
      yesRequired: 5,
      quorumReachable: true,
      majorityReachable: true,
    });
  });

  it("says when too few filled seats can ever make the two-thirds quorum", () => {
    const base = votingBase(seats(5, 4), BYLAW_DEFAULT_RULES);
    expect(base).toMatchObject({ members: 9, quorumRequired: 6, quorumReachable: false, majorityReachable: true });
  });

  it("applies the strict majority reading to all N", () => {
    expect(votingBase(seats(9, 0), { ...BYLAW_DEFAULT_RULES, majority: "strict" }).yesRequired).toBe(6);
  });

  it("a committee without voting seats can reach nothing", () => {
    expect(votingBase(seats(0, 0, 2), BYLAW_DEFAULT_RULES)).toMatchObject({
      members: 0,
      quorumReachable: false,
      majorityReachable: false,
    });
  });
});
