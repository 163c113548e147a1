import { type VoteOutcome, voteOutcome } from "./session.ts";
import type { MajorityReading } from "./rules.ts";

export type CandidateCount = { seatId: number; votes: number };

export type ElectionOutcome = {
  /** Every candidate, most votes first (ties in the order given). */
  counts: CandidateCount[];
  ballots: number;
  /** The leader's votes judged as B3 judges a vote: against the majority of ALL voting members. */
  leader: VoteOutcome | null;
  winnerSeatId: number | null;
};

/**
 * B7 with B3's majority: the members determine the secretary, so the leader is elected only with the committee's
 * majority of all voting members (⌊N/2⌋+1 by default), not a plurality of those who pressed a button. Two candidates
 * cannot both reach a majority, so a tie at the top never elects anyone.
 */
export function electionOutcome(
  candidateSeatIds: readonly number[],
  ballots: readonly { candidateSeatId: number }[],
  votingSeats: number,
  majority: MajorityReading,
): ElectionOutcome {
  const votes = new Map(candidateSeatIds.map((id) => [id, 0]));
  for (const ballot of ballots) {
    if (votes.has(ballot.candidateSeatId)) votes.set(ballot.candidateSeatId, votes.get(ballot.candidateSeatId)! + 1);
  }
  const counts = [...votes.entries()].map(([seatId, n]) => ({ seatId, votes: n })).sort((a, b) => b.votes - a.votes);
  const top = counts[0];
  const leader = top ? voteOutcome({ yes: top.votes, no: 0, abstain: 0 }, votingSeats, majority) : null;
  const tied = counts.length > 1 && counts[1]!.votes === top?.votes;
  return { counts, ballots: ballots.length, leader, winnerSeatId: top && leader?.passed && !tied ? top.seatId : null };
}
