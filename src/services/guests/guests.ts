import type { StartLinkOf } from "../../platform/platform.ts";
import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import {
  approvedGuestsOf,
  type ApprovedGuestView,
  findGuestKey,
  insertGuest,
  lockGuest,
  type GuestRow,
  updateGuest,
} from "../../db/queries/guests.ts";
import {
  findHeadquartersById,
  findHeadquartersByKey,
  type HeadquartersRow,
  listCurrentStaff,
  type StaffRow,
} from "../../db/queries/headquarters.ts";
import { lockMeeting, upcomingMeetings } from "../../db/queries/meetings.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById, findPersonByTelegramId, type PersonRow } from "../../db/queries/people.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps, Translate } from "../shared/deps.ts";
import { newToken } from "../roster/invites.ts";
import type { InlineKeyboardMarkup } from "../convening/buttons.ts";
import { loadMeeting, type MeetingRecord } from "../shared/meeting-facts.ts";
import { localeOfRecipient, when } from "../shared/meeting-text.ts";
import { committeesLedBy, leads } from "../shared/officers.ts";
import { type TelegramUser, upsertStartedPerson } from "../shared/people.ts";
import { meetingSummary } from "../delegations/delegations.ts";
import { standingAt } from "../session/standing.ts";

export const GUEST_AGENCY_MAX_LENGTH = 200;
export const GUEST_REASON_MAX_LENGTH = 1000;

export type GuestRequestInput = { meetingId: number; agency: string; reason: string };

export type GuestRequestResult =
  | { kind: "requested"; guestId: number; approvingHq: string; staffNotified: number }
  | { kind: "agency_required" }
  | { kind: "reason_required" }
  | { kind: "too_long"; max: number }
  | { kind: "unknown_meeting" }
  | { kind: "not_officer" }
  | { kind: "meeting_closed" }
  | { kind: "no_approver" };

/**
 * B8: the secretary (or the chair) asks to invite a non-member agency's representative, without a vote. The approving
 * HQ's staff get Approve / Reject privately: the provincial HQ when the county has one with staff, otherwise the
 * county's own secretariat.
 */
export async function requestGuest(
  deps: ServiceDeps,
  personId: number,
  input: GuestRequestInput,
): Promise<GuestRequestResult> {
  const agency = input.agency.trim();
  const reason = input.reason.trim();
  if (!agency) return { kind: "agency_required" };
  if (!reason) return { kind: "reason_required" };
  if (agency.length > GUEST_AGENCY_MAX_LENGTH) return { kind: "too_long", max: GUEST_AGENCY_MAX_LENGTH };
  if (reason.length > GUEST_REASON_MAX_LENGTH) return { kind: "too_long", max: GUEST_REASON_MAX_LENGTH };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<GuestRequestResult> => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    if (!(await leads(tx, personId, meeting.committeeId, now))) return { kind: "not_officer" };
    if (meeting.status !== "scheduled" || meeting.startsAt <= now) return { kind: "meeting_closed" };
    const county = (await findHeadquartersById(tx, meeting.hqId))!;
    const approver = await approvingHeadquarters(tx, county);
    if (!approver) return { kind: "no_approver" };
    const guest = await insertGuest(tx, {
      hqId: county.id,
      approvingHqId: approver.hq.id,
      meetingId: meeting.id,
      agency,
      reason,
      requestedByPersonId: personId,
      status: "requested",
      createdAt: now,
    });
    const record = (await loadMeeting(tx, meeting.id))!;
    const requester = (await findPersonById(tx, personId))!;
    const rows: NewOutboxMessage[] = [];
    for (const member of approver.staff) {
      const person = (await findPersonById(tx, member.personId))!;
      if (!person.telegramId) continue;
      const locale = localeOfRecipient(person, approver.hq.locale);
      const text = deps.t(locale, "guest-for-staff", {
        committee: record.facts.committeeTitle[locale],
        hq: county.name,
        when: when(deps.t, locale, record.facts.startsAt, record.facts.zone),
        agency,
        reason,
        requester: requester.name,
      });
      rows.push({
        ...toPerson(person, record, "guest_request"),
        payload: { method: "sendMessage", text, replyMarkup: decisionKeyboard(deps.t, locale, guest.id) },
      });
    }
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: county.id,
      actorPersonId: personId,
      action: "guest.requested",
      subjectType: "guest",
      subjectId: guest.id,
      details: { meetingId: meeting.id, agency, approvingHqId: approver.hq.id },
      at: now,
    });
    return { kind: "requested", guestId: guest.id, approvingHq: approver.hq.name, staffNotified: rows.length };
  });
}

export type GuestDecisionResult =
  | { kind: "approved" }
  | { kind: "rejected" }
  | { kind: "unknown_guest" }
  | { kind: "not_staff"; approvingHq: string }
  | { kind: "already_decided"; status: GuestRow["status"] }
  | { kind: "meeting_closed" };

/**
 * A staff member of the approving HQ approves or rejects. On approval the requester receives a one-time link to forward
 * to the guest (`linkOf` builds it, on the bot's platform); a rejection is reported to the requester as well.
 */
export async function decideGuest(
  deps: ServiceDeps,
  personId: number,
  guestId: number,
  decision: "approve" | "reject",
  linkOf: StartLinkOf,
): Promise<GuestDecisionResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<GuestDecisionResult> => {
    const guest = await lockedWithMeeting(tx, guestId);
    if (!guest) return { kind: "unknown_guest" };
    const approving = (await findHeadquartersById(tx, guest.approvingHqId))!;
    if (!(await listCurrentStaff(tx, approving.id)).some((s) => s.personId === personId))
      return { kind: "not_staff", approvingHq: approving.name };
    if (guest.status !== "requested") return { kind: "already_decided", status: guest.status };
    const record = (await loadMeeting(tx, guest.meetingId))!;
    if (record.meeting.status !== "scheduled" && record.meeting.status !== "in_session")
      return { kind: "meeting_closed" };
    const approved = decision === "approve";
    const token = approved ? newToken() : null;
    await updateGuest(tx, guest.id, {
      status: approved ? "approved" : "rejected",
      decidedByPersonId: personId,
      decidedAt: now,
      token,
    });
    const requester = await findPersonById(tx, guest.requestedByPersonId);
    if (requester?.telegramId) {
      const locale = localeOfRecipient(requester, record.hq.locale);
      const facts = {
        agency: guest.agency,
        hq: approving.name,
        committee: record.facts.committeeTitle[locale],
        when: when(deps.t, locale, record.facts.startsAt, record.facts.zone),
      };
      const rows: NewOutboxMessage[] = [
        {
          ...toPerson(requester, record, "guest_outcome"),
          payload: {
            method: "sendMessage",
            text: deps.t(locale, approved ? "guest-approved-requester" : "guest-rejected-requester", facts),
          },
        },
      ];
      if (token) {
        const link = linkOf(token);
        rows.push({
          ...toPerson(requester, record, "guest_link"),
          payload: { method: "sendMessage", text: deps.t(locale, "guest-link-for-guest", { ...facts, link }) },
        });
      }
      await enqueueMessages(tx, rows);
    }
    await writeAudit(tx, {
      hqId: guest.hqId,
      actorPersonId: personId,
      action: approved ? "guest.approved" : "guest.rejected",
      subjectType: "guest",
      subjectId: guest.id,
      details: { meetingId: guest.meetingId, approvingHqId: approving.id },
      at: now,
    });
    return { kind: approved ? "approved" : "rejected" };
  });
}

export type GuestLinkResult =
  | { kind: "registered"; invitation: string }
  | { kind: "already_registered"; invitation: string }
  | { kind: "unknown_token" }
  | { kind: "used" }
  | { kind: "member" }
  | { kind: "meeting_closed" };

/**
 * `/start <token>` of a guest link: the first person to open it is the meeting's guest and gets the invitation and the
 * agenda (no answer or vote buttons); the requester is told. Anyone else with the same link is refused.
 */
export async function redeemGuestLink(deps: ServiceDeps, user: TelegramUser, token: string): Promise<GuestLinkResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<GuestLinkResult> => {
    const guest = await lockedWithMeeting(tx, token);
    if (guest?.status !== "approved") return { kind: "unknown_token" };
    const known = await findPersonByTelegramId(tx, user.id);
    if (guest.guestPersonId !== null && guest.guestPersonId !== known?.id) return { kind: "used" };
    const record = (await loadMeeting(tx, guest.meetingId))!;
    if (record.meeting.status !== "scheduled" && record.meeting.status !== "in_session")
      return { kind: "meeting_closed" };
    const locale = localeOfRecipient(
      known ?? { locale: null, telegramLanguage: user.language_code ?? null },
      record.hq.locale,
    );
    const invitation = guestInvitation(deps.t, locale, record, guest.agency);
    if (known && guest.guestPersonId === known.id) return { kind: "already_registered", invitation };
    if (known) {
      const standing = await standingAt(tx, guest.meetingId, known.id);
      if (standing.kind !== "none" && standing.kind !== "guest") return { kind: "member" };
    }
    const person = await upsertStartedPerson(tx, user, now);
    await updateGuest(tx, guest.id, { guestPersonId: person.id });
    const requester = await findPersonById(tx, guest.requestedByPersonId);
    if (requester?.telegramId) {
      const requesterLocale = localeOfRecipient(requester, record.hq.locale);
      const text = deps.t(requesterLocale, "guest-registered-requester", {
        name: person.name,
        agency: guest.agency,
        committee: record.facts.committeeTitle[requesterLocale],
      });
      await enqueueMessages(tx, [
        { ...toPerson(requester, record, "guest_registered"), payload: { method: "sendMessage", text } },
      ]);
    }
    await writeAudit(tx, {
      hqId: guest.hqId,
      actorPersonId: person.id,
      actorTelegramId: user.id,
      action: "guest.registered",
      subjectType: "guest",
      subjectId: guest.id,
      details: { meetingId: guest.meetingId },
      at: now,
    });
    return { kind: "registered", invitation };
  });
}

export type GuestMeetingChoice = {
  meetingId: number;
  committeeTitle: { fa: string; en: string };
  startsAt: Date;
  zone: string;
};

/** The upcoming meetings a secretary or chair may ask a guest to, soonest first (of one committee when given). */
export async function meetingsForGuests(
  db: Database,
  personId: number,
  now: Date,
  committeeId?: number,
): Promise<{ kind: "not_officer" } | { kind: "meetings"; meetings: GuestMeetingChoice[] }> {
  const led = (await committeesLedBy(db, personId, now)).filter(
    (c) => committeeId === undefined || c.committeeId === committeeId,
  );
  if (led.length === 0) return { kind: "not_officer" };
  const meetings = await upcomingMeetings(db, [...new Set(led.map((c) => c.committeeId))], now);
  return {
    kind: "meetings",
    meetings: meetings.map((m) => {
      const committee = led.find((c) => c.committeeId === m.committeeId)!;
      return {
        meetingId: m.id,
        committeeTitle: { fa: committee.committeeTitleFa, en: committee.committeeTitleEn },
        startsAt: m.startsAt,
        zone: committee.hqTimezone,
      };
    }),
  };
}

/** Approved guests of a meeting, for attendance and minutes ("without vote"); `personId` is null until the link is opened. */
export function guestsOf(db: Database, meetingId: number): Promise<ApprovedGuestView[]> {
  return approvedGuestsOf(db, meetingId);
}

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────

/** The provincial HQ decides when the county has one with staff (B8); otherwise the county's own secretariat. */
async function approvingHeadquarters(
  db: Database,
  county: HeadquartersRow,
): Promise<{ hq: HeadquartersRow; staff: StaffRow[] } | undefined> {
  const parent = county.parentKey ? await findHeadquartersByKey(db, county.parentKey) : undefined;
  if (parent) {
    const staff = await listCurrentStaff(db, parent.id);
    if (staff.length > 0) return { hq: parent, staff };
  }
  const staff = await listCurrentStaff(db, county.id);
  return staff.length > 0 ? { hq: county, staff } : undefined;
}

/** The meeting's row lock first, then the request's: the order every guest change takes. */
async function lockedWithMeeting(tx: Database, key: number | string): Promise<GuestRow | undefined> {
  const found = await findGuestKey(tx, key);
  if (!found) return undefined;
  await lockMeeting(tx, found.meetingId);
  return lockGuest(tx, found.id);
}

function guestInvitation(t: Translate, locale: Locale, record: MeetingRecord, agency: string): string {
  return [
    t(locale, "guest-invitation-title"),
    t(locale, "guest-invitation-as", { agency }),
    "",
    meetingSummary(t, locale, record),
    "",
    t(locale, "guest-invitation-note"),
  ].join("\n");
}

function toPerson(person: PersonRow, record: MeetingRecord, purpose: string) {
  return { chatId: person.telegramId!, personId: person.id, hqId: record.hq.id, meetingId: record.meeting.id, purpose };
}

function decisionKeyboard(t: Translate, locale: Locale, guestId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        {
          text: t(locale, "guest-approve-button"),
          callback_data: encodeCallback({ action: "guest_approve", guestId }),
        },
        { text: t(locale, "guest-reject-button"), callback_data: encodeCallback({ action: "guest_reject", guestId }) },
      ],
    ],
  };
}
