import type { Database } from "../../db/client.ts";
import type { CommitteeRow } from "../../db/queries/committees.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { currentTermsOfSeats } from "../../db/queries/terms.ts";
import type { RsvpInvitation } from "../../domain/convening.ts";
import { isCurrentTerm } from "../../domain/terms.ts";

export type InvitedSeat = { seatId: number; personId: number | null; voting: boolean };

/**
 * The seats a meeting of this committee invites: its current seats, held or not. The coordination council is no
 * exception — its seats are real, one per person who chairs or keeps a top-level group's minutes (services/council),
 * so the governor chairing four groups is invited, counted and votes once.
 */
export async function invitedSeats(db: Database, committee: CommitteeRow): Promise<InvitedSeat[]> {
  const seats = await seatsWithHolders(db, [committee.id]);
  return seats.map((seat) => ({ seatId: seat.id, personId: seat.holder?.personId ?? null, voting: seat.voting }));
}

/**
 * B2: the invited seats whose holder's appointment order is not in force on the meeting's day (ISO, HQ zone). They
 * stay invited, the holder may be reappointed in time, but until then the seat is out of the quorum and majority bases.
 */
export async function seatsOutOfTerm(db: Database, invited: readonly { seatId: number; personId: number | null }[], day: string): Promise<Set<number>> {
  const held = invited.filter((seat) => seat.personId !== null);
  const terms = await currentTermsOfSeats(
    db,
    held.map((seat) => seat.seatId),
  );
  const holderOf = new Map(held.map((seat) => [seat.seatId, seat.personId]));
  return new Set(terms.filter((term) => holderOf.get(term.seatId) === term.personId && !isCurrentTerm(term, day)).map((term) => term.seatId));
}

/**
 * What the RSVP tally counts for one invitation: a seat out of term is vacant and, like a seat without a vote, outside
 * N, so the rsvp tally neither expects its holder nor counts it in the quorum base.
 */
export function tallyInput(
  invitation: { seatId: number; seatVoting: boolean; response: RsvpInvitation["response"]; personId: number | null },
  outOfTerm: ReadonlySet<number>,
): RsvpInvitation {
  if (outOfTerm.has(invitation.seatId)) return { seatVoting: false, response: null, vacant: true };
  return { seatVoting: invitation.seatVoting, response: invitation.response, vacant: invitation.personId === null };
}
