import { Composer, GrammyError } from "grammy";
import { decodeCallback, encodeCallback } from "../../domain/callback-data.ts";
import { when } from "../../services/shared/meeting-text.ts";
import type { NotOfficer } from "../../services/shared/officers.ts";
import {
  attachSessionMessage,
  attendanceSheetFor,
  type CheckInResult,
  checkIn,
  type EndResult,
  endMeeting,
  markPresence,
  type StartResult,
  startMeeting,
} from "../../services/session/session.ts";
import { attendanceSheet, finalAttendanceText, sessionKeyboard } from "../../services/session/session-text.ts";
import type { BotContext } from "../context.ts";
import { explainNotOfficer } from "../explain.ts";
import { commandScope, refuseAnonymous, requirePerson } from "../shared/guards.ts";

/** B3 in session: opening the meeting, the "I'm present" button, the secretary's roll and closing it. */
export const sessionFeature = new Composer<BotContext>();

/**
 * Whose command it is and which committee it is about: the committee of the group chat, or null privately (the
 * service then looks at the committees the person leads). Undefined when the command was answered already.
 */
export async function officerCommand(
  ctx: BotContext,
): Promise<{ personId: number; committeeId: number | null } | undefined> {
  if (await refuseAnonymous(ctx)) return undefined;
  const personId = await requirePerson(ctx);
  if (personId === null) return undefined;
  const committeeId = await commandScope(ctx);
  return committeeId === undefined ? undefined : { personId, committeeId };
}

/**
 * B3: a ballot press (a vote's or an election's) from a seat not in the room is refused privately with the way in: an
 * "I'm present" button (the session's own check-in) under `text`. Sent to the person's private chat; when the bot may
 * not write there, the alert already said to press "I'm present" on the meeting's pinned message.
 */
export async function offerCheckIn(ctx: BotContext, meetingId: number, text: string): Promise<void> {
  if (!ctx.from) return;
  await ctx.api
    .sendMessage(ctx.from.id, text, { reply_markup: sessionKeyboard(ctx.deps.t, ctx.locale, meetingId) })
    .catch((error: unknown) =>
      ctx.log.info("session: could not offer the check-in privately", { meetingId, error: String(error) }),
    );
}

/** Refusals shared by the session and vote commands when no meeting in session is found. */
export function explainLocated(
  ctx: BotContext,
  refusal: NotOfficer | { kind: "no_session" } | { kind: "ambiguous" },
): string {
  switch (refusal.kind) {
    case "not_officer":
      return explainNotOfficer(ctx, refusal, ctx.t("session-not-officer"));
    case "no_session":
      return ctx.t("session-none-in-session");
    case "ambiguous":
      return ctx.t("session-ambiguous");
  }
}

sessionFeature.command("startmeeting", async (ctx) => {
  const who = await officerCommand(ctx);
  if (!who) return;
  const result = await startMeeting(ctx.deps, who.personId, { committeeId: who.committeeId });
  await afterStart(ctx, result);
});

sessionFeature.callbackQuery(/^sm:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "start_meeting_confirm" || !ctx.person)
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await startMeeting(ctx.deps, ctx.person.id, { meetingId: action.meetingId });
  if (result.kind === "not_officer")
    return ctx.answerCallbackQuery({
      text: explainNotOfficer(ctx, result, ctx.t("session-not-officer")),
      show_alert: true,
    });
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await afterStart(ctx, result);
});

export async function afterStart(ctx: BotContext, result: StartResult): Promise<void> {
  switch (result.kind) {
    case "started":
      await postLiveMessage(ctx, result);
      return;
    case "confirm_early":
      await ctx.reply(
        ctx.t("session-start-early-question", {
          committee: result.committeeTitle[ctx.locale],
          when: when(ctx.deps.t, ctx.locale, result.startsAt, result.zone),
        }),
        {
          reply_markup: {
            inline_keyboard: [
              [
                {
                  text: ctx.t("session-start-early-confirm"),
                  callback_data: encodeCallback({ action: "start_meeting_confirm", meetingId: result.meetingId }),
                },
              ],
            ],
          },
        },
      );
      return;
    case "not_officer":
      await ctx.reply(explainNotOfficer(ctx, result, ctx.t("session-not-officer")));
      return;
    case "no_meeting":
    case "unknown_meeting":
      await ctx.reply(ctx.t("session-start-no-meeting"));
      return;
    case "cancelled":
      await ctx.reply(ctx.t("session-start-cancelled"));
      return;
    case "ended":
      await ctx.reply(ctx.t("session-start-ended"));
      return;
    case "already_in_session":
      await ctx.reply(ctx.t("session-start-already"));
      return;
  }
}

/**
 * The session committed; its attendance message is sent now, from here, so its id can be kept for the edits that
 * follow. Pinning needs admin rights: without them the session goes on and the officer is told once.
 */
async function postLiveMessage(ctx: BotContext, started: Extract<StartResult, { kind: "started" }>): Promise<void> {
  const chatId = started.groupChatId ?? ctx.chat!.id;
  const sent = await ctx.api
    .sendMessage(chatId, started.text, { reply_markup: started.replyMarkup })
    .catch((error: unknown) => {
      ctx.log.warn("session: could not post the attendance message", {
        meetingId: started.meetingId,
        error: String(error),
      });
      return undefined;
    });
  if (!sent) {
    await ctx.reply(ctx.t("session-post-failed"));
    return;
  }
  await attachSessionMessage(ctx.deps, started.meetingId, chatId, sent.message_id, started.text);
  const pinned = chatId < 0 ? await pin(ctx, chatId, sent.message_id) : "pinned";
  const notes: string[] = [];
  if (chatId !== ctx.chat!.id) notes.push(ctx.t("session-started-private"));
  if (pinned === "no_rights") notes.push(ctx.t("session-pin-no-rights"));
  if (notes.length > 0) await tellOfficer(ctx, notes.join("\n\n"));
}

const NO_RIGHTS = /not enough rights|CHAT_ADMIN_REQUIRED/i;

async function pin(ctx: BotContext, chatId: number, messageId: number): Promise<"pinned" | "no_rights" | "failed"> {
  try {
    await ctx.api.pinChatMessage(chatId, messageId, { disable_notification: true });
    return "pinned";
  } catch (error) {
    if (error instanceof GrammyError && NO_RIGHTS.test(error.description)) return "no_rights";
    ctx.log.warn("session: could not pin the attendance message", { chatId, error: String(error) });
    return "failed";
  }
}

/** A note meant for the officer alone: privately when the bot may write to them, otherwise where they asked. */
async function tellOfficer(ctx: BotContext, text: string): Promise<void> {
  if (ctx.chat?.type === "private" || !ctx.from) {
    await ctx.reply(text);
    return;
  }
  await ctx.api.sendMessage(ctx.from.id, text).catch(() => ctx.reply(text));
}

// ─── Check-in ───────────────────────────────────────────────────────────────────────────────────

sessionFeature.callbackQuery(/^ci:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "check_in") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await checkIn(ctx.deps, ctx.person?.id ?? null, action.meetingId);
  if (result.kind !== "checked_in")
    ctx.log.info("session: check-in refused", { meetingId: action.meetingId, from: ctx.from.id, kind: result.kind });
  await ctx.answerCallbackQuery({ text: explainCheckIn(ctx, result), show_alert: result.kind !== "checked_in" });
});

function explainCheckIn(ctx: BotContext, result: CheckInResult): string {
  switch (result.kind) {
    case "checked_in":
      if (!result.changed) return ctx.t("check-in-already");
      if (result.as === "guest") return ctx.t("check-in-guest");
      if (result.as === "delegate") return ctx.t("check-in-delegate", { seat: result.seatTitle });
      if (result.as === "non_voting_member") return ctx.t("check-in-non-voting");
      return ctx.t("check-in-member");
    case "took_back":
      return ctx.t("check-in-took-back", { seat: result.seatTitle, name: result.delegateName ?? "—" });
    case "term_ended":
      return ctx.t("check-in-term-ended", { seat: result.seatTitle });
    case "no_standing":
      return ctx.t("check-in-no-standing");
    case "not_in_session":
      return ctx.t("check-in-not-in-session");
    case "unknown_meeting":
      return ctx.t("callback-expired");
  }
}

// ─── The secretary's roll ───────────────────────────────────────────────────────────────────────

sessionFeature.command("attendance", async (ctx) => {
  const who = await officerCommand(ctx);
  if (!who) return;
  const result = await attendanceSheetFor(ctx.deps.db, who.personId, who.committeeId, ctx.deps.clock());
  if (result.kind !== "sheet") return ctx.reply(explainLocated(ctx, result));
  const sheet = attendanceSheet(ctx.deps.t, ctx.locale, result.view);
  await ctx.reply(sheet.text, { reply_markup: sheet.replyMarkup });
});

sessionFeature.callbackQuery(/^mp:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "mark_presence" || !ctx.person)
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await markPresence(ctx.deps, ctx.person.id, action.meetingId, action.seatId);
  switch (result.kind) {
    case "marked": {
      await ctx.answerCallbackQuery({ text: ctx.t(result.present ? "mark-present-done" : "mark-absent-done") });
      const sheet = attendanceSheet(ctx.deps.t, ctx.locale, result.view);
      await ctx.editMessageText(sheet.text, { reply_markup: sheet.replyMarkup }).catch((error: unknown) => {
        ctx.log.warn("session: could not update the roll", { error: String(error) });
      });
      return;
    }
    case "not_officer":
      return ctx.answerCallbackQuery({ text: ctx.t("session-not-officer"), show_alert: true });
    case "not_in_session":
      return ctx.answerCallbackQuery({ text: ctx.t("check-in-not-in-session"), show_alert: true });
    case "vacant_seat":
      return ctx.answerCallbackQuery({ text: ctx.t("mark-vacant-seat"), show_alert: true });
    case "term_ended":
      return ctx.answerCallbackQuery({ text: ctx.t("mark-term-ended"), show_alert: true });
    case "unknown_meeting":
    case "unknown_seat":
      return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  }
});

// ─── End ────────────────────────────────────────────────────────────────────────────────────────

sessionFeature.command("endmeeting", async (ctx) => {
  const who = await officerCommand(ctx);
  if (!who) return;
  const result = await endMeeting(ctx.deps, who.personId, who.committeeId);
  // In the group chat the final attendance the service posted is the answer.
  const postedHere = result.kind === "ended" && result.postedTo === ctx.chat.id;
  if (!postedHere) await ctx.reply(explainEnd(ctx, result));
  if (
    result.kind === "ended" &&
    result.sessionChatId !== null &&
    result.sessionMessageId !== null &&
    result.sessionChatId < 0
  ) {
    await ctx.api.unpinChatMessage(result.sessionChatId, result.sessionMessageId).catch(() => {});
  }
});

function explainEnd(ctx: BotContext, result: EndResult): string {
  switch (result.kind) {
    case "ended": {
      const final = finalAttendanceText(ctx.deps.t, ctx.locale, result.view);
      return result.postedTo !== null ? `${ctx.t("session-ended-posted")}\n\n${final}` : final;
    }
    case "vote_open":
      return ctx.t("session-end-vote-open", { question: result.question });
    case "not_officer":
    case "no_session":
    case "ambiguous":
      return explainLocated(ctx, result);
  }
}
