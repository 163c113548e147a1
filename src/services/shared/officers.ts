import type { Database } from "../../db/client.ts";
import { findCommitteeByChat, type CommitteeRow } from "../../db/queries/committees.ts";
import { type SeatHolding, seatsHeldBy } from "../../db/queries/seats.ts";
import { isoDayOf, orderStateOn } from "../../domain/terms.ts";
import { standingAt } from "../session/standing.ts";

/** B2: the officer's own appointment order is not in force today, so the chair's or secretary's seat gives no powers. */
export type LapsedOrder = {
  committeeId: number;
  committee: { fa: string; en: string };
  seatTitle: string;
  role: "chair" | "secretary";
  state: "ended" | "not_started";
  termStart: string;
  termEnd: string;
  zone: string;
};

/** An officer act refused; `lapsed` says it was the person's order, not their seat, and who can renew it. */
export type NotOfficer = { kind: "not_officer"; lapsed?: LapsedOrder };

type OfficerSeats = { inForce: SeatHolding[]; lapsed: LapsedOrder[] };

/**
 * The chair's and secretary's seats a person holds, split by whether their appointment order is in force today in
 * the seat's HQ (B2). Every officer check goes through here, so an order that ran out stops the powers everywhere.
 */
export async function officerSeats(db: Database, personId: number, now: Date): Promise<OfficerSeats> {
  const seats: OfficerSeats = { inForce: [], lapsed: [] };
  for (const seat of await seatsHeldBy(db, personId)) {
    if (seat.role !== "secretary" && seat.role !== "chair") continue;
    const state = orderStateOn(seat, isoDayOf(now, seat.hqTimezone));
    if (state === "in_force") seats.inForce.push(seat);
    else {
      seats.lapsed.push({
        committeeId: seat.committeeId,
        committee: { fa: seat.committeeTitleFa, en: seat.committeeTitleEn },
        seatTitle: seat.seatTitle,
        role: seat.role,
        state,
        termStart: seat.termStart,
        termEnd: seat.termEnd,
        zone: seat.hqTimezone,
      });
    }
  }
  return seats;
}

/**
 * The committees a person may convene and run today (bylaw B4: the secretary; the chair may do what the secretary
 * may), with their order in force (B2).
 */
export async function committeesLedBy(db: Database, personId: number, now: Date): Promise<SeatHolding[]> {
  return (await officerSeats(db, personId, now)).inForce;
}

/**
 * The committees an officer's command acts on. Sent in a committee's group chat it acts on that committee and no
 * other: a working group's secretary typing /convene in the coordination council's chat is not acting for their
 * group, and if they do not lead the council the answer is a refusal, never their own group's meeting. Privately
 * (`chatCommitteeId` null) it acts on every committee the person leads.
 */
export async function committeesInScope(
  db: Database,
  personId: number,
  chatCommitteeId: number | null,
  now: Date,
): Promise<SeatHolding[]> {
  const seen = new Set<number>();
  const led = (await committeesLedBy(db, personId, now)).filter(
    (seat) => !seen.has(seat.committeeId) && seen.add(seat.committeeId),
  );
  return chatCommitteeId === null ? led : led.filter((seat) => seat.committeeId === chatCommitteeId);
}

/**
 * Why the person may not act as an officer of the committee today, or null when they may. The reason names a lapsed
 * order (B2) when that is what stands in the way.
 */
export async function officerRefusal(
  db: Database,
  personId: number,
  committeeId: number,
  now: Date,
): Promise<NotOfficer | null> {
  const seats = await officerSeats(db, personId, now);
  if (seats.inForce.some((seat) => seat.committeeId === committeeId)) return null;
  const lapsed = seats.lapsed.find((seat) => seat.committeeId === committeeId);
  return lapsed ? { kind: "not_officer", lapsed } : { kind: "not_officer" };
}

/** Orders that stop the person leading in this scope (a chat's committee, or every committee privately). */
export async function lapsedInScope(
  db: Database,
  personId: number,
  chatCommitteeId: number | null,
  now: Date,
): Promise<LapsedOrder[]> {
  const { lapsed } = await officerSeats(db, personId, now);
  return chatCommitteeId === null ? lapsed : lapsed.filter((seat) => seat.committeeId === chatCommitteeId);
}

export async function committeesOf(db: Database, personId: number): Promise<SeatHolding[]> {
  const held = await seatsHeldBy(db, personId);
  const seen = new Set<number>();
  return held.filter((seat) => !seen.has(seat.committeeId) && seen.add(seat.committeeId));
}

export async function leads(db: Database, personId: number, committeeId: number, now: Date): Promise<boolean> {
  return (await officerRefusal(db, personId, committeeId, now)) === null;
}

export async function sitsOn(db: Database, personId: number, committeeId: number): Promise<boolean> {
  return (await seatsHeldBy(db, personId)).some((seat) => seat.committeeId === committeeId);
}

/** A command sent in a committee's group chat is about that committee. */
export async function committeeOfChat(db: Database, chatId: number): Promise<CommitteeRow | undefined> {
  return chatId < 0 ? findCommitteeByChat(db, chatId) : undefined;
}

/** Who may read a meeting's details (a calendar file, the agenda): its invitees, delegates and guests, its officers. */
export async function mayReadMeeting(
  db: Database,
  personId: number,
  meeting: { id: number; committeeId: number },
  now: Date,
): Promise<boolean> {
  if ((await standingAt(db, meeting.id, personId)).kind !== "none") return true;
  return leads(db, personId, meeting.committeeId, now);
}
