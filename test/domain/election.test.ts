import { describe, expect, it } from "vitest";
import {
  ballotRight,
  type ElectorSeat,
  electionFloor,
  electionOccasion,
  electionOutcome,
  roleAfterImport,
} from "../../src/domain/election.ts";
import { BYLAW_DEFAULT_RULES } from "../../src/domain/rules.ts";

const ballots = (...candidates: number[]) => candidates.map((candidateSeatId) => ({ candidateSeatId }));

/** Nine voting seats, all filled; the first `present` of them in the room. */
function nineSeats(present: number, overrides: Partial<ElectorSeat>[] = []): ElectorSeat[] {
  return Array.from({ length: 9 }, (_, i) => ({
    seatId: i + 1,
    voting: true,
    filled: true,
    present: i < present,
    ...overrides[i],
  }));
}
const floorOf = (present: number, rules = BYLAW_DEFAULT_RULES) => electionFloor(nineSeats(present), rules);

describe("B7 when the members elect the secretary", () => {
  const held = { held: true, inTerm: true };

  it("B7: the secretary is elected at the first meeting, even though the roster names one (part A is the default until then)", () => {
    expect(electionOccasion({ firstMeeting: true, secretary: held, electedThisMeeting: false })).toEqual({
      kind: "allowed",
      occasion: "first_meeting",
    });
  });

  it("B7: after the first meeting, only a vacant secretary seat is filled by election (no holder, none at all, or an ended order — B2)", () => {
    expect(electionOccasion({ firstMeeting: false, secretary: held, electedThisMeeting: false })).toEqual({
      kind: "has_secretary",
    });
    for (const secretary of [null, { held: false, inTerm: false }, { held: true, inTerm: false }]) {
      expect(electionOccasion({ firstMeeting: false, secretary, electedThisMeeting: false })).toEqual({
        kind: "allowed",
        occasion: "vacant_seat",
      });
    }
  });

  it("B7: once elected at a meeting, the members' choice is not put to a second round there", () => {
    expect(electionOccasion({ firstMeeting: true, secretary: held, electedThisMeeting: true })).toEqual({
      kind: "already_elected",
    });
  });
});

describe("B7 who votes in the election (B1, B2, B3)", () => {
  const seats = nineSeats(6, [{}, { present: false }, { filled: false, present: false }, { voting: false }]);
  const seatOf = (id: number) => seats.find((s) => s.seatId === id);

  it("B7: ballots count only from present seats, by the member or the accepted delegate", () => {
    expect(ballotRight({ kind: "member", seatId: 1 }, seatOf)).toEqual({ kind: "may_vote", seatId: 1 });
    expect(ballotRight({ kind: "delegate", seatId: 5 }, seatOf)).toEqual({ kind: "may_vote", seatId: 5 });
    expect(ballotRight({ kind: "member", seatId: 2 }, seatOf)).toEqual({ kind: "absent", seatId: 2 });
    expect(ballotRight({ kind: "member", seatId: 8 }, seatOf)).toEqual({ kind: "absent", seatId: 8 });
  });

  it("B2: a seat whose holder's order has ended does not vote, present or not", () => {
    expect(ballotRight({ kind: "member", seatId: 3 }, seatOf)).toEqual({ kind: "out_of_term", seatId: 3 });
  });

  it("B1: a member whose delegate stands for the seat, guests, seats without a vote and strangers do not vote", () => {
    expect(ballotRight({ kind: "delegated_away" }, seatOf)).toEqual({ kind: "delegated_away" });
    expect(ballotRight({ kind: "guest" }, seatOf)).toEqual({ kind: "not_voter" });
    expect(ballotRight({ kind: "none" }, seatOf)).toEqual({ kind: "not_voter" });
    expect(ballotRight({ kind: "non_voting_member" }, seatOf)).toEqual({ kind: "not_voter" });
    expect(ballotRight({ kind: "member", seatId: 4 }, seatOf)).toEqual({ kind: "not_voter" });
    expect(ballotRight({ kind: "member", seatId: 99 }, seatOf)).toEqual({ kind: "not_voter" });
  });

  it("B3: N counts every voting seat, filled or not; only present, filled seats count toward the quorum", () => {
    // Seat 3 (order ended) is in N but never present; seat 4 has no vote.
    const floor = electionFloor(nineSeats(6, [{}, {}, { filled: false }, { voting: false }]), BYLAW_DEFAULT_RULES);
    expect(floor.base).toMatchObject({ members: 8, quorumRequired: 6, yesRequired: 5 });
    expect(floor).toMatchObject({ presentVoting: 4, quorate: false });
  });
});

describe("B7 the result", () => {
  it("B7: the secretary is elected at the first meeting by the all-members majority, not a plurality", () => {
    const elected = electionOutcome([3, 4], ballots(3, 3, 3, 3, 3, 4), floorOf(6));
    expect(elected).toEqual({
      counts: [
        { seatId: 3, votes: 5 },
        { seatId: 4, votes: 1 },
      ],
      ballots: 6,
      members: 9,
      yesRequired: 5,
      decision: "elected",
      winnerSeatId: 3,
    });
    // 4 of 9 leads everyone present but is not the majority of ALL members.
    expect(electionOutcome([3, 4], ballots(3, 3, 3, 3, 4, 4), floorOf(6))).toMatchObject({
      decision: "no_majority",
      winnerSeatId: null,
    });
  });

  it("B7: no majority — a tie or too few votes elects nobody", () => {
    const seven = floorOf(9);
    expect(electionOutcome([3, 4], ballots(3, 3, 3, 3, 4, 4, 4, 4), seven)).toMatchObject({
      decision: "no_majority",
      winnerSeatId: null,
    });
    expect(electionOutcome([3], [], seven)).toMatchObject({ decision: "no_majority", ballots: 0 });
    expect(electionOutcome([], [], seven)).toMatchObject({ counts: [], decision: "no_majority", winnerSeatId: null });
  });

  it("B7: an election needs quorum — lost by the close, it decides nothing, whatever the votes", () => {
    expect(electionOutcome([3], ballots(3, 3, 3, 3, 3), floorOf(5))).toMatchObject({
      decision: "no_quorum",
      winnerSeatId: null,
      ballots: 5,
    });
    expect(electionOutcome([3], ballots(3, 3, 3, 3, 3), floorOf(6))).toMatchObject({
      decision: "elected",
      winnerSeatId: 3,
    });
  });

  it("an election whose session ended before it closed decides nothing", () => {
    expect(electionOutcome([3], ballots(3, 3, 3, 3, 3, 3), floorOf(9), false)).toMatchObject({
      decision: "session_ended",
      winnerSeatId: null,
    });
  });

  it("B3: the strict reading needs 6 of 9", () => {
    const strict = { ...BYLAW_DEFAULT_RULES, majority: "strict" as const };
    expect(electionOutcome([3], ballots(3, 3, 3, 3, 3), floorOf(9, strict)).winnerSeatId).toBeNull();
    expect(electionOutcome([3], ballots(3, 3, 3, 3, 3, 3), floorOf(9, strict)).winnerSeatId).toBe(3);
  });

  it("ballots for someone no longer a candidate are not counted", () => {
    expect(electionOutcome([3], ballots(7, 7, 7, 7, 7), floorOf(9))).toMatchObject({
      ballots: 0,
      decision: "no_majority",
    });
  });

  it("a committee without voting seats elects nobody", () => {
    expect(electionOutcome([3], ballots(3), electionFloor([], BYLAW_DEFAULT_RULES))).toMatchObject({
      decision: "no_quorum",
      winnerSeatId: null,
    });
  });
});

describe("B7 an elected secretary against a roster file", () => {
  const elected = { role: "secretary" as const, elected: true };
  const file = (role: "chair" | "secretary" | "member", sameHolder = true, electedSecretaryStays = true) => ({
    role,
    sameHolder,
    electedSecretaryStays,
  });

  it("B7: a file calling the elected seat a member does not undo the members' choice while its holder stays", () => {
    expect(roleAfterImport(elected, file("member"))).toEqual({
      role: "secretary",
      elected: true,
      notice: "elected_role_kept",
    });
    expect(roleAfterImport(elected, file("chair"))).toEqual({
      role: "secretary",
      elected: true,
      notice: "elected_role_kept",
    });
  });

  it("B7: a file that agrees keeps the role as elected, without a notice", () => {
    expect(roleAfterImport(elected, file("secretary"))).toEqual({ role: "secretary", elected: true, notice: null });
  });

  it("B7: a file naming another seat secretary (the roster's default) does not move the role while the elected secretary stands", () => {
    expect(roleAfterImport({ role: "member", elected: false }, file("secretary"))).toEqual({
      role: "member",
      elected: false,
      notice: "elected_secretary_stands",
    });
    expect(roleAfterImport({ role: "secretary", elected: false }, file("secretary"))).toEqual({
      role: "member",
      elected: false,
      notice: "elected_secretary_stands",
    });
    expect(roleAfterImport({ role: "member", elected: false }, file("secretary", true, false))).toEqual({
      role: "secretary",
      elected: false,
      notice: null,
    });
  });

  it("B7: a file that seats someone else in the elected seat ends the elected role, with a notice", () => {
    expect(roleAfterImport(elected, file("member", false))).toEqual({
      role: "member",
      elected: false,
      notice: "elected_role_replaced",
    });
    // The file makes the newcomer secretary itself: the roster's role, no longer the members' choice.
    expect(roleAfterImport(elected, file("secretary", false))).toEqual({
      role: "secretary",
      elected: false,
      notice: null,
    });
  });

  it("a role the roster gave follows the file as always", () => {
    expect(roleAfterImport({ role: "secretary", elected: false }, file("member", true, false))).toEqual({
      role: "member",
      elected: false,
      notice: null,
    });
    expect(roleAfterImport({ role: "member", elected: false }, file("chair"))).toEqual({
      role: "chair",
      elected: false,
      notice: null,
    });
  });
});
