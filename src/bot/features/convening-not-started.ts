import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { answerUnstartedMeeting, type NotStartedResult } from "../../services/convening/not-started.ts";
import { startMeeting } from "../../services/session/session.ts";
import type { BotContext } from "../context.ts";
import { explainNotOfficer } from "../explain.ts";
import { afterStart } from "../shared/meeting-start.ts";

/** B9/B13: the officer's answer about a meeting that never started (the question comes from the job runner). */
export const conveningNotStartedFeature = new Composer<BotContext>();

conveningNotStartedFeature.callbackQuery(/^nst:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "not_started" || !ctx.person)
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await answerUnstartedMeeting(ctx.deps, ctx.person.id, action.meetingId, action.answer);
  if (result.kind === "start_now") {
    // Starting late is /startmeeting for this meeting: the same checks, and the attendance message goes to the group.
    const started = await startMeeting(ctx.deps, ctx.person.id, { meetingId: action.meetingId });
    await ctx.answerCallbackQuery();
    if (started.kind === "started") await ctx.editMessageReplyMarkup().catch(() => {});
    await afterStart(ctx, started);
    return;
  }
  const text = explain(ctx, result);
  if (result.kind === "cancelled" || result.kind === "recorded_not_held" || result.kind === "already") {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(text).catch(() => ctx.reply(text));
    return;
  }
  await ctx.answerCallbackQuery({ text, show_alert: true });
});

function explain(ctx: BotContext, result: Exclude<NotStartedResult, { kind: "start_now" }>): string {
  switch (result.kind) {
    case "cancelled":
      return ctx.t("cancel-done");
    case "recorded_not_held":
      return ctx.t("not-started-recorded-done");
    case "already":
      return ctx.t(
        result.answer === "start"
          ? "not-started-already-start"
          : result.answer === "cancel"
            ? "not-started-already-cancel"
            : "not-started-already-not-held",
      );
    case "not_officer":
      return explainNotOfficer(ctx, result, ctx.t("not-started-not-officer"));
    case "unknown_meeting":
      return ctx.t("not-started-unknown");
  }
}
