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
 * B2: the invited seats someone can occupy at the meeting — held, by a holder whose appointment order is in force on
 * the meeting's day (ISO, HQ zone). A seat held without any recorded order (a roster that predates orders) counts as
 * filled. A seat that is not filled stays invited and stays in N (domain/voting-base: a member agency is a member
 * whether or not its representative's order is current), but it can neither be present nor vote until reappointed.
 */
export async function filledSeats(
  db: Database,
  invited: readonly { seatId: number; personId: number | null }[],
  day: string,
): Promise<Set<number>> {
  const terms = await currentTermsOfSeats(
    db,
    invited.filter((seat) => seat.personId !== null).map((seat) => seat.seatId),
  );
  return filledAmong(invited, terms, day);
}

/** filledSeats from the current terms of the held seats among `invited`, already read. */
export function filledAmong(
  invited: readonly { seatId: number; personId: number | null }[],
  terms: readonly { seatId: number; personId: number; termStart: string; termEnd: string }[],
  day: string,
): Set<number> {
  const held = invited.filter((seat) => seat.personId !== null);
  const holderOf = new Map(held.map((seat) => [seat.seatId, seat.personId]));
  const ended = new Set(
    terms
      .filter((term) => holderOf.get(term.seatId) === term.personId && !isCurrentTerm(term, day))
      .map((term) => term.seatId),
  );
  return new Set(held.filter((seat) => !ended.has(seat.seatId)).map((seat) => seat.seatId));
}

/** The meeting's seats as the voting base counts them (domain/voting-base). */
export function baseSeats<S extends { seatId: number; voting: boolean }>(
  invited: readonly S[],
  filled: ReadonlySet<number>,
) {
  return invited.map((seat) => ({ seatId: seat.seatId, voting: seat.voting, filled: filled.has(seat.seatId) }));
}

/**
 * What the RSVP tally counts for one invitation: a voting seat that is not filled (vacant, or its holder's order
 * ended) is in N like any member agency, but nobody is expected from it, so it counts as vacant.
 */
export function tallyInput(
  invitation: { seatId: number; seatVoting: boolean; response: RsvpInvitation["response"]; personId: number | null },
  filled: ReadonlySet<number>,
): RsvpInvitation {
  if (!filled.has(invitation.seatId)) return { seatVoting: invitation.seatVoting, response: null, vacant: true };
  return { seatVoting: invitation.seatVoting, response: invitation.response, vacant: false };
}
