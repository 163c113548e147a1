import type { Database } from "../../db/client.ts";
import { findCommitteeByChat, type CommitteeRow } from "../../db/queries/committees.ts";
import { type SeatHolding, seatsHeldBy } from "../../db/queries/seats.ts";
import { standingAt } from "../session/standing.ts";

/** The committees a person may convene and run (bylaw B4: the secretary; the chair may do what the secretary may). */
export async function committeesLedBy(db: Database, personId: number): Promise<SeatHolding[]> {
  const held = await seatsHeldBy(db, personId);
  return held.filter((seat) => seat.role === "secretary" || seat.role === "chair");
}

/**
 * The committees an officer's command acts on. Sent in a committee's group chat it acts on that committee and no
 * other: a working group's secretary typing /convene in the coordination council's chat is not acting for their
 * group, and if they do not lead the council the answer is a refusal, never their own group's meeting. Privately
 * (`chatCommitteeId` null) it acts on every committee the person leads.
 */
export async function committeesInScope(db: Database, personId: number, chatCommitteeId: number | null): Promise<SeatHolding[]> {
  const seen = new Set<number>();
  const led = (await committeesLedBy(db, personId)).filter((seat) => !seen.has(seat.committeeId) && seen.add(seat.committeeId));
  return chatCommitteeId === null ? led : led.filter((seat) => seat.committeeId === chatCommitteeId);
}

export async function committeesOf(db: Database, personId: number): Promise<SeatHolding[]> {
  const held = await seatsHeldBy(db, personId);
  const seen = new Set<number>();
  return held.filter((seat) => !seen.has(seat.committeeId) && seen.add(seat.committeeId));
}

export async function leads(db: Database, personId: number, committeeId: number): Promise<boolean> {
  return (await committeesLedBy(db, personId)).some((seat) => seat.committeeId === committeeId);
}

export async function sitsOn(db: Database, personId: number, committeeId: number): Promise<boolean> {
  return (await seatsHeldBy(db, personId)).some((seat) => seat.committeeId === committeeId);
}

/** A command sent in a committee's group chat is about that committee. */
export async function committeeOfChat(db: Database, chatId: number): Promise<CommitteeRow | undefined> {
  return chatId < 0 ? findCommitteeByChat(db, chatId) : undefined;
}

/** Who may read a meeting's details (a calendar file, the agenda): its invitees, delegates and guests, its officers. */
export async function mayReadMeeting(db: Database, personId: number, meeting: { id: number; committeeId: number }): Promise<boolean> {
  if ((await standingAt(db, meeting.id, personId)).kind !== "none") return true;
  return leads(db, personId, meeting.committeeId);
}
