import { type Fraction, type MajorityReading, quorumRequired, yesVotesRequired } from "./rules.ts";

/** B3: how a seat is represented in the room. A seat counts once, whether its member or its delegate checked in. */
export type SeatPresence = { voting: boolean; present: boolean; byDelegate: boolean };

export type AttendanceSummary = {
  votingSeats: number;
  presentVoting: number;
  presentByDelegate: number;
  guestsPresent: number;
  quorumRequired: number;
  quorate: boolean;
};

export function attendanceSummary(seats: readonly SeatPresence[], guestsPresent: number, quorum: Fraction): AttendanceSummary {
  const voting = seats.filter((s) => s.voting);
  const present = voting.filter((s) => s.present);
  const required = quorumRequired(voting.length, quorum);
  return {
    votingSeats: voting.length,
    presentVoting: present.length,
    presentByDelegate: present.filter((s) => s.byDelegate).length,
    guestsPresent,
    quorumRequired: required,
    quorate: voting.length > 0 && present.length >= required,
  };
}

export type Choice = "yes" | "no" | "abstain";
export type Tally = { yes: number; no: number; abstain: number };

export type VoteOutcome = Tally & { votingSeats: number; threshold: number; majority: MajorityReading; passed: boolean };

/**
 * B3: a resolution passes only with yes ≥ the threshold computed from ALL voting members, not from those present:
 * with 9 members 5 yes / 0 no passes, 4 yes / 0 no fails even if only 6 are present.
 */
export function voteOutcome(tally: Tally, votingSeats: number, majority: MajorityReading): VoteOutcome {
  const threshold = yesVotesRequired(votingSeats, majority);
  return { ...tally, votingSeats, threshold, majority, passed: votingSeats > 0 && tally.yes >= threshold };
}

export function tallyOf(choices: readonly (Choice | null)[]): Tally {
  const tally: Tally = { yes: 0, no: 0, abstain: 0 };
  for (const choice of choices) if (choice) tally[choice]++;
  return tally;
}
