import { writeAudit } from "../../db/queries/audit.ts";
import { lockMeeting } from "../../db/queries/meetings.ts";
import { minutesOfMeeting } from "../../db/queries/minutes.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { openVotesOf } from "../../db/queries/votes.ts";
import { citeRule } from "../../domain/rule-source.ts";
import { resolveRules } from "../../domain/rules.ts";
import { SESSION_MAX_HOURS } from "../../domain/session-close.ts";
import { localizeDigits } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { citationVariables } from "../shared/rule-citation.ts";
import { loadMeeting } from "../shared/meeting-facts.ts";
import { localeOfRecipient, when } from "../shared/meeting-text.ts";
import { scheduleAutoCloseAt } from "./auto-close-plan.ts";
import { closeSession } from "./session.ts";

/** A vote still open at the set time is not cut short: the bot looks again this much later. */
export const VOTE_OPEN_RETRY_MS = 30 * 60 * 1000;

export type AutoCloseOutcome = "closed" | "not_in_session" | "vote_open";

/**
 * B9: a session still open at its set time (domain/session-close) is ended by the bot, exactly as /endmeeting ends it,
 * so the 48-hour clock for the minutes starts now; the secretary (the chair if no secretary holds the seat) and the
 * group are told why and by when the minutes are due. A session already ended, or cancelled, is left alone.
 */
export async function autoCloseSession(deps: ServiceDeps, meetingId: number): Promise<AutoCloseOutcome> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<AutoCloseOutcome> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting?.status !== "in_session") return "not_in_session";
    if ((await openVotesOf(tx, meetingId)).length > 0) {
      await scheduleAutoCloseAt(tx, meetingId, new Date(now.getTime() + VOTE_OPEN_RETRY_MS));
      await writeAudit(tx, {
        hqId: meeting.hqId,
        action: "meeting.auto_close_deferred",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { reason: "vote_open" },
        at: now,
      });
      return "vote_open";
    }
    const ended = await closeSession(tx, deps, meeting, now, { automatic: true });
    const { hq, committee } = (await loadMeeting(tx, meetingId))!;
    const clock = citeRule(resolveRules(committee.rules), "minutesHours");
    const minutes = await minutesOfMeeting(tx, meetingId);
    const facts = (locale: "fa" | "en") => ({
      committee: locale === "en" ? committee.titleEn : committee.titleFa,
      closedAt: when(deps.t, locale, now, hq.timezone),
      hours: localizeDigits(String(SESSION_MAX_HOURS), locale),
      due: minutes ? when(deps.t, locale, minutes.dueAt, hq.timezone) : "",
      ...citationVariables(clock, locale),
    });
    const messages: NewOutboxMessage[] = [];
    if (ended.postedTo !== null) {
      messages.push({
        chatId: ended.postedTo,
        hqId: hq.id,
        meetingId,
        purpose: "session_auto_closed",
        payload: { method: "sendMessage", text: deps.t(hq.locale, "session-auto-closed", facts(hq.locale)) },
      });
    }
    const officer = await officerToTell(tx, committee.id);
    if (officer?.telegramId) {
      const locale = localeOfRecipient(officer, hq.locale);
      messages.push({
        chatId: officer.telegramId,
        personId: officer.id,
        hqId: hq.id,
        meetingId,
        purpose: "session_auto_closed",
        payload: { method: "sendMessage", text: deps.t(locale, "session-auto-closed-secretary", facts(locale)) },
      });
    }
    await enqueueMessages(tx, messages);
    return "closed";
  });
}

/** The one who drafts and signs the minutes (B9): the secretary, or the chair while no one holds the secretary's seat. */
async function officerToTell(tx: Parameters<typeof seatsWithHolders>[0], committeeId: number) {
  const seats = await seatsWithHolders(tx, [committeeId]);
  const seat =
    seats.find((s) => s.role === "secretary" && s.holder) ?? seats.find((s) => s.role === "chair" && s.holder);
  return seat?.holder ? findPersonById(tx, seat.holder.personId) : undefined;
}
