import { endAppointment, insertAppointment } from "../../db/queries/appointments.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { insertInvite, revokeUnusedSeatInvites } from "../../db/queries/invites.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { updateSeat } from "../../db/queries/seats.ts";
import { calendarOfLocale, type DateError, parseCalendarDate } from "../../domain/calendar.ts";
import { toIsoDate } from "../../domain/roster.ts";
import { renewalTerm } from "../../domain/terms.ts";
import type { Locale } from "../../domain/text.ts";
import { syncCouncil } from "../council/sync-council.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { titleIn } from "../shared/follow-through-messages.ts";
import { newToken } from "../roster/invites.ts";
import { dayOf } from "../shared/meeting-text.ts";
import { type AppointRefusal, seatForStaff } from "./access.ts";
import { appointmentNotices } from "./notices.ts";

type Titles = { fa: string; en: string };

export type RenewInput = {
  seatId: number;
  /** Who the form showed holding the seat. */
  holderPersonId: number;
  /** The order's last day as typed (Jalali or Gregorian), at most two years from today (B2); absent: two years. */
  lastDay?: string;
};

export type RenewResult =
  | {
      kind: "renewed";
      seatTitle: string;
      committee: Titles;
      name: string;
      termStart: string;
      termEnd: string;
      zone: string;
    }
  | AppointRefusal
  | { kind: "bad_date"; error: DateError }
  | { kind: "not_after_today"; today: string; zone: string }
  /** B2: the order would run past two years from today; `latestEnd` is its last possible day. */
  | { kind: "longer_than_two_years"; today: string; latestEnd: string; zone: string };

/**
 * B2 reappointment by HQ staff: the holder's order is replaced by a new one from today, for two years or to the day
 * given. The seat counts again in the quorum and majority bases; the secretariat, the group's secretary and the
 * holder are told.
 */
export async function renewTerm(deps: ServiceDeps, personId: number, input: RenewInput): Promise<RenewResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RenewResult> => {
    const inHand = await seatForStaff(tx, personId, input.seatId, input.holderPersonId, "renew", now);
    if ("kind" in inHand) return inHand;
    const { seat, committee, hq, actor, today } = inHand;
    // The seat is held by the person the form showed (checked above).
    const holder = inHand.holder!;
    const holderPerson = inHand.holderPerson!;
    let lastDay: string | undefined;
    // B2's two years are counted in the calendar the last day was typed in, or else the HQ's.
    let calendar = calendarOfLocale(hq.locale);
    if (input.lastDay !== undefined) {
      const parsed = parseCalendarDate(input.lastDay);
      if (!parsed.ok) return { kind: "bad_date", error: parsed.error };
      lastDay = toIsoDate(parsed.value.date);
      calendar = parsed.value.calendar;
    }
    const renewal = renewalTerm(today, calendar, lastDay);
    // A mistyped day is the clerk's to correct in the form, not an attempt worth an audit row (as bad_date).
    if (!renewal.ok) {
      return renewal.reason === "not_after_today"
        ? { kind: "not_after_today", today, zone: hq.timezone }
        : { kind: "longer_than_two_years", today, latestEnd: renewal.latestEnd, zone: hq.timezone };
    }
    const term = renewal.term;

    await endAppointment(tx, holder.id, now);
    const created = await insertAppointment(tx, {
      seatId: seat.id,
      personId: holder.personId,
      ...term,
      startedAt: now,
    });
    // Part A: a renewed chair's or secretary's council seat runs as long as the renewed order.
    await syncCouncil(tx, hq.id, now, { personId, telegramId: null });
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "appointment.renewed",
      subjectType: "appointment",
      subjectId: created.id,
      details: {
        seatId: seat.id,
        personId: holder.personId,
        replacesAppointmentId: holder.id,
        previousTermEnd: holder.termEnd,
        ...term,
        via: "/appoint",
      },
      at: now,
    });
    const facts = (locale: Locale) => ({
      name: holderPerson.name,
      seat: seat.title,
      committee: titleIn(committee, locale),
      start: dayOf(term.termStart, locale, hq.timezone),
      end: dayOf(term.termEnd, locale, hq.timezone),
      by: actor.name,
    });
    await enqueueMessages(
      tx,
      await appointmentNotices(
        tx,
        inHand,
        "appointment_renewed",
        (locale) => ({ text: deps.t(locale, "appoint-renewed-notice", facts(locale)) }),
        {
          person: holderPerson,
          render: (locale) => ({ text: deps.t(locale, "appoint-renewed-you", facts(locale)) }),
        },
      ),
    );
    return {
      kind: "renewed",
      seatTitle: seat.title,
      committee: { fa: committee.titleFa, en: committee.titleEn },
      name: holderPerson.name,
      termStart: term.termStart,
      termEnd: term.termEnd,
      zone: hq.timezone,
    };
  });
}

export type NewcomerInput = {
  seatId: number;
  /** Who the form showed holding the seat; null when it showed it vacant. */
  holderPersonId: number | null;
};

export type NewcomerResult =
  | {
      kind: "invited";
      token: string;
      seatTitle: string;
      committee: Titles;
      hqName: string;
      /** The outgoing holder, whose order ended now; null for a seat that was vacant. */
      endedHolder: string | null;
      /** Links for this seat issued earlier and never opened: they no longer take the seat. */
      earlierLinksRevoked: boolean;
      /** The members had elected the outgoing holder secretary (B7): the role ended with the order. */
      electedRoleEnded: boolean;
    }
  | AppointRefusal;

/**
 * "Appoint someone new" (B2): the current order ends today and a one-time invite link is issued for the seat, the
 * kind the roster's invites are; the newcomer's two-year order starts when they open it. A secretary's role the
 * members gave the outgoing holder (B7) ends with the order: the members elect again.
 */
export async function appointNewcomer(
  deps: ServiceDeps,
  personId: number,
  input: NewcomerInput,
): Promise<NewcomerResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<NewcomerResult> => {
    const inHand = await seatForStaff(tx, personId, input.seatId, input.holderPersonId, "replace", now);
    if ("kind" in inHand) return inHand;
    const { seat, committee, hq, holder, holderPerson, actor } = inHand;
    const audit = (action: string, subjectType: string, subjectId: number, details: Record<string, unknown>) =>
      writeAudit(tx, {
        hqId: hq.id,
        actorPersonId: personId,
        action,
        subjectType,
        subjectId,
        details: { ...details, via: "/appoint" },
        at: now,
      });

    if (holder) {
      await endAppointment(tx, holder.id, now);
      await audit("appointment.ended", "appointment", holder.id, { seatId: seat.id, personId: holder.personId });
    }
    const electedRoleEnded = holder !== undefined && seat.roleElectedAt !== null;
    if (electedRoleEnded) {
      await updateSeat(tx, seat.id, { role: "member", roleElectedAt: null });
      await audit("seat.role_changed", "seat", seat.id, {
        from: seat.role,
        to: "member",
        reason: "elected holder replaced",
      });
    }
    // Part A: a replaced chair or secretary leaves the coordination council now (their history stays).
    await syncCouncil(tx, hq.id, now, { personId, telegramId: null });
    const revoked = await revokeUnusedSeatInvites(tx, seat.id, now);
    const token = newToken();
    await insertInvite(tx, { token, kind: "seat", seatId: seat.id, createdAt: now });
    await audit("invite.issued", "seat", seat.id, { earlierLinksRevoked: revoked });

    const facts = (locale: Locale) => ({
      name: holderPerson?.name ?? "",
      seat: seat.title,
      committee: titleIn(committee, locale),
      by: actor.name,
    });
    const general = (locale: Locale) => {
      const lines = [deps.t(locale, holderPerson ? "appoint-replaced-notice" : "appoint-vacant-notice", facts(locale))];
      if (electedRoleEnded) lines.push(deps.t(locale, "appoint-elected-role-ended"));
      return { text: lines.join("\n") };
    };
    await enqueueMessages(
      tx,
      await appointmentNotices(tx, inHand, "appointment_replaced", general, {
        person: holderPerson,
        render: (locale) => ({ text: deps.t(locale, "appoint-ended-you", facts(locale)) }),
      }),
    );
    return {
      kind: "invited",
      token,
      seatTitle: seat.title,
      committee: { fa: committee.titleFa, en: committee.titleEn },
      hqName: hq.name,
      endedHolder: holderPerson?.name ?? null,
      earlierLinksRevoked: revoked > 0,
      electedRoleEnded,
    };
  });
}
