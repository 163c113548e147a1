import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../client.ts";
import { delegations, guests, invitations, seats } from "../schema.ts";

/** The invitation rows of a meeting that belong to this person (normally one; a member of two seats has two). */
export async function invitedSeatsOf(db: Database, meetingId: number, personId: number) {
  return db
    .select({ seatId: invitations.seatId, voting: seats.voting })
    .from(invitations)
    .innerJoin(seats, eq(seats.id, invitations.seatId))
    .where(and(eq(invitations.meetingId, meetingId), eq(invitations.personId, personId)));
}

export async function standingDelegationsOfMeeting(db: Database, meetingId: number) {
  return db
    .select()
    .from(delegations)
    .where(
      and(
        eq(delegations.meetingId, meetingId),
        inArray(delegations.status, ["awaiting_delegate", "awaiting_secretary", "accepted"]),
      ),
    );
}

export async function approvedGuestOf(db: Database, meetingId: number, personId: number) {
  const [row] = await db
    .select()
    .from(guests)
    .where(and(eq(guests.meetingId, meetingId), eq(guests.guestPersonId, personId), eq(guests.status, "approved")));
  return row;
}
