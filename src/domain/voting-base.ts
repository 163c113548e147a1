import { type RulesProfile, quorumRequired, yesVotesRequired } from "./rules.ts";

/**
 * B3's N — "all members" — is counted here and nowhere else: the session, votes, minutes, performance reports and
 * elections all take it from `votingBase`.
 *
 * A member of a working group is a member agency (B2: each agency names a representative), so N is the number of the
 * committee's voting seats: a seat whose agency has named nobody yet, or whose representative's two-year order has
 * ended, is still a member and still counts in N. Such a seat cannot be present or vote until someone holds it with
 * an order in force (`filled`), which is why a group with too few filled seats cannot reach its quorum at all — the
 * secretary is told before the meeting, not at it. Seats without a vote (B8 guests are not seats at all) are outside N.
 * For the coordination council each seat is one person, so N counts people.
 */
export type BaseSeat = {
  voting: boolean;
  /** Held by a person whose appointment order is in force on the meeting's day (B2). */
  filled: boolean;
};

export type VotingBase = {
  /** N: voting seats, filled or not. */
  members: number;
  /** Voting seats that someone can occupy at the meeting. */
  filled: number;
  /** B3: present voting seats needed for the meeting to be official. */
  quorumRequired: number;
  /** B3: yes votes needed for a decision, of all N. */
  yesRequired: number;
  /** False when even every filled seat present would not make the quorum. */
  quorumReachable: boolean;
  /** False when even every filled seat voting yes would not carry a decision. */
  majorityReachable: boolean;
};

export function votingBase(seats: readonly BaseSeat[], rules: Pick<RulesProfile, "quorum" | "majority">): VotingBase {
  const voting = seats.filter((seat) => seat.voting);
  const members = voting.length;
  const filled = voting.filter((seat) => seat.filled).length;
  const quorum = quorumRequired(members, rules.quorum);
  const yes = yesVotesRequired(members, rules.majority);
  return {
    members,
    filled,
    quorumRequired: quorum,
    yesRequired: yes,
    quorumReachable: members > 0 && filled >= quorum,
    majorityReachable: members > 0 && filled >= yes,
  };
}

/** B3: the meeting is official while the quorum of N is present — the one test for a session, a vote and an election. */
export function isQuorate(base: Pick<VotingBase, "members" | "quorumRequired">, presentVoting: number): boolean {
  return base.members > 0 && presentVoting >= base.quorumRequired;
}

/**
 * B3 when a vote or an election is closed: a meeting that lost its quorum decides nothing ("no decision: quorum
 * lost"); otherwise the leading count carries only with yesRequired of ALL N.
 */
export type ClosingDecision = "no_quorum" | "carried" | "not_carried";

export function closingDecision(
  room: { quorate: boolean; yesRequired: number },
  leadingVotes: number,
): ClosingDecision {
  if (!room.quorate) return "no_quorum";
  return leadingVotes >= room.yesRequired ? "carried" : "not_carried";
}
