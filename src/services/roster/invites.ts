import { randomBytes } from "node:crypto";
import { calendarOfLocale, localDateOf } from "../../domain/calendar.ts";
import { termOf, toIsoDate } from "../../domain/roster.ts";
import { currentAppointment, insertAppointment } from "../../db/queries/appointments.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { findCommitteeById, listCommittees } from "../../db/queries/committees.ts";
import { findHeadquartersById, findHeadquartersByKey, listHeadquarters } from "../../db/queries/headquarters.ts";
import { insertInvite, lockInvite, markInviteUsed, unusedSeatInvite } from "../../db/queries/invites.ts";
import { findSeatById, seatsWithHolders } from "../../db/queries/seats.ts";
import { syncCouncil } from "../council/sync-council.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { type TelegramUser, upsertStartedPerson } from "../shared/people.ts";

export type SeatInvite = {
  hqKey: string;
  committeeKey: string;
  committeeTitle: { fa: string; en: string };
  seatTitle: string;
  token: string;
};

/** 16 random bytes as base64url: 22 characters, inside Telegram's 64-character start payload. */
export function newToken(): string {
  return randomBytes(16).toString("base64url");
}

/**
 * One invite per vacant seat. A seat that already has an unused invite keeps it, so running this twice prints the
 * same links and never invalidates one already sent to somebody.
 */
export async function issueSeatInvites(deps: ServiceDeps, hqKey?: string): Promise<SeatInvite[]> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const hqs = hqKey
      ? [await findHeadquartersByKey(tx, hqKey)].filter((hq) => hq !== undefined)
      : await listHeadquarters(tx);
    const invites: SeatInvite[] = [];
    for (const hq of hqs) {
      const committees = await listCommittees(tx, hq.id);
      const seats = await seatsWithHolders(
        tx,
        committees.map((c) => c.id),
      );
      for (const seat of seats.filter((s) => s.holder === null)) {
        const committee = committees.find((c) => c.id === seat.committeeId)!;
        let token = (await unusedSeatInvite(tx, seat.id))?.token;
        if (!token) {
          token = newToken();
          await insertInvite(tx, { token, kind: "seat", seatId: seat.id, createdAt: now });
          await writeAudit(tx, {
            hqId: hq.id,
            action: "invite.issued",
            subjectType: "seat",
            subjectId: seat.id,
            at: now,
          });
        }
        invites.push({
          hqKey: hq.key,
          committeeKey: committee.key,
          committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
          seatTitle: seat.title,
          token,
        });
      }
    }
    return invites;
  });
}

export type RedeemResult =
  | {
      kind: "linked";
      seatTitle: string;
      committeeTitle: { fa: string; en: string };
      hqName: string;
      hqTimezone: string;
      termEnd: string;
    }
  | { kind: "already_yours"; seatTitle: string }
  | { kind: "unknown_token" }
  | { kind: "used" }
  | { kind: "revoked" }
  | { kind: "seat_ended" }
  | { kind: "seat_taken" };

/** `/start <token>`: links the person to the invite's seat, once; a second person with the same link is refused. */
export async function redeemSeatInvite(deps: ServiceDeps, user: TelegramUser, token: string): Promise<RedeemResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RedeemResult> => {
    const invite = await lockInvite(tx, token);
    if (invite?.kind !== "seat" || invite.seatId === null) return { kind: "unknown_token" };
    const person = await upsertStartedPerson(tx, user, now);
    const seat = await findSeatById(tx, invite.seatId);
    const committee = seat ? await findCommitteeById(tx, seat.committeeId) : undefined;
    if (!seat || !committee || seat.endedAt || committee.endedAt) return { kind: "seat_ended" };
    const holder = await currentAppointment(tx, seat.id);
    if (holder?.personId === person.id) return { kind: "already_yours", seatTitle: seat.title };
    if (invite.usedAt) return { kind: "used" };
    if (invite.revokedAt) return { kind: "revoked" };
    if (holder) return { kind: "seat_taken" };
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const term = termOf({}, localDateOf(now, hq.timezone), calendarOfLocale(hq.locale));
    const fields = { termStart: toIsoDate(term.start), termEnd: toIsoDate(term.end) };
    const appointment = await insertAppointment(tx, {
      seatId: seat.id,
      personId: person.id,
      ...fields,
      startedAt: now,
    });
    await markInviteUsed(tx, token, person.id, now);
    // Part A: someone joining a group's chair or secretary seat joins the coordination council with it.
    await syncCouncil(tx, hq.id, now, { personId: person.id, telegramId: user.id });
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: person.id,
      actorTelegramId: user.id,
      action: "appointment.created",
      subjectType: "appointment",
      subjectId: appointment.id,
      details: { seatId: seat.id, via: "invite link", ...fields },
      at: now,
    });
    return {
      kind: "linked",
      seatTitle: seat.title,
      committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
      hqName: hq.name,
      hqTimezone: hq.timezone,
      termEnd: fields.termEnd,
    };
  });
}
