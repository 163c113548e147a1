import type { MajorityReading, RulesProfile } from "./rules.ts";
import { closingDecision, isQuorate, votingBase } from "./voting-base.ts";

type BaseRules = Pick<RulesProfile, "quorum" | "majority">;

/**
 * B3: how a seat is represented in the room. A seat counts once, whether its member or its delegate checked in.
 * `filled` is the voting base's (domain/voting-base): held by someone whose order is in force on the meeting's day
 * (B2). A seat that is not filled is still in N but is never counted present, whatever the attendance row says.
 */
export type SeatPresence = { voting: boolean; filled: boolean; present: boolean; byDelegate: boolean };

export type AttendanceSummary = {
  /** N: every voting seat of the committee, filled or not (B3 counts the member agencies). */
  votingSeats: number;
  /** Voting seats someone can occupy at this meeting (B2). */
  filledSeats: number;
  presentVoting: number;
  presentByDelegate: number;
  guestsPresent: number;
  quorumRequired: number;
  /** Yes votes a decision needs, of all N. */
  yesRequired: number;
  /** False when even every filled seat present would not make the quorum. */
  quorumReachable: boolean;
  quorate: boolean;
};

export function attendanceSummary(
  seats: readonly SeatPresence[],
  guestsPresent: number,
  rules: BaseRules,
): AttendanceSummary {
  const base = votingBase(seats, rules);
  const present = seats.filter((s) => s.voting && s.filled && s.present);
  return {
    votingSeats: base.members,
    filledSeats: base.filled,
    presentVoting: present.length,
    presentByDelegate: present.filter((s) => s.byDelegate).length,
    guestsPresent,
    quorumRequired: base.quorumRequired,
    yesRequired: base.yesRequired,
    quorumReachable: base.quorumReachable,
    quorate: isQuorate(base, present.length),
  };
}

// ─── Who may vote ───────────────────────────────────────────────────────────────────────────────

/**
 * Why a seat's ballot cannot count at this moment, or null when it can. The person pressing has already been found to
 * speak for the seat (its member, or its accepted delegate instead — B1); here the seat itself must qualify:
 * - B2: the holder's appointment order is in force on the meeting's day (the seat is filled);
 * - B3: the meeting decides with those present, so the seat is present now (checked in, or marked by the secretary).
 */
export type BallotBar = "term_ended" | "not_present";

export function ballotBar(seat: { filled: boolean; present: boolean }): BallotBar | null {
  if (!seat.filled) return "term_ended";
  if (!seat.present) return "not_present";
  return null;
}

// ─── Votes ──────────────────────────────────────────────────────────────────────────────────────

export type Choice = "yes" | "no" | "abstain";
export type Tally = { yes: number; no: number; abstain: number };

/**
 * - `passed` / `failed`: decided by the meeting, quorate when the vote was closed.
 * - `no_quorum`: the quorum was lost before the vote was closed, so the meeting could not decide: neither a pass nor
 *   a fail, and no resolution is recorded.
 */
export type Decision = "passed" | "failed" | "no_quorum";

export type VoteOutcome = Tally & {
  votingSeats: number;
  threshold: number;
  majority: MajorityReading;
  /** Voting seats present when the vote was closed, and the quorum they were measured against. */
  presentVoting: number;
  quorumRequired: number;
  decision: Decision;
  passed: boolean;
};

/**
 * B3 at the moment a vote is closed: the meeting must still be quorate (⌈2N/3⌉ present), and a resolution passes only
 * with yes ≥ the threshold from ALL voting members, not from those present: with 9 members 5 yes / 0 no passes,
 * 4 yes / 0 no fails even if only 6 are present. N and both thresholds come from the one voting base.
 */
export function voteOutcome(
  tally: Tally,
  room: Pick<AttendanceSummary, "votingSeats" | "presentVoting" | "quorumRequired" | "yesRequired" | "quorate">,
  majority: MajorityReading,
): VoteOutcome {
  const decided = closingDecision(room, tally.yes);
  const passed = decided === "carried";
  return {
    ...tally,
    votingSeats: room.votingSeats,
    threshold: room.yesRequired,
    majority,
    presentVoting: room.presentVoting,
    quorumRequired: room.quorumRequired,
    decision: decided === "no_quorum" ? "no_quorum" : passed ? "passed" : "failed",
    passed,
  };
}

export function tallyOf(choices: readonly (Choice | null)[]): Tally {
  const tally: Tally = { yes: 0, no: 0, abstain: 0 };
  for (const choice of choices) if (choice) tally[choice]++;
  return tally;
}

// ─── The record ─────────────────────────────────────────────────────────────────────────────────

/**
 * A seat's place in the record of a meeting, from its one attendance row (null: never marked). A row exists only once
 * someone was in the room for the seat; `present = false` on it means they left (the secretary marked them absent).
 * A seat that left was there for what was decided while it was present, so the minutes list it as "left", not absent.
 */
export type SeatRecord = "present" | "left" | "absent";

export function seatRecord(present: boolean | null | undefined): SeatRecord {
  if (present === true) return "present";
  return present === false ? "left" : "absent";
}
