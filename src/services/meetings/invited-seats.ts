import type { Database } from "../../db/client.ts";
import { type CommitteeRow, listCommittees } from "../../db/queries/committees.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";

export type InvitedSeat = { seatId: number; personId: number | null; voting: boolean };

/**
 * The seats a meeting of this committee invites. For the coordination council (part A) these are the chair and
 * secretary seats of the HQ's working groups, derived rather than stored twice.
 */
export async function invitedSeats(db: Database, committee: CommitteeRow): Promise<InvitedSeat[]> {
  if (committee.template !== "council") {
    const seats = await seatsWithHolders(db, [committee.id]);
    return seats.map((seat) => ({ seatId: seat.id, personId: seat.holder?.personId ?? null, voting: seat.voting }));
  }
  const groups = (await listCommittees(db, committee.hqId)).filter(
    (c) => c.id !== committee.id && (c.parentId === null || c.parentId === committee.id),
  );
  const seats = await seatsWithHolders(
    db,
    groups.map((g) => g.id),
  );
  return seats
    .filter((seat) => seat.role === "chair" || seat.role === "secretary")
    .map((seat) => ({ seatId: seat.id, personId: seat.holder?.personId ?? null, voting: true }));
}
