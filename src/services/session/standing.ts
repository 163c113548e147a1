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
  const delegationsOfMeeting = await standingDelegationsOfMeeting(db, meetingId);
  const asDelegate = delegationsOfMeeting.find((d) => d.status === "accepted" && d.delegatePersonId === personId);
  if (asDelegate) return { kind: "delegate", seatId: asDelegate.seatId, delegationId: asDelegate.id };
  const seats = await invitedSeatsOf(db, meetingId, personId);
  const voting = seats.find((s) => s.voting);
  if (voting) {
    const away = delegationsOfMeeting.find((d) => d.status === "accepted" && d.seatId === voting.seatId);
    return away ? { kind: "delegated_away", seatId: voting.seatId, delegationId: away.id } : { kind: "member", seatId: voting.seatId };
  }
  if (seats[0]) return { kind: "non_voting_member", seatId: seats[0].seatId };
  const guest = await approvedGuestOf(db, meetingId, personId);
  return guest ? { kind: "guest", guestId: guest.id } : { kind: "none" };
}
