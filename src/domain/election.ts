import type { RulesProfile } from "./rules.ts";
import { ballotBar } from "./session.ts";
import { closingDecision, isQuorate, type VotingBase, votingBase } from "./voting-base.ts";

// ─── When the members elect (B7) ─────────────────────────────────────────────────────────────────

/**
 * Why an election may be held now: B7 has the members determine the secretary at their first meeting; the roster's
 * secretary (bylaw part A) stands until then. Later, only a vacant secretary seat (nobody holds it, or its holder's
 * order has ended, B2) is filled by election.
 */
export type ElectionOccasion = "first_meeting" | "vacant_seat";

export type SecretarySeat = { held: boolean; inTerm: boolean } | null;

export type OccasionCheck =
  | { kind: "allowed"; occasion: ElectionOccasion }
  | { kind: "has_secretary" }
  | { kind: "already_elected" };

export function electionOccasion(input: {
  firstMeeting: boolean;
  secretary: SecretarySeat;
  electedThisMeeting: boolean;
}): OccasionCheck {
  // Once the members have chosen, the choice stands for the meeting: a second round would only undo a decision.
  if (input.electedThisMeeting) return { kind: "already_elected" };
  if (input.firstMeeting) return { kind: "allowed", occasion: "first_meeting" };
  if (!input.secretary?.held || !input.secretary.inTerm) return { kind: "allowed", occasion: "vacant_seat" };
  return { kind: "has_secretary" };
}

// ─── Who votes (B1, B2, B3) ──────────────────────────────────────────────────────────────────────

/** One seat invited to the meeting, as the election sees it at one moment. */
export type ElectorSeat = {
  seatId: number;
  voting: boolean;
  /** Held by someone whose appointment order is in force on the meeting's day (B2). */
  filled: boolean;
  /** Recorded in the room now: checked in, or marked by the secretary. */
  present: boolean;
};

export type ElectionFloor = {
  /** N and the thresholds, from the one definition of B3's voting base. */
  base: VotingBase;
  /** Voting seats that are present and filled: the seats that may cast a ballot now. */
  presentVoting: number;
  quorate: boolean;
};

/** B3 applied to the election: quorum and majority both count ALL N; only present, filled voting seats take part. */
export function electionFloor(
  seats: readonly ElectorSeat[],
  rules: Pick<RulesProfile, "quorum" | "majority">,
): ElectionFloor {
  const base = votingBase(seats, rules);
  const presentVoting = seats.filter((s) => s.voting && s.filled && s.present).length;
  return { base, presentVoting, quorate: isQuorate(base, presentVoting) };
}

/** What a person is at the meeting (see the session's standingAt), as far as a ballot is concerned. */
export type ElectorStanding =
  | { kind: "member" | "delegate"; seatId: number }
  | { kind: "delegated_away" | "non_voting_member" | "guest" | "none" };

export type BallotRight =
  | { kind: "may_vote"; seatId: number }
  | { kind: "absent"; seatId: number }
  | { kind: "out_of_term"; seatId: number }
  | { kind: "delegated_away" }
  | { kind: "not_voter" };

/**
 * Whether a press counts (B1, B2, B3): the seat's holder, or its accepted delegate instead of the holder, for a voting
 * seat that is present at that moment and whose holder's order is in force. Anything else is refused and not recorded.
 */
export function ballotRight(
  standing: ElectorStanding,
  seatOf: (seatId: number) => ElectorSeat | undefined,
): BallotRight {
  if (standing.kind === "delegated_away") return { kind: "delegated_away" };
  if (standing.kind !== "member" && standing.kind !== "delegate") return { kind: "not_voter" };
  const seat = seatOf(standing.seatId);
  if (!seat?.voting) return { kind: "not_voter" };
  // The session's rule for every ballot (B2, then B3), so a vote and an election never disagree on who may press.
  switch (ballotBar(seat)) {
    case "term_ended":
      return { kind: "out_of_term", seatId: seat.seatId };
    case "not_present":
      return { kind: "absent", seatId: seat.seatId };
    case null:
      return { kind: "may_vote", seatId: seat.seatId };
  }
}

// ─── The result ──────────────────────────────────────────────────────────────────────────────────

export type CandidateCount = { seatId: number; votes: number };

export type ElectionDecision =
  /** The leader has yesRequired of N. */
  | "elected"
  /** Nobody has yesRequired of N (a tie at the top included: two cannot both have a majority). */
  | "no_majority"
  /** B3: fewer present voting seats than the quorum when the election closed: no decision at all. */
  | "no_quorum"
  /** The session ended before the election was closed: it decided nothing. */
  | "session_ended";

export type ElectionOutcome = {
  /** Every candidate, most votes first (ties in the order given). */
  counts: CandidateCount[];
  /** Ballots for a current candidate. */
  ballots: number;
  members: number;
  yesRequired: number;
  decision: ElectionDecision;
  winnerSeatId: number | null;
};

/**
 * B7 with B3's majority: the members determine the secretary, so the leader is elected only with the majority of ALL
 * N (⌊N/2⌋+1 by default), not a plurality of those who pressed a button, and only while the meeting is quorate.
 */
export function electionOutcome(
  candidateSeatIds: readonly number[],
  ballots: readonly { candidateSeatId: number }[],
  floor: Pick<ElectionFloor, "base" | "quorate">,
  inSession = true,
): ElectionOutcome {
  const votes = new Map(candidateSeatIds.map((id) => [id, 0]));
  let counted = 0;
  for (const ballot of ballots) {
    const current = votes.get(ballot.candidateSeatId);
    if (current === undefined) continue;
    votes.set(ballot.candidateSeatId, current + 1);
    counted++;
  }
  const counts = [...votes.entries()].map(([seatId, n]) => ({ seatId, votes: n })).sort((a, b) => b.votes - a.votes);
  const figures = { counts, ballots: counted, members: floor.base.members, yesRequired: floor.base.yesRequired };
  if (!inSession) return { ...figures, decision: "session_ended", winnerSeatId: null };
  const top = counts[0];
  const decided = closingDecision({ quorate: floor.quorate, yesRequired: floor.base.yesRequired }, top?.votes ?? 0);
  if (decided === "no_quorum") return { ...figures, decision: "no_quorum", winnerSeatId: null };
  const elected = top !== undefined && decided === "carried";
  return { ...figures, decision: elected ? "elected" : "no_majority", winnerSeatId: elected ? top.seatId : null };
}

export type SeatRoleName = "chair" | "secretary" | "member";

export type RoleAfterImport = {
  role: SeatRoleName;
  /** Whether the seat's role is still the members' choice (B7) after the import. */
  elected: boolean;
  /**
   * What the clerk is told: the file did not undo the election for this seat (`elected_role_kept`), the file named
   * this seat secretary while the elected one stands (`elected_secretary_stands`), or the elected holder left the seat
   * and the file's role applies (`elected_role_replaced`).
   */
  notice: "elected_role_kept" | "elected_secretary_stands" | "elected_role_replaced" | null;
};

/**
 * B7 against a roster file: the members determine the secretary, the roster only names a default (part A) until they
 * do. So while the elected secretary still holds their seat, no file moves the role — neither by calling that seat a
 * member nor by naming another seat secretary; the clerk is told. A file that seats someone else in the elected seat
 * ends the members' choice (they elect again when the seat is vacant), and the file's roles apply as always.
 */
export function roleAfterImport(
  current: { role: SeatRoleName; elected: boolean },
  file: { role: SeatRoleName; sameHolder: boolean; electedSecretaryStays: boolean },
): RoleAfterImport {
  if (current.elected && file.sameHolder)
    return { role: current.role, elected: true, notice: file.role === current.role ? null : "elected_role_kept" };
  if (current.elected)
    return { role: file.role, elected: false, notice: file.role === current.role ? null : "elected_role_replaced" };
  if (file.role === "secretary" && file.electedSecretaryStays) {
    return {
      role: current.role === "secretary" ? "member" : current.role,
      elected: false,
      notice: "elected_secretary_stands",
    };
  }
  return { role: file.role, elected: false, notice: null };
}
