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

export type SeatRoleName = "chair" | "secretary" | "member";

export type RoleAfterImport = {
  role: SeatRoleName;
  /** Whether the seat's role is still the members' choice (B7) after the import. */
  elected: boolean;
  /** What the clerk is told: the file's "member" did not undo the election, or the file replaced the elected role. */
  notice: "elected_role_kept" | "elected_role_replaced" | null;
};

/**
 * B7 against a roster file, which has no date: a role the members elected stays when the file, naming no secretary
 * in the committee, still says "member" for the seat while its elected holder keeps it (a file exported before the
 * election). A file that names a secretary, gives the seat another role, or seats someone else there decides; the
 * clerk is told the elected role was replaced.
 */
export function roleAfterImport(
  current: { role: SeatRoleName; elected: boolean },
  file: { role: SeatRoleName; namesSecretary: boolean; sameHolder: boolean },
): RoleAfterImport {
  if (!current.elected) return { role: file.role, elected: false, notice: null };
  if (file.sameHolder && file.role === current.role) return { role: current.role, elected: true, notice: null };
  if (file.sameHolder && file.role === "member" && !file.namesSecretary) return { role: current.role, elected: true, notice: "elected_role_kept" };
  return { role: file.role, elected: false, notice: file.role === current.role ? null : "elected_role_replaced" };
}
