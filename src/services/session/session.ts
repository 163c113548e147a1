import type { Database } from "../../db/client.ts";
import {
  acceptedDelegationOfSeat,
  findGuestAttendance,
  findSeatAttendance,
  inSessionMeetings,
  markGuest,
  markSeat,
  presentGuests,
  seatAttendance,
  sessionCandidates,
} from "../../db/queries/attendance.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { approvedGuestsOf } from "../../db/queries/guests.ts";
import { type MeetingRow, lockMeeting, updateMeeting } from "../../db/queries/meetings.ts";
import { enqueueCoalescedEdit, enqueueMessages } from "../../db/queries/outbox.ts";
import { openVotesOf } from "../../db/queries/votes.ts";
import { localDateOf, zonedInstant } from "../../domain/calendar.ts";
import { resolveRules } from "../../domain/rules.ts";
import { attendanceSummary } from "../../domain/session.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps, Translate } from "../shared/deps.ts";
import type { InlineKeyboardMarkup } from "../convening/buttons.ts";
import { loadMeeting, type MeetingRecord } from "../shared/meeting-facts.ts";
import { committeesLedBy, lapsedInScope, leads, type NotOfficer, officerRefusal } from "../shared/officers.ts";
import {
  endedSessionText,
  finalAttendanceText,
  liveSessionText,
  type SessionView,
  type SheetView,
  sessionKeyboard,
} from "./session-text.ts";
import { openMinutes } from "../minutes/minutes.ts";
import { baseSeats, filledSeats } from "../shared/invited-seats.ts";
import { isoDayOf } from "../../domain/terms.ts";
import { updateDelegation } from "../../db/queries/delegations.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { localeOfRecipient } from "../shared/meeting-text.ts";
import { expireDelegations, standInsOf } from "../delegations/delegations.ts";
import { meetingMessages } from "../shared/broadcast.ts";
import { standingAt } from "./standing.ts";
import { scheduleAutoClose } from "./auto-close-plan.ts";

/** A meeting with its attendance as it stands, or undefined for an unknown id. */
export async function loadSession(
  db: Database,
  meetingId: number,
): Promise<(SessionView & { record: MeetingRecord }) | undefined> {
  const record = await loadMeeting(db, meetingId);
  if (!record) return undefined;
  const rules = resolveRules(record.committee.rules);
  const seats = await seatAttendance(db, meetingId);
  const guests = await presentGuests(db, meetingId);
  // B2/B3: N counts every voting seat; only a seat filled on the meeting's day can be present (domain/voting-base).
  const filled = await filledSeats(db, record.invitations, isoDayOf(record.meeting.startsAt, record.hq.timezone));
  const inBase = new Map(
    baseSeats(
      seats.map((s) => ({ seatId: s.seatId, voting: s.seatVoting })),
      filled,
    ).map((s) => [s.seatId, s]),
  );
  // A seat counts once; it is "by delegate" when whoever is in the room for it is not the invited member.
  const summary = attendanceSummary(
    seats.map((s) => ({
      ...inBase.get(s.seatId)!,
      present: s.present,
      byDelegate: s.present && s.attendeePersonId !== null && s.attendeePersonId !== s.holderPersonId,
    })),
    guests.length,
    rules,
  );
  return {
    record,
    meetingId,
    committeeTitle: record.facts.committeeTitle,
    zone: record.hq.timezone,
    startsAt: record.meeting.startsAt,
    startedAt: record.meeting.startedAt,
    endedAt: record.meeting.endedAt,
    seats,
    guests,
    summary,
    quorum: rules.quorum,
    filled,
  };
}

/** The pinned message follows every change; pending edits coalesce, so a burst of check-ins costs one edit. */
async function refreshLiveMessage(
  db: Database,
  t: Translate,
  view: SessionView & { record: MeetingRecord },
): Promise<void> {
  const { meeting, hq } = view.record;
  if (meeting.sessionChatId === null || meeting.sessionMessageId === null) return;
  const locale = hq.locale;
  const ended = meeting.status === "ended";
  await enqueueCoalescedEdit(db, {
    chatId: meeting.sessionChatId,
    hqId: hq.id,
    meetingId: meeting.id,
    purpose: "session_attendance",
    payload: {
      method: "editMessageText",
      messageId: meeting.sessionMessageId,
      text: ended ? endedSessionText(t, locale, view) : liveSessionText(t, locale, view),
      ...(ended ? {} : { replyMarkup: sessionKeyboard(t, locale, meeting.id) }),
    },
    dedupeKey: `session:${meeting.id}`,
  });
}

// ─── Finding the meeting a command is about ─────────────────────────────────────────────────────

export type Located =
  | { kind: "found"; meeting: MeetingRow }
  | NotOfficer
  | { kind: "no_session" }
  | { kind: "ambiguous" };

/**
 * The meeting in session that an officer's command is about: the committee of the group chat it was sent in, or,
 * privately, the one committee they lead that is in session.
 */
export async function locateSession(
  db: Database,
  personId: number,
  committeeId: number | null,
  now: Date,
): Promise<Located> {
  const committeeIds = await ledCommitteeIds(db, personId, committeeId, now);
  if (!Array.isArray(committeeIds)) return committeeIds;
  const meetings = await inSessionMeetings(db, committeeIds);
  if (meetings.length === 0) return { kind: "no_session" };
  if (meetings.length > 1) return { kind: "ambiguous" };
  return { kind: "found", meeting: meetings[0]! };
}

/** The committees the person may run a session of today, or why none (B2: their own order may have lapsed). */
async function ledCommitteeIds(
  db: Database,
  personId: number,
  committeeId: number | null,
  now: Date,
): Promise<number[] | NotOfficer> {
  if (committeeId !== null) return (await officerRefusal(db, personId, committeeId, now)) ?? [committeeId];
  const led = [...new Set((await committeesLedBy(db, personId, now)).map((c) => c.committeeId))];
  if (led.length > 0) return led;
  const [lapsed] = await lapsedInScope(db, personId, null, now);
  return lapsed ? { kind: "not_officer", lapsed } : { kind: "not_officer" };
}

// ─── Start ──────────────────────────────────────────────────────────────────────────────────────

export type StartTarget =
  /** A command: the committee of the group chat, or null privately (the committees the person leads). */
  | { committeeId: number | null }
  /** The confirmation button: this meeting, even before its day. */
  | { meetingId: number };

export type StartResult =
  | {
      kind: "started";
      meetingId: number;
      /** Where the attendance message goes: the committee's group chat, when it has one. */
      groupChatId: number | null;
      locale: Locale;
      text: string;
      replyMarkup: InlineKeyboardMarkup;
    }
  | {
      kind: "confirm_early";
      meetingId: number;
      committeeTitle: { fa: string; en: string };
      startsAt: Date;
      zone: string;
    }
  | NotOfficer
  | { kind: "no_meeting" }
  | { kind: "unknown_meeting" }
  | { kind: "cancelled" }
  | { kind: "ended" }
  | { kind: "already_in_session" };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * B3: the secretary or the chair opens the session of their committee's meeting of today; a meeting on a later day
 * needs the confirmation button first. A cancelled or ended meeting is never (re)opened.
 */
export async function startMeeting(deps: ServiceDeps, personId: number, target: StartTarget): Promise<StartResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<StartResult> => {
    let meetingId: number;
    if ("meetingId" in target) {
      meetingId = target.meetingId;
    } else {
      const choice = await meetingToStart(tx, personId, target.committeeId, now);
      if (choice.kind !== "today") return choice;
      meetingId = choice.meetingId;
    }
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    const refusal = await officerRefusal(tx, personId, meeting.committeeId, now);
    if (refusal) return refusal;
    if (meeting.status === "in_session") return { kind: "already_in_session" };
    if (meeting.status === "cancelled") return { kind: "cancelled" };
    // A meeting recorded as not held (B9/B13, the day after) is closed like one that ended: it is not reopened.
    if (meeting.status === "ended" || meeting.status === "not_held") return { kind: "ended" };
    await updateMeeting(tx, meetingId, { status: "in_session", startedAt: now });
    await scheduleAutoClose(tx, meeting, now);
    await writeAudit(tx, {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: "meeting.started",
      subjectType: "meeting",
      subjectId: meetingId,
      details: { scheduledFor: meeting.startsAt.toISOString() },
      at: now,
    });
    const view = (await loadSession(tx, meetingId))!;
    const locale = view.record.hq.locale;
    // Delegates and guests are usually not in the group: they get the check-in button privately.
    await enqueueMessages(
      tx,
      meetingMessages(
        view.record,
        "session_check_in",
        { invitees: () => false, standIns: await standInsOf(tx, meetingId), standInButtons: true },
        (l) => ({
          text: deps.t(l, "session-private-check-in", { committee: view.record.facts.committeeTitle[l] }),
          replyMarkup: sessionKeyboard(deps.t, l, meetingId),
        }),
      ),
    );
    return {
      kind: "started",
      meetingId,
      groupChatId: view.record.committee.chatId,
      locale,
      text: liveSessionText(deps.t, locale, view),
      replyMarkup: sessionKeyboard(deps.t, locale, meetingId),
    };
  });
}

type StartChoice = { kind: "today"; meetingId: number } | Exclude<StartResult, { kind: "started" }>;

async function meetingToStart(
  db: Database,
  personId: number,
  committeeId: number | null,
  now: Date,
): Promise<StartChoice> {
  const committeeIds = await ledCommitteeIds(db, personId, committeeId, now);
  if (!Array.isArray(committeeIds)) return committeeIds;
  // Two days back covers "today" in any time zone; older meetings that never started are stale.
  const candidates = await sessionCandidates(db, committeeIds, new Date(now.getTime() - 2 * DAY_MS));
  if (candidates.some((m) => m.status === "in_session")) return { kind: "already_in_session" };
  const isToday = (m: (typeof candidates)[number]) =>
    sameDate(localDateOf(m.startsAt, m.zone), localDateOf(now, m.zone));
  const todays = candidates.filter(isToday);
  const scheduledToday = todays.find((m) => m.status === "scheduled");
  if (scheduledToday) return { kind: "today", meetingId: scheduledToday.id };
  if (todays.some((m) => m.status === "ended")) return { kind: "ended" };
  if (todays.some((m) => m.status === "cancelled")) return { kind: "cancelled" };
  const laterDay = (m: (typeof candidates)[number]) =>
    m.startsAt >= zonedInstant(localDateOf(now, m.zone), { hour: 0, minute: 0 }, m.zone);
  const next = candidates.find((m) => m.status === "scheduled" && laterDay(m));
  if (!next) return { kind: "no_meeting" };
  const record = (await loadMeeting(db, next.id))!;
  return {
    kind: "confirm_early",
    meetingId: next.id,
    committeeTitle: record.facts.committeeTitle,
    startsAt: next.startsAt,
    zone: next.zone,
  };
}

const sameDate = (a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * The attendance message was sent by the handler after the start committed; its id is kept so later changes edit it.
 * Check-ins that arrived in between are caught up with one edit.
 */
export async function attachSessionMessage(
  deps: ServiceDeps,
  meetingId: number,
  chatId: number,
  messageId: number,
  sentText: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return;
    await updateMeeting(tx, meetingId, { sessionChatId: chatId, sessionMessageId: messageId });
    const view = (await loadSession(tx, meetingId))!;
    const current =
      meeting.status === "ended"
        ? endedSessionText(deps.t, view.record.hq.locale, view)
        : liveSessionText(deps.t, view.record.hq.locale, view);
    if (current !== sentText) await refreshLiveMessage(tx, deps.t, view);
  });
}

// ─── Check-in ───────────────────────────────────────────────────────────────────────────────────

export type CheckInResult =
  | { kind: "checked_in"; as: "member" | "delegate" | "non_voting_member"; seatTitle: string; changed: boolean }
  | { kind: "checked_in"; as: "guest"; changed: boolean }
  /** B1: the member came although their delegate had been accepted; the seat is theirs again and the delegate was told. */
  | { kind: "took_back"; seatTitle: string; delegateName: string | null }
  /** B2: the seat's holder's appointment order is not in force on the meeting's day. */
  | { kind: "term_ended"; seatTitle: string }
  | { kind: "no_standing" }
  | { kind: "not_in_session" }
  | { kind: "unknown_meeting" };

/**
 * The "I'm present" button (B3): a member for their seat, an accepted delegate for the seat they stand for (the same
 * seat, counted once), an approved guest as a guest. A seat whose holder's order has ended (B2) cannot be present.
 * Anyone else is told why and nothing is recorded.
 *
 * B1: a delegate stands in for a member who cannot attend. When the member comes after all, the reason for the
 * delegation is gone: the member takes the seat back for the rest of the meeting, the delegation ends as
 * `superseded`, the delegate is told, and the minutes say so. Ballots already cast for the seat stay the seat's (the
 * member may change an open one; a secret one is final).
 */
export async function checkIn(deps: ServiceDeps, personId: number | null, meetingId: number): Promise<CheckInResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<CheckInResult> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    if (meeting.status !== "in_session") return { kind: "not_in_session" };
    if (personId === null) return { kind: "no_standing" };
    const standing = await standingAt(tx, meetingId, personId);
    const audit = {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: "attendance.checked_in",
      subjectType: "meeting",
      subjectId: meetingId,
      at: now,
    };
    const recorded = async (details: Record<string, unknown>) => {
      await writeAudit(tx, { ...audit, details });
      await refreshLiveMessage(tx, deps.t, (await loadSession(tx, meetingId))!);
    };
    switch (standing.kind) {
      case "none":
        return { kind: "no_standing" };
      case "guest": {
        const existing = await findGuestAttendance(tx, meetingId, standing.guestId);
        if (existing?.present && existing.personId === personId)
          return { kind: "checked_in", as: "guest", changed: false };
        await markGuest(tx, meetingId, standing.guestId, {
          personId,
          present: true,
          via: "self",
          markedByPersonId: null,
          at: now,
        });
        await recorded({ as: "guest", guestId: standing.guestId });
        return { kind: "checked_in", as: "guest", changed: true };
      }
      case "delegated_away":
      case "member":
      case "non_voting_member":
      case "delegate": {
        const view = (await loadSession(tx, meetingId))!;
        const title = view.seats.find((s) => s.seatId === standing.seatId)?.seatTitle ?? "";
        if (!view.filled.has(standing.seatId)) return { kind: "term_ended", seatTitle: title };
        if (standing.kind === "delegated_away") {
          const delegateName = await takeSeatBack(tx, deps, {
            meeting,
            seatId: standing.seatId,
            delegationId: standing.delegationId,
            personId,
            now,
          });
          await markSeat(tx, meetingId, standing.seatId, {
            personId,
            present: true,
            via: "self",
            markedByPersonId: null,
            at: now,
          });
          await recorded({ as: "member", seatId: standing.seatId, tookBackFrom: standing.delegationId });
          return { kind: "took_back", seatTitle: title, delegateName };
        }
        const existing = await findSeatAttendance(tx, meetingId, standing.seatId);
        if (existing?.present && existing.personId === personId)
          return { kind: "checked_in", as: standing.kind, seatTitle: title, changed: false };
        const via = standing.kind === "delegate" ? "delegate" : "self";
        await markSeat(tx, meetingId, standing.seatId, {
          personId,
          present: true,
          via,
          markedByPersonId: null,
          at: now,
        });
        await recorded({ as: standing.kind, seatId: standing.seatId });
        return { kind: "checked_in", as: standing.kind, seatTitle: title, changed: true };
      }
    }
  });
}

/** Ends the seat's accepted delegation because its member came (B1), tells the delegate, and returns their name. */
async function takeSeatBack(
  tx: Database,
  deps: ServiceDeps,
  at: { meeting: MeetingRow; seatId: number; delegationId: number; personId: number; now: Date },
): Promise<string | null> {
  const delegation = await acceptedDelegationOfSeat(tx, at.meeting.id, at.seatId);
  await updateDelegation(tx, at.delegationId, { status: "superseded", endedAt: at.now });
  await writeAudit(tx, {
    hqId: at.meeting.hqId,
    actorPersonId: at.personId,
    action: "delegation.superseded",
    subjectType: "delegation",
    subjectId: at.delegationId,
    details: { meetingId: at.meeting.id, seatId: at.seatId, delegatePersonId: delegation?.delegatePersonId ?? null },
    at: at.now,
  });
  const delegate = delegation?.delegatePersonId ? await findPersonById(tx, delegation.delegatePersonId) : undefined;
  if (delegate?.telegramId) {
    const record = (await loadMeeting(tx, at.meeting.id))!;
    const member = await findPersonById(tx, at.personId);
    const locale = localeOfRecipient(delegate, record.hq.locale);
    await enqueueMessages(tx, [
      {
        chatId: delegate.telegramId,
        personId: delegate.id,
        hqId: at.meeting.hqId,
        meetingId: at.meeting.id,
        purpose: "delegation_superseded",
        payload: {
          method: "sendMessage",
          text: deps.t(locale, "session-delegate-superseded", {
            member: member?.name ?? "—",
            committee: record.facts.committeeTitle[locale],
          }),
        },
      },
    ]);
  }
  return delegation?.delegateName ?? null;
}

// ─── The secretary's roll ───────────────────────────────────────────────────────────────────────

export type SheetResult = { kind: "sheet"; view: SheetView } | Exclude<Located, { kind: "found" }>;

/** The session as the roll shows it: with every approved guest, checked in or not (the live message needs only the count). */
async function loadSheet(db: Database, meetingId: number): Promise<SheetView & { record: MeetingRecord }> {
  const view = (await loadSession(db, meetingId))!;
  const inRoom = new Set(view.guests.map((g) => g.guestId));
  const approved = await approvedGuestsOf(db, meetingId);
  return {
    ...view,
    guestRoll: approved.map((g) => ({
      guestId: g.guestId,
      agency: g.agency,
      name: g.name,
      present: inRoom.has(g.guestId),
    })),
  };
}

/** /attendance: the seats of the meeting in session, for the secretary or the chair to mark, and its guests. */
export async function attendanceSheetFor(
  db: Database,
  personId: number,
  committeeId: number | null,
  now: Date,
): Promise<SheetResult> {
  const located = await locateSession(db, personId, committeeId, now);
  if (located.kind !== "found") return located;
  return { kind: "sheet", view: await loadSheet(db, located.meeting.id) };
}

export type MarkResult =
  | { kind: "marked"; present: boolean; view: SheetView }
  | { kind: "not_officer" }
  | { kind: "not_in_session" }
  | { kind: "unknown_meeting" }
  | { kind: "unknown_seat" }
  | { kind: "vacant_seat" }
  /** B2: the holder's appointment order is not in force on the meeting's day; the seat cannot be present. */
  | { kind: "term_ended" };

/**
 * A roll button: the seat is toggled present or absent by the secretary (or the chair), recorded with via = secretary.
 * When the seat has an accepted delegate, the delegate is the one in the room.
 */
export async function markPresence(
  deps: ServiceDeps,
  personId: number,
  meetingId: number,
  seatId: number,
): Promise<MarkResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<MarkResult> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    if (!(await leads(tx, personId, meeting.committeeId, now))) return { kind: "not_officer" };
    if (meeting.status !== "in_session") return { kind: "not_in_session" };
    const session = (await loadSession(tx, meetingId))!;
    const seat = session.seats.find((s) => s.seatId === seatId);
    if (!seat) return { kind: "unknown_seat" };
    if (seat.holderPersonId === null) return { kind: "vacant_seat" };
    const present = !seat.present;
    // B2: only a filled seat can be present; marking absent needs nothing.
    if (present && !session.filled.has(seatId)) return { kind: "term_ended" };
    const delegation = await acceptedDelegationOfSeat(tx, meetingId, seatId);
    const inRoom = present
      ? (delegation?.delegatePersonId ?? seat.holderPersonId)
      : (seat.attendeePersonId ?? seat.holderPersonId);
    await markSeat(tx, meetingId, seatId, {
      personId: inRoom,
      present,
      via: "secretary",
      markedByPersonId: personId,
      at: now,
    });
    await writeAudit(tx, {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: "attendance.marked",
      subjectType: "meeting",
      subjectId: meetingId,
      details: { seatId, present },
      at: now,
    });
    const view = await loadSheet(tx, meetingId);
    await refreshLiveMessage(tx, deps.t, view);
    return { kind: "marked", present, view };
  });
}

// ─── End ────────────────────────────────────────────────────────────────────────────────────────

export type EndResult =
  | {
      kind: "ended";
      view: SessionView;
      sessionChatId: number | null;
      sessionMessageId: number | null;
      /** Where the final attendance was queued: the group chat (or wherever the session message was); null if nowhere. */
      postedTo: number | null;
    }
  | { kind: "vote_open"; question: string }
  | Exclude<Located, { kind: "found" }>;

/**
 * Closes the session: never while a vote is open. Delegations lapse with the meeting (B1); the final attendance is
 * posted in the group chat and the pinned message loses its button.
 */
export async function endMeeting(deps: ServiceDeps, personId: number, committeeId: number | null): Promise<EndResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<EndResult> => {
    const located = await locateSession(tx, personId, committeeId, now);
    if (located.kind !== "found") return located;
    const meetingId = located.meeting.id;
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting?.status !== "in_session") return { kind: "no_session" };
    const [open] = await openVotesOf(tx, meetingId);
    if (open) return { kind: "vote_open", question: open.question };
    return closeSession(tx, deps, meeting, now, { personId });
  });
}

export type EndedSession = Extract<EndResult, { kind: "ended" }>;

/**
 * Ends a session in session with no vote open, inside the caller's transaction: by an officer's /endmeeting, or by
 * the bot at the set time (B9: auto-close.ts) — either way the 48-hour clock for the minutes starts now.
 */
export async function closeSession(
  tx: Database,
  deps: ServiceDeps,
  meeting: MeetingRow,
  now: Date,
  closedBy: { personId: number } | { automatic: true },
): Promise<EndedSession> {
  const meetingId = meeting.id;
  await updateMeeting(tx, meetingId, { status: "ended", endedAt: now });
  const view = (await loadSession(tx, meetingId))!;
  const expired = await expireDelegations(tx, meetingId, now);
  // B9: the 48-hour clock for the minutes starts now, in the same transaction.
  await openMinutes(tx, deps, meetingId, now);
  await refreshLiveMessage(tx, deps.t, view);
  const { hq, committee } = view.record;
  const chatId = committee.chatId ?? meeting.sessionChatId;
  if (chatId !== null) {
    await enqueueMessages(tx, [
      {
        chatId,
        hqId: hq.id,
        meetingId,
        purpose: "session_final_attendance",
        payload: { method: "sendMessage", text: finalAttendanceText(deps.t, hq.locale, view) },
      },
    ]);
  }
  await writeAudit(tx, {
    hqId: meeting.hqId,
    actorPersonId: "personId" in closedBy ? closedBy.personId : null,
    action: "meeting.ended",
    subjectType: "meeting",
    subjectId: meetingId,
    details: {
      ...("automatic" in closedBy ? { closedAutomatically: true } : {}),
      presentVoting: view.summary.presentVoting,
      votingSeats: view.summary.votingSeats,
      presentByDelegate: view.summary.presentByDelegate,
      guestsPresent: view.summary.guestsPresent,
      quorate: view.summary.quorate,
      delegationsExpired: expired,
    },
    at: now,
  });
  return {
    kind: "ended",
    view,
    sessionChatId: meeting.sessionChatId,
    sessionMessageId: meeting.sessionMessageId,
    postedTo: chatId,
  };
}
