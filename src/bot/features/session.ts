import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import {
  attendanceSheetFor,
  type CheckInResult,
  checkIn,
  type EndResult,
  endMeeting,
  markPresence,
  startMeeting,
} from "../../services/session/session.ts";
import { attendanceSheet, finalAttendanceText } from "../../services/session/session-text.ts";
import type { BotContext } from "../context.ts";
import { explainLocated, explainNotOfficer } from "../explain.ts";
import { officerCommand } from "../shared/guards.ts";
import { afterStart } from "../shared/meeting-start.ts";
import { redrawPressed } from "../shared/redraw.ts";

/** B3 in session: opening the meeting, the "I'm present" button, the secretary's roll and closing it. */
export const sessionFeature = new Composer<BotContext>();

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
      await redrawPressed(ctx, "session: the roll", sheet.text, sheet.replyMarkup);
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
    result.sessionChatId < 0 &&
    !ctx.platform.optional.lacks("pin")
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
