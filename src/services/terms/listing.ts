import { findCommitteeById, listCommittees } from "../../db/queries/committees.ts";
import { staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { calendarOfLocale } from "../../domain/calendar.ts";
import { daysBetween, fullTermEnd, isoDayOf, type TermStanding, termStanding } from "../../domain/terms.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { refuseAppointment } from "./access.ts";

export type AppointCommittee = {
  committeeId: number;
  title: { fa: string; en: string };
  hqName: string;
  /** Held seats whose order has ended or ends within the reminder window (B2). */
  attention: number;
};

export type AppointOverview =
  | { kind: "committees"; committees: AppointCommittee[]; severalHqs: boolean }
  | { kind: "not_staff" }
  | { kind: "no_committees" };

/** `/appoint`: the committees, with seats, of every HQ the person staffs; anyone else is refused before the form opens. */
export async function appointOverview(deps: ServiceDeps, personId: number): Promise<AppointOverview> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<AppointOverview> => {
    const hqs = await staffHeadquartersOf(tx, personId);
    if (hqs.length === 0)
      return refuseAppointment(tx, now, { personId, hqId: null, subject: { type: "person", id: personId } }, "open", {
        kind: "not_staff",
      });
    const committees: AppointCommittee[] = [];
    for (const hq of hqs) {
      const today = isoDayOf(now, hq.timezone);
      const rows = await listCommittees(tx, hq.id);
      const seats = await seatsWithHolders(
        tx,
        rows.map((c) => c.id),
      );
      for (const committee of rows) {
        const own = seats.filter((s) => s.committeeId === committee.id);
        // The council's seats follow the groups' officers (part A): appoint the group's chair or secretary instead.
        if (own.length === 0 || committee.template === "council") continue;
        committees.push({
          committeeId: committee.id,
          title: { fa: committee.titleFa, en: committee.titleEn },
          hqName: hq.name,
          attention: own.filter((s) => s.holder && termStanding(s.holder, today) !== "in_force").length,
        });
      }
    }
    if (committees.length === 0) return { kind: "no_committees" };
    return { kind: "committees", committees, severalHqs: hqs.length > 1 };
  });
}

export type SeatStanding = TermStanding | "vacant";

export type AppointSeat = {
  seatId: number;
  title: string;
  holder: { personId: number; name: string; termStart: string; termEnd: string } | null;
  standing: SeatStanding;
  /** Days until the order's last day (negative once past); null for a vacant seat. */
  daysLeft: number | null;
};

export type AppointSeats =
  | {
      kind: "seats";
      committeeId: number;
      committee: { fa: string; en: string };
      zone: string;
      today: string;
      /** The last day of a two-year order starting today: what Renew gives without another date. */
      defaultEnd: string;
      seats: AppointSeat[];
    }
  | { kind: "not_staff" }
  | { kind: "other_hq" }
  | { kind: "unknown_committee" }
  | { kind: "committee_ended" };

const ORDER: Record<SeatStanding, number> = { ended: 0, ending: 1, vacant: 2, in_force: 3 };

/**
 * The committee's seats for the form: ended orders first, then those ending within 30 days (soonest first), then
 * vacant seats, then the rest in roster order.
 */
export async function appointSeats(deps: ServiceDeps, personId: number, committeeId: number): Promise<AppointSeats> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<AppointSeats> => {
    const refuse = (hqId: number | null, refusal: Exclude<AppointSeats, { kind: "seats" }>) =>
      refuseAppointment(tx, now, { personId, hqId, subject: { type: "committee", id: committeeId } }, "list", refusal);
    const hqs = await staffHeadquartersOf(tx, personId);
    if (hqs.length === 0) return refuse(null, { kind: "not_staff" });
    const committee = await findCommitteeById(tx, committeeId);
    // The council is never listed (its seats follow the groups' officers, part A): only a forged button names it.
    if (!committee || committee.template === "council") return refuse(null, { kind: "unknown_committee" });
    const hq = hqs.find((h) => h.id === committee.hqId);
    if (!hq) return refuse(committee.hqId, { kind: "other_hq" });
    if (committee.endedAt) return refuse(hq.id, { kind: "committee_ended" });
    const today = isoDayOf(now, hq.timezone);
    const seats = (await seatsWithHolders(tx, [committee.id])).map((s, index) => {
      const standing: SeatStanding = s.holder ? termStanding(s.holder, today) : "vacant";
      const seat: AppointSeat = {
        seatId: s.id,
        title: s.title,
        holder: s.holder
          ? {
              personId: s.holder.personId,
              name: s.holder.name,
              termStart: s.holder.termStart,
              termEnd: s.holder.termEnd,
            }
          : null,
        standing,
        daysLeft: s.holder ? daysBetween(today, s.holder.termEnd) : null,
      };
      return { seat, index };
    });
    seats.sort((a, b) => {
      const rank = ORDER[a.seat.standing] - ORDER[b.seat.standing];
      if (rank !== 0) return rank;
      const urgent = a.seat.standing === "ended" || a.seat.standing === "ending";
      return urgent
        ? a.seat.holder!.termEnd.localeCompare(b.seat.holder!.termEnd) || a.index - b.index
        : a.index - b.index;
    });
    return {
      kind: "seats",
      committeeId: committee.id,
      committee: { fa: committee.titleFa, en: committee.titleEn },
      zone: hq.timezone,
      today,
      defaultEnd: fullTermEnd(today, calendarOfLocale(hq.locale)),
      seats: seats.map((s) => s.seat),
    };
  });
}
