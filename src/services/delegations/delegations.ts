import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import {
  acceptedDelegatesOf,
  type AcceptedDelegateView,
  type DelegationRow,
  type DelegationStatus,
  endStandingDelegations,
  insertDelegation,
  invitedSeatsOfPerson,
  type InvitedSeatView,
  lockDelegation,
  findDelegationKey,
  standingDelegationOfSeat,
  standingDelegationsHeldBy,
  standingDelegationsOfPrincipal,
  updateDelegation,
  upcomingVotingInvitations,
} from "../../db/queries/delegations.ts";
import { approvedGuestsOf } from "../../db/queries/guests.ts";
import { lockMeeting, type MeetingRow, setInvitationResponse } from "../../db/queries/meetings.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById, findPersonByTelegramId, type PersonRow } from "../../db/queries/people.ts";
import { findSeatById, seatsHeldBy, seatsWithHolders } from "../../db/queries/seats.ts";
import type { Locale } from "../../domain/text.ts";
import type { StandIn } from "../shared/broadcast.ts";
import type { InlineKeyboardMarkup } from "../convening/buttons.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import type { ServiceDeps, Translate } from "../shared/deps.ts";
import { loadMeeting, type MeetingRecord } from "../shared/meeting-facts.ts";
import { localeOfRecipient, numberedAgenda, when } from "../shared/meeting-text.ts";
import { leads } from "../shared/officers.ts";
import { newToken } from "../roster/invites.ts";
import { type TelegramUser, upsertStartedPerson } from "../shared/people.ts";
import { standingAt } from "../session/standing.ts";

/** B1 asks for a written introduction; a page of text is plenty and stays far below Telegram's 4096 characters. */
export const STATEMENT_MAX_LENGTH = 1500;

/** Everything a message about one delegation shows, read once in the transaction that changed it. */
export type DelegationView = {
  delegationId: number;
  meetingId: number;
  status: DelegationStatus;
  statement: string;
  seatTitle: string;
  principalName: string;
  delegateName: string | null;
  committeeTitle: { fa: string; en: string };
  hqName: string;
  zone: string;
  startsAt: Date;
  place: string | null;
};

type Refusal =
  | { kind: "unknown_meeting" }
  | { kind: "meeting_closed" }
  | { kind: "no_voting_seat" }
  | { kind: "already_delegated"; delegation: DelegationView };

export type CreateDelegationResult =
  | { kind: "created"; token: string; delegation: DelegationView }
  | { kind: "statement_required" }
  | { kind: "too_long"; max: number }
  | Refusal;

/** Before anything is written: may this member name a delegate for this meeting? */
export async function checkDelegable(
  db: Database,
  personId: number,
  meetingId: number,
  now: Date,
): Promise<Refusal | { kind: "ok" }> {
  const target = await delegableSeat(db, personId, meetingId, now);
  return "seat" in target ? { kind: "ok" } : target;
}

async function delegableSeat(
  db: Database,
  personId: number,
  meetingId: number,
  now: Date,
): Promise<Refusal | { record: MeetingRecord; seat: InvitedSeatView }> {
  const record = await loadMeeting(db, meetingId);
  if (!record) return { kind: "unknown_meeting" };
  if (!isBeforeStart(record.meeting, now)) return { kind: "meeting_closed" };
  // Standing (B3) is about voting seats: a delegate stands in for a seat's vote.
  const seat = (await invitedSeatsOfPerson(db, meetingId, personId)).find((s) => s.voting);
  if (!seat) return { kind: "no_voting_seat" };
  const standing = await standingDelegationOfSeat(db, meetingId, seat.seatId);
  if (standing) return { kind: "already_delegated", delegation: await viewOf(db, standing, record) };
  return { record, seat };
}

/**
 * B1: a member who cannot attend introduces a temporary delegate in writing. The written statement is stored with a
 * one-time link the member forwards; the delegate opens and confirms it, then the secretary decides. The invitation's
 * answer becomes "sending a delegate".
 */
export async function createDelegation(
  deps: ServiceDeps,
  personId: number,
  meetingId: number,
  statement: string,
): Promise<CreateDelegationResult> {
  const text = statement.trim();
  if (!text) return { kind: "statement_required" };
  if (text.length > STATEMENT_MAX_LENGTH) return { kind: "too_long", max: STATEMENT_MAX_LENGTH };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<CreateDelegationResult> => {
    // Every delegation change of a meeting serializes on its row: two seats cannot claim one delegate at once.
    if (!(await lockMeeting(tx, meetingId))) return { kind: "unknown_meeting" };
    const target = await delegableSeat(tx, personId, meetingId, now);
    if (!("seat" in target)) return target;
    const { record, seat } = target;
    const token = newToken();
    const delegation = await insertDelegation(tx, {
      hqId: record.hq.id,
      meetingId,
      seatId: seat.seatId,
      principalPersonId: personId,
      statement: text,
      token,
      status: "awaiting_delegate",
      createdAt: now,
    });
    if (seat.response !== "delegating") await setInvitationResponse(tx, seat.invitationId, "delegating", now);
    await writeAudit(tx, {
      hqId: record.hq.id,
      actorPersonId: personId,
      action: "delegation.created",
      subjectType: "delegation",
      subjectId: delegation.id,
      details: { meetingId, seatId: seat.seatId, previousAnswer: seat.response },
      at: now,
    });
    return { kind: "created", token, delegation: await viewOf(tx, delegation, record) };
  });
}

export type DelegationOverview = {
  meetingId: number;
  committeeTitle: { fa: string; en: string };
  startsAt: Date;
  zone: string;
  standing: DelegationView | null;
};

/** The member's upcoming meetings where they hold a voting seat, each with its standing delegation if any. */
export async function delegationOverview(db: Database, personId: number, now: Date): Promise<DelegationOverview[]> {
  // From the invitations, not the seats held: a coordination council meeting invites its members through their groups.
  const meetings = await upcomingVotingInvitations(db, personId, now);
  const standing = await standingDelegationsOfPrincipal(db, personId, now);
  const overview: DelegationOverview[] = [];
  for (const meeting of meetings) {
    const record = (await loadMeeting(db, meeting.meetingId))!;
    const own = standing.find((d) => d.meetingId === meeting.meetingId);
    overview.push({
      meetingId: meeting.meetingId,
      committeeTitle: record.facts.committeeTitle,
      startsAt: meeting.startsAt,
      zone: record.hq.timezone,
      standing: own ? await viewOf(db, own, record) : null,
    });
  }
  return overview;
}

export type OpenLinkResult =
  | { kind: "opened"; delegation: DelegationView }
  | { kind: "unknown_token" }
  | { kind: "used" }
  | { kind: "own_link" }
  | { kind: "ended"; status: DelegationStatus }
  | { kind: "meeting_closed" }
  | { kind: "holds_seat" }
  | { kind: "other_seat" };

/**
 * `/start <token>` of a delegation link: the first eligible person to open it becomes the named delegate (the link is
 * then spent for anyone else) and is shown the meeting and the statement with a Confirm button. The member themselves,
 * a voting member of the committee and someone already standing for another seat are refused, and nothing is written.
 */
export async function openDelegationLink(
  deps: ServiceDeps,
  user: TelegramUser,
  token: string,
): Promise<OpenLinkResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<OpenLinkResult> => {
    const delegation = await lockedWithMeeting(tx, { token });
    if (!delegation) return { kind: "unknown_token" };
    const known = await findPersonByTelegramId(tx, user.id);
    if (known?.id === delegation.principalPersonId) return { kind: "own_link" };
    if (delegation.delegatePersonId !== null && delegation.delegatePersonId !== known?.id) return { kind: "used" };
    if (
      delegation.status !== "awaiting_delegate" &&
      delegation.status !== "awaiting_secretary" &&
      delegation.status !== "accepted"
    ) {
      return { kind: "ended", status: delegation.status };
    }
    const record = (await loadMeeting(tx, delegation.meetingId))!;
    if (!isBeforeStart(record.meeting, now)) return { kind: "meeting_closed" };
    if (known) {
      const conflict = await delegateConflict(tx, delegation, known.id, record);
      if (conflict) return { kind: conflict };
    }
    const person = await upsertStartedPerson(tx, user, now);
    if (delegation.delegatePersonId === null) {
      await updateDelegation(tx, delegation.id, { delegatePersonId: person.id });
      await writeAudit(tx, {
        hqId: delegation.hqId,
        actorPersonId: person.id,
        actorTelegramId: user.id,
        action: "delegation.link_opened",
        subjectType: "delegation",
        subjectId: delegation.id,
        at: now,
      });
    }
    return { kind: "opened", delegation: await viewOf(tx, { ...delegation, delegatePersonId: person.id }, record) };
  });
}

export type ConfirmResult =
  | { kind: "confirmed"; officerNotified: boolean }
  | { kind: "already_confirmed" }
  | { kind: "not_yours" }
  | { kind: "ended"; status: DelegationStatus }
  | { kind: "meeting_closed" }
  | { kind: "holds_seat" }
  | { kind: "other_seat" };

/** The delegate confirms: the written statement goes to the secretary (the chair when no secretary can decide). */
export async function confirmDelegation(
  deps: ServiceDeps,
  personId: number,
  delegationId: number,
): Promise<ConfirmResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<ConfirmResult> => {
    const delegation = await lockedWithMeeting(tx, { id: delegationId });
    if (!delegation || delegation.delegatePersonId !== personId) return { kind: "not_yours" };
    if (delegation.status === "awaiting_secretary" || delegation.status === "accepted")
      return { kind: "already_confirmed" };
    if (delegation.status !== "awaiting_delegate") return { kind: "ended", status: delegation.status };
    const record = (await loadMeeting(tx, delegation.meetingId))!;
    if (!isBeforeStart(record.meeting, now)) return { kind: "meeting_closed" };
    const conflict = await delegateConflict(tx, delegation, personId, record);
    if (conflict) return { kind: conflict };
    await updateDelegation(tx, delegation.id, { status: "awaiting_secretary", confirmedAt: now });
    const view = await viewOf(tx, { ...delegation, status: "awaiting_secretary" }, record);
    const officer = await decidingOfficer(tx, record.committee.id, delegation.principalPersonId);
    if (officer?.telegramId) {
      const locale = localeOfRecipient(officer, record.hq.locale);
      await enqueueMessages(tx, [
        {
          ...toPerson(officer, record, "delegation_for_officer"),
          payload: {
            method: "sendMessage",
            text: officerText(deps.t, locale, view),
            replyMarkup: decisionKeyboard(deps.t, locale, delegation.id),
          },
        },
      ]);
    }
    await writeAudit(tx, {
      hqId: delegation.hqId,
      actorPersonId: personId,
      action: "delegation.confirmed",
      subjectType: "delegation",
      subjectId: delegation.id,
      details: { officerPersonId: officer?.id ?? null },
      at: now,
    });
    return { kind: "confirmed", officerNotified: Boolean(officer?.telegramId) };
  });
}

export type DelegationDecisionResult =
  | { kind: "accepted" }
  | { kind: "rejected" }
  | { kind: "already_decided"; status: DelegationStatus }
  | { kind: "not_officer" }
  | { kind: "own_delegation" }
  | { kind: "unknown_delegation" }
  | { kind: "meeting_closed" }
  | { kind: "holds_seat" }
  | { kind: "other_seat" };

/**
 * The secretary (or the chair) accepts or rejects a confirmed delegate; the member and the delegate are told. An
 * accepted delegate gets the meeting and its agenda and from then on the reminders. A decision stays possible until
 * the meeting ends: a secretary may accept a delegate at the door.
 */
export async function decideDelegation(
  deps: ServiceDeps,
  personId: number,
  delegationId: number,
  accept: boolean,
): Promise<DelegationDecisionResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<DelegationDecisionResult> => {
    const delegation = await lockedWithMeeting(tx, { id: delegationId });
    if (!delegation) return { kind: "unknown_delegation" };
    const record = (await loadMeeting(tx, delegation.meetingId))!;
    if (!(await leads(tx, personId, record.committee.id, now))) return { kind: "not_officer" };
    if (delegation.principalPersonId === personId) return { kind: "own_delegation" };
    if (delegation.status !== "awaiting_secretary") return { kind: "already_decided", status: delegation.status };
    if (record.meeting.status !== "scheduled" && record.meeting.status !== "in_session")
      return { kind: "meeting_closed" };
    if (accept) {
      const conflict = await delegateConflict(tx, delegation, delegation.delegatePersonId!, record);
      if (conflict) return { kind: conflict };
    }
    const status = accept ? "accepted" : "rejected";
    await updateDelegation(tx, delegation.id, {
      status,
      decidedByPersonId: personId,
      decidedAt: now,
      ...(accept ? {} : { endedAt: now }),
    });
    const view = await viewOf(tx, { ...delegation, status }, record);
    const principal = (await findPersonById(tx, delegation.principalPersonId))!;
    const delegate = (await findPersonById(tx, delegation.delegatePersonId!))!;
    const rows: NewOutboxMessage[] = [];
    if (principal.telegramId) {
      const locale = localeOfRecipient(principal, record.hq.locale);
      const text = deps.t(locale, accept ? "delegation-accepted-principal" : "delegation-rejected-principal", {
        delegate: view.delegateName ?? "",
        committee: view.committeeTitle[locale],
        when: when(deps.t, locale, view.startsAt, view.zone),
      });
      rows.push({ ...toPerson(principal, record, "delegation_outcome"), payload: { method: "sendMessage", text } });
    }
    if (delegate.telegramId) {
      const locale = localeOfRecipient(delegate, record.hq.locale);
      const text = accept
        ? [
            deps.t(locale, "delegation-accepted-delegate", { principal: view.principalName, seat: view.seatTitle }),
            "",
            meetingSummary(deps.t, locale, record),
          ].join("\n")
        : deps.t(locale, "delegation-rejected-delegate", {
            principal: view.principalName,
            committee: view.committeeTitle[locale],
            when: when(deps.t, locale, view.startsAt, view.zone),
          });
      rows.push({ ...toPerson(delegate, record, "delegation_outcome"), payload: { method: "sendMessage", text } });
    }
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: delegation.hqId,
      actorPersonId: personId,
      action: `delegation.${status}`,
      subjectType: "delegation",
      subjectId: delegation.id,
      details: {
        meetingId: delegation.meetingId,
        seatId: delegation.seatId,
        delegatePersonId: delegation.delegatePersonId,
      },
      at: now,
    });
    return { kind: status };
  });
}

export type RevokeResult =
  | { kind: "revoked" }
  | { kind: "unknown_delegation" }
  | { kind: "not_yours" }
  | { kind: "ended"; status: DelegationStatus }
  | { kind: "meeting_closed" };

/** The member withdraws the delegation before the meeting starts; the delegate and the secretary are told. */
export async function revokeDelegation(
  deps: ServiceDeps,
  personId: number,
  delegationId: number,
): Promise<RevokeResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RevokeResult> => {
    const delegation = await lockedWithMeeting(tx, { id: delegationId });
    if (!delegation) return { kind: "unknown_delegation" };
    if (delegation.principalPersonId !== personId) return { kind: "not_yours" };
    if (
      delegation.status !== "awaiting_delegate" &&
      delegation.status !== "awaiting_secretary" &&
      delegation.status !== "accepted"
    ) {
      return { kind: "ended", status: delegation.status };
    }
    const record = (await loadMeeting(tx, delegation.meetingId))!;
    if (!isBeforeStart(record.meeting, now)) return { kind: "meeting_closed" };
    await updateDelegation(tx, delegation.id, { status: "revoked", endedAt: now });
    const view = await viewOf(tx, { ...delegation, status: "revoked" }, record);
    const rows: NewOutboxMessage[] = [];
    const delegate =
      delegation.delegatePersonId === null ? undefined : await findPersonById(tx, delegation.delegatePersonId);
    if (delegate?.telegramId) {
      const locale = localeOfRecipient(delegate, record.hq.locale);
      const text = deps.t(locale, "delegation-revoked-delegate", {
        principal: view.principalName,
        committee: view.committeeTitle[locale],
        when: when(deps.t, locale, view.startsAt, view.zone),
      });
      rows.push({ ...toPerson(delegate, record, "delegation_revoked"), payload: { method: "sendMessage", text } });
    }
    // The secretary only knows of a delegation the delegate confirmed.
    const officer =
      delegation.status === "awaiting_delegate" ? undefined : await decidingOfficer(tx, record.committee.id, personId);
    if (officer?.telegramId) {
      const locale = localeOfRecipient(officer, record.hq.locale);
      const text = deps.t(locale, "delegation-revoked-officer", {
        principal: view.principalName,
        delegate: view.delegateName ?? "—",
        committee: view.committeeTitle[locale],
        when: when(deps.t, locale, view.startsAt, view.zone),
      });
      rows.push({ ...toPerson(officer, record, "delegation_revoked"), payload: { method: "sendMessage", text } });
    }
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: delegation.hqId,
      actorPersonId: personId,
      action: "delegation.revoked",
      subjectType: "delegation",
      subjectId: delegation.id,
      details: { previous: delegation.status },
      at: now,
    });
    return { kind: "revoked" };
  });
}

/**
 * B1: a delegation is for one meeting. Called inside the transaction that ends the meeting: every delegation still
 * standing (accepted or not yet decided) expires with it. Returns how many expired.
 */
export async function expireDelegations(tx: Database, meetingId: number, now: Date): Promise<number> {
  const ended = await endStandingDelegations(tx, meetingId, "expired", now);
  await writeAudit(
    tx,
    ended.map((row) => ({
      hqId: row.hqId,
      action: "delegation.expired",
      subjectType: "delegation",
      subjectId: row.id,
      details: { meetingId },
      at: now,
    })),
  );
  return ended.length;
}

/** The accepted delegates of a meeting, for attendance and minutes ("by delegate"). */
export function delegatesOf(db: Database, meetingId: number): Promise<AcceptedDelegateView[]> {
  return acceptedDelegatesOf(db, meetingId);
}

/**
 * People who attend without an invitation of their own: accepted delegates (B1) and guests who opened their link
 * (B8). The final agenda and the last reminder reach them too, never with answer or vote buttons.
 */
export async function standInsOf(db: Database, meetingId: number): Promise<StandIn[]> {
  const delegates = (await acceptedDelegatesOf(db, meetingId)).flatMap((d): StandIn[] =>
    d.delegateTelegramId === null
      ? []
      : [
          {
            personId: d.delegatePersonId,
            telegramId: d.delegateTelegramId,
            locale: d.delegateLocale,
            telegramLanguage: d.delegateTelegramLanguage,
          },
        ],
  );
  const guests = (await approvedGuestsOf(db, meetingId)).flatMap((g): StandIn[] =>
    g.personId === null || g.telegramId === null
      ? []
      : [{ personId: g.personId, telegramId: g.telegramId, locale: g.locale, telegramLanguage: g.telegramLanguage }],
  );
  const seen = new Set<number>();
  return [...delegates, ...guests].filter((s) => !seen.has(s.personId) && seen.add(s.personId));
}

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────

const isBeforeStart = (meeting: MeetingRow, now: Date) => meeting.status === "scheduled" && meeting.startsAt > now;

/** The meeting's row lock first, as every delegation change takes them: no two orders, no deadlock. */
async function lockedWithMeeting(
  tx: Database,
  key: { id: number } | { token: string },
): Promise<DelegationRow | undefined> {
  const found = await findDelegationKey(tx, key);
  if (!found) return undefined;
  await lockMeeting(tx, found.meetingId);
  return lockDelegation(tx, found.id);
}

/**
 * One person, one seat's vote (B1, B3): a voting member of the committee, or someone already standing (or named) for
 * another seat of this meeting, cannot be a delegate.
 */
async function delegateConflict(
  tx: Database,
  delegation: DelegationRow,
  personId: number,
  record: MeetingRecord,
): Promise<"holds_seat" | "other_seat" | null> {
  const standing = await standingAt(tx, delegation.meetingId, personId);
  if (standing.kind === "member" || standing.kind === "delegated_away") return "holds_seat";
  const held = await seatsHeldBy(tx, personId);
  if (held.some((s) => s.committeeId === record.committee.id && s.voting)) return "holds_seat";
  if ((await standingDelegationsHeldBy(tx, delegation.meetingId, personId, delegation.id)).length > 0)
    return "other_seat";
  return null;
}

/** Who decides on a delegate: the secretary, or the chair when no secretary holds a seat (never the member themselves). */
async function decidingOfficer(
  tx: Database,
  committeeId: number,
  principalPersonId: number,
): Promise<PersonRow | undefined> {
  const seats = await seatsWithHolders(tx, [committeeId]);
  const holderOf = (role: "secretary" | "chair") =>
    seats.find((s) => s.role === role && s.holder && s.holder.personId !== principalPersonId)?.holder;
  const holder = holderOf("secretary") ?? holderOf("chair");
  return holder ? findPersonById(tx, holder.personId) : undefined;
}

async function viewOf(db: Database, delegation: DelegationRow, record: MeetingRecord): Promise<DelegationView> {
  const seat = (await findSeatById(db, delegation.seatId))!;
  const principal = (await findPersonById(db, delegation.principalPersonId))!;
  const delegate =
    delegation.delegatePersonId === null ? undefined : await findPersonById(db, delegation.delegatePersonId);
  return {
    delegationId: delegation.id,
    meetingId: delegation.meetingId,
    status: delegation.status,
    statement: delegation.statement,
    seatTitle: seat.title,
    principalName: principal.name,
    delegateName: delegate?.name ?? null,
    committeeTitle: record.facts.committeeTitle,
    hqName: record.hq.name,
    zone: record.hq.timezone,
    startsAt: record.meeting.startsAt,
    place: record.meeting.place,
  };
}

function toPerson(person: PersonRow, record: MeetingRecord, purpose: string) {
  return { chatId: person.telegramId!, personId: person.id, hqId: record.hq.id, meetingId: record.meeting.id, purpose };
}

/** The meeting's committee, time, place and agenda, for someone who holds no invitation of their own. */
export function meetingSummary(t: Translate, locale: Locale, record: MeetingRecord): string {
  const { facts } = record;
  return [
    t(locale, "meeting-committee", { committee: facts.committeeTitle[locale], hq: facts.hqName }),
    t(locale, "meeting-time", { when: when(t, locale, facts.startsAt, facts.zone) }),
    t(locale, "meeting-place", { place: facts.place ?? t(locale, "meeting-place-unset") }),
    "",
    t(locale, "meeting-agenda-title"),
    numberedAgenda(t, locale, facts.agenda),
  ].join("\n");
}

function officerText(t: Translate, locale: Locale, view: DelegationView): string {
  return [
    t(locale, "delegation-for-officer-title"),
    "",
    t(locale, "delegation-for-officer", {
      principal: view.principalName,
      seat: view.seatTitle,
      delegate: view.delegateName ?? "—",
      committee: view.committeeTitle[locale],
      when: when(t, locale, view.startsAt, view.zone),
    }),
    "",
    t(locale, "delegation-statement-title"),
    view.statement,
  ].join("\n");
}

function decisionKeyboard(t: Translate, locale: Locale, delegationId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        {
          text: t(locale, "delegation-accept-button"),
          callback_data: encodeCallback({ action: "delegation_accept", delegationId }),
        },
        {
          text: t(locale, "delegation-reject-button"),
          callback_data: encodeCallback({ action: "delegation_reject", delegationId }),
        },
      ],
    ],
  };
}
