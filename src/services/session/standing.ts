import type { Database } from "../../db/client.ts";
import { approvedGuestOf, invitedSeatsOf, standingDelegationsOfMeeting } from "../../db/queries/standing.ts";

/**
 * What a person is at one meeting, which decides what they may do there (B1, B3, B8):
 * - `member`: holds a voting seat and speaks for it;
 * - `delegate`: the accepted delegate of a seat, votes for it instead of its member;
 * - `delegated_away`: the member whose accepted delegate stands for the seat; may not vote while it stands;
 * - `non_voting_member`: holds a seat without a vote;
 * - `guest`: an approved guest, never votes;
 * - `none`: nothing to do with this meeting.
 */
export type Standing =
  | { kind: "member"; seatId: number }
  | { kind: "delegate"; seatId: number; delegationId: number }
  | { kind: "delegated_away"; seatId: number; delegationId: number }
  | { kind: "non_voting_member"; seatId: number }
  | { kind: "guest"; guestId: number }
  | { kind: "none" };

export async function standingAt(db: Database, meetingId: number, personId: number): Promise<Standing> {
  const delegations = await standingDelegationsOfMeeting(db, meetingId);
  const seats = await invitedSeatsOf(db, meetingId, personId);
  const standing = standingFrom(personId, { delegations, seats, guestId: null });
  if (standing.kind !== "none") return standing;
  const guest = await approvedGuestOf(db, meetingId, personId);
  return guest ? { kind: "guest", guestId: guest.id } : standing;
}

/** What standingAt reads about one person at one meeting. */
export type StandingFacts = {
  /** The meeting's delegations; only accepted ones stand for a seat. */
  delegations: readonly { id: number; seatId: number; delegatePersonId: number | null; status: string }[];
  /** The person's invited seats. */
  seats: readonly { seatId: number; voting: boolean }[];
  /** The person's approved guest request, if any. */
  guestId: number | null;
};

/** standingAt from facts already read (a ballot press reads them with its vote). */
export function standingFrom(personId: number, facts: StandingFacts): Standing {
  const accepted = facts.delegations.filter((d) => d.status === "accepted");
  const asDelegate = accepted.find((d) => d.delegatePersonId === personId);
  if (asDelegate) return { kind: "delegate", seatId: asDelegate.seatId, delegationId: asDelegate.id };
  const voting = facts.seats.find((s) => s.voting);
  if (voting) {
    const away = accepted.find((d) => d.seatId === voting.seatId);
    return away
      ? { kind: "delegated_away", seatId: voting.seatId, delegationId: away.id }
      : { kind: "member", seatId: voting.seatId };
  }
  if (facts.seats[0]) return { kind: "non_voting_member", seatId: facts.seats[0].seatId };
  return facts.guestId === null ? { kind: "none" } : { kind: "guest", guestId: facts.guestId };
}
