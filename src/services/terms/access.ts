import type { Database } from "../../db/client.ts";
import { type AppointmentRow, currentAppointment } from "../../db/queries/appointments.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { type CommitteeRow, findCommitteeById } from "../../db/queries/committees.ts";
import { findHeadquartersById, type HeadquartersRow, staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import { findPersonById, type PersonRow } from "../../db/queries/people.ts";
import { lockSeat, type SeatRow } from "../../db/queries/seats.ts";
import { isoDayOf } from "../../domain/terms.ts";

/** Why HQ staff may not change this seat's appointment (B2): told to the clerk and kept in the audit log. */
export type AppointRefusal =
  | { kind: "not_staff" }
  | { kind: "other_hq" }
  | { kind: "unknown_seat" }
  | { kind: "committee_ended" }
  /** The seat changed hands since the form showed it: nothing is done on a stale picture. */
  | { kind: "holder_changed" }
  /** An order to renew, on a seat that has no holder (any more). */
  | { kind: "vacant" };

export type SeatInHand = {
  seat: SeatRow;
  committee: CommitteeRow;
  hq: HeadquartersRow;
  actor: PersonRow;
  holder: AppointmentRow | undefined;
  holderPerson: PersonRow | undefined;
  /** The HQ's calendar day, ISO. */
  today: string;
};

export type Attempt = "open" | "list" | "renew" | "replace";

export async function refuseAppointment<R extends { kind: string }>(
  tx: Database,
  at: Date,
  who: { personId: number; hqId: number | null; subject: { type: "seat" | "committee" | "person"; id: number } },
  attempted: Attempt,
  refusal: R,
): Promise<R> {
  await writeAudit(tx, {
    hqId: who.hqId,
    actorPersonId: who.personId,
    action: "appointment.refused",
    subjectType: who.subject.type,
    subjectId: who.subject.id,
    details: { reason: refusal.kind, attempted },
    at,
  });
  return refusal;
}

/**
 * The seat, locked, once the person is known to staff the HQ of its committee and the seat and committee are still
 * on the roster. `expectedHolder` is who the form showed holding it (null: vacant).
 */
export async function seatForStaff(
  tx: Database,
  personId: number,
  seatId: number,
  expectedHolder: number | null,
  attempted: Attempt,
  now: Date,
): Promise<SeatInHand | AppointRefusal> {
  const refuse = (hqId: number | null, refusal: AppointRefusal) =>
    refuseAppointment(tx, now, { personId, hqId, subject: { type: "seat", id: seatId } }, attempted, refusal);
  const staffOf = await staffHeadquartersOf(tx, personId);
  if (staffOf.length === 0) return refuse(null, { kind: "not_staff" });
  const seat = await lockSeat(tx, seatId);
  const committee = seat ? await findCommitteeById(tx, seat.committeeId) : undefined;
  if (!seat || !committee) return refuse(null, { kind: "unknown_seat" });
  if (!staffOf.some((hq) => hq.id === committee.hqId)) return refuse(committee.hqId, { kind: "other_hq" });
  if (committee.endedAt) return refuse(committee.hqId, { kind: "committee_ended" });
  // A council seat is not appointed to: it follows the groups' chairs and secretaries (part A, services/council), and
  // /appoint never lists it, so only a forged button reaches here.
  if (seat.endedAt || committee.template === "council") return refuse(committee.hqId, { kind: "unknown_seat" });
  const holder = await currentAppointment(tx, seat.id);
  if ((holder?.personId ?? null) !== expectedHolder)
    return refuse(committee.hqId, { kind: !holder && attempted === "renew" ? "vacant" : "holder_changed" });
  const hq = (await findHeadquartersById(tx, committee.hqId))!;
  return {
    seat,
    committee,
    hq,
    actor: (await findPersonById(tx, personId))!,
    holder,
    holderPerson: holder ? await findPersonById(tx, holder.personId) : undefined,
    today: isoDayOf(now, hq.timezone),
  };
}
