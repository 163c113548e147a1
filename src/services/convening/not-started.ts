import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { cancelJobs } from "../../db/queries/jobs.ts";
import { lockMeeting, updateMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import { decidedAnswer, type NotStartedAnswer } from "../../domain/not-started.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps, Translate } from "../shared/deps.ts";
import { standInsOf } from "../delegations/delegations.ts";
import { meetingMessages } from "../shared/broadcast.ts";
import type { InlineKeyboardMarkup } from "./buttons.ts";
import { loadMeeting } from "../shared/meeting-facts.ts";
import { cancelMeeting } from "./manage.ts";
import { localeOfRecipient, when } from "../shared/meeting-text.ts";
import { leads, type NotOfficer, officerRefusal } from "../shared/officers.ts";

export type AskOutcome = "asked" | "not_scheduled" | "no_officer";

/**
 * B9/B13, the morning after: a meeting still "scheduled" was never started. Its secretary is asked privately, or the
 * chair when the secretary's order is not in force (B2), or both when only both can be reached. A meeting cancelled,
 * moved, started or ended since is left alone (the job of a moved meeting moved with it).
 */
export async function askAboutUnstartedMeeting(deps: ServiceDeps, meetingId: number): Promise<AskOutcome> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<AskOutcome> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting?.status !== "scheduled" || meeting.startsAt > now) return "not_scheduled";
    const record = (await loadMeeting(tx, meetingId))!;
    const officers = await officersToAsk(tx, meeting.committeeId, now);
    const messages: NewOutboxMessage[] = [];
    for (const officer of officers) {
      const locale = localeOfRecipient(officer, record.hq.locale);
      messages.push({
        chatId: officer.telegramId,
        personId: officer.id,
        hqId: meeting.hqId,
        meetingId,
        purpose: "meeting_not_started",
        payload: {
          method: "sendMessage",
          text: deps.t(locale, "not-started-question", {
            committee: record.facts.committeeTitle[locale],
            when: when(deps.t, locale, meeting.startsAt, record.facts.zone),
          }),
          replyMarkup: notStartedKeyboard(deps.t, locale, meetingId),
        },
      });
    }
    await enqueueMessages(tx, messages);
    await writeAudit(tx, {
      hqId: meeting.hqId,
      action: "meeting.not_started_asked",
      subjectType: "meeting",
      subjectId: meetingId,
      details: { asked: officers.map((o) => o.id) },
      at: now,
    });
    return officers.length > 0 ? "asked" : "no_officer";
  });
}

/** The secretary with an order in force; the chair when there is none; people without Telegram cannot be asked. */
async function officersToAsk(tx: Database, committeeId: number, now: Date) {
  const seats = await seatsWithHolders(tx, [committeeId]);
  const inForce = async (role: "secretary" | "chair") => {
    const found = [];
    for (const seat of seats) {
      if (seat.role !== role || !seat.holder?.telegramId) continue;
      if (await leads(tx, seat.holder.personId, committeeId, now)) found.push(seat.holder.personId);
    }
    return found;
  };
  const secretaries = await inForce("secretary");
  const ids = secretaries.length > 0 ? secretaries : await inForce("chair");
  const people = [];
  for (const id of [...new Set(ids)]) {
    const person = await findPersonById(tx, id);
    if (person?.telegramId) people.push({ ...person, telegramId: person.telegramId });
  }
  return people;
}

export function notStartedKeyboard(t: Translate, locale: Locale, meetingId: number): InlineKeyboardMarkup {
  const button = (answer: NotStartedAnswer, key: string) => ({
    text: t(locale, key),
    callback_data: encodeCallback({ action: "not_started", meetingId, answer }),
  });
  return {
    inline_keyboard: [
      [button("start", "not-started-start"), button("cancel", "not-started-cancel")],
      [button("not_held", "not-started-not-held")],
    ],
  };
}

export type NotStartedResult =
  /** The officer may start it now: the caller runs the /startmeeting path for this meeting. */
  | { kind: "start_now" }
  | { kind: "cancelled" }
  | { kind: "recorded_not_held" }
  /** Someone already answered (or the meeting moved on): what stands. */
  | { kind: "already"; answer: NotStartedAnswer }
  | { kind: "unknown_meeting" }
  | NotOfficer;

/**
 * A press on one of the three buttons. Every press re-checks the presser (an officer of the committee with an order
 * in force, B2) and the meeting's state; a press after a decision is answered with that decision.
 */
export async function answerUnstartedMeeting(
  deps: ServiceDeps,
  personId: number,
  meetingId: number,
  answer: NotStartedAnswer,
): Promise<NotStartedResult> {
  const now = deps.clock();
  if (answer === "cancel") {
    const refused = await checkAnswer(deps, personId, meetingId);
    if (refused) return refused;
    const record = await loadMeeting(deps.db, meetingId);
    const day = (locale: Locale) => when(deps.t, locale, record!.meeting.startsAt, record!.facts.zone);
    const result = await cancelMeeting(deps, personId, meetingId, {
      code: "did_not_take_place",
      text: (locale) => deps.t(locale, "not-started-cancel-reason", { when: day(locale) }),
    });
    if (result.kind === "cancelled") return { kind: "cancelled" };
    return (await checkAnswer(deps, personId, meetingId)) ?? { kind: "unknown_meeting" };
  }
  if (answer === "start") return (await checkAnswer(deps, personId, meetingId)) ?? { kind: "start_now" };
  return deps.db.transaction(async (tx): Promise<NotStartedResult> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    const refusal = await officerRefusal(tx, personId, meeting.committeeId, now);
    if (refusal) return refusal;
    const decided = decidedAnswer(meeting.status);
    if (decided) return { kind: "already", answer: decided };
    if (meeting.startsAt > now) return { kind: "already", answer: "start" };
    await updateMeeting(tx, meetingId, { status: "not_held" });
    await cancelJobs(tx, { dedupeKeyPrefix: `meeting:${meetingId}:` });
    const record = (await loadMeeting(tx, meetingId))!;
    await enqueueMessages(
      tx,
      meetingMessages(
        record,
        "meeting_not_held",
        { groupChat: true, secretariat: true, standIns: await standInsOf(tx, meetingId), invitees: () => false },
        (locale) => ({
          text: deps.t(locale, "not-started-recorded", {
            committee: record.facts.committeeTitle[locale],
            when: when(deps.t, locale, meeting.startsAt, record.facts.zone),
          }),
        }),
      ),
    );
    await writeAudit(tx, {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: "meeting.not_held",
      subjectType: "meeting",
      subjectId: meetingId,
      at: now,
    });
    return { kind: "recorded_not_held" };
  });
}

/** Why this press does not go ahead (not an officer; already decided), or null when it may. */
async function checkAnswer(deps: ServiceDeps, personId: number, meetingId: number): Promise<NotStartedResult | null> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<NotStartedResult | null> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    const refusal = await officerRefusal(tx, personId, meeting.committeeId, now);
    if (refusal) return refusal;
    const decided = decidedAnswer(meeting.status);
    return decided ? { kind: "already", answer: decided } : null;
  });
}
