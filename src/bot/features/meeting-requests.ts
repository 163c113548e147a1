import { Composer, InlineKeyboard } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { committeesOf } from "../../services/meetings/officers.ts";
import { declineRequest, openRequestFor, requestMeeting } from "../../services/meetings/requests.ts";
import type { BotContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { commandBody } from "./convene.ts";
import { requirePerson } from "./guards.ts";

export const meetingRequestsFeature = new Composer<BotContext>();

/** /requestmeeting <reason> (bylaw B4). A member of several committees picks one with a button; the reason travels in the message. */
meetingRequestsFeature.command("requestmeeting", async (ctx) => {
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const reason = commandBody(ctx.message?.text ?? "");
  if (!reason) return ctx.reply(ctx.t("request-usage"));
  const committees = await committeesOf(ctx.deps.db, personId);
  if (committees.length === 0) return ctx.reply(ctx.t("propose-not-member"));
  if (committees.length > 1) {
    const keyboard = new InlineKeyboard();
    for (const c of committees) keyboard.text(ctx.locale === "en" ? c.committeeTitleEn : c.committeeTitleFa, `rq:${c.committeeId}`).row();
    return ctx.reply(`${ctx.t("request-choose-committee")}\n\n${reason}`, { reply_markup: keyboard });
  }
  await reply(ctx, await requestMeeting(ctx.deps, personId, committees[0]!.committeeId, reason));
});

meetingRequestsFeature.callbackQuery(/^rq:\d+$/, async (ctx) => {
  if (!ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const committeeId = Number(ctx.callbackQuery.data.slice(3));
  const text = ctx.callbackQuery.message?.text ?? "";
  const reason = text.split("\n\n").slice(1).join("\n\n");
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await reply(ctx, await requestMeeting(ctx.deps, ctx.person.id, committeeId, reason));
});

meetingRequestsFeature.callbackQuery(/^r[cd]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("requestId" in action)) return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  await ctx.answerCallbackQuery();
  if (action.action === "request_decline") {
    const result = await declineRequest(ctx.deps, ctx.person.id, action.requestId);
    await ctx.editMessageReplyMarkup().catch(() => {});
    return ctx.reply(ctx.t(result.kind === "declined" ? "request-declined-done" : `request-${result.kind.replace("_", "-")}`));
  }
  const result = await openRequestFor(ctx.deps, ctx.person.id, action.requestId);
  if (result.kind !== "open") return ctx.reply(ctx.t(`request-${result.kind.replace("_", "-")}`));
  await ctx.editMessageReplyMarkup().catch(() => {});
  await openForm(ctx, "convene", { committeeId: result.request.committeeId, requestId: result.request.id });
});

async function reply(ctx: BotContext, result: Awaited<ReturnType<typeof requestMeeting>>) {
  switch (result.kind) {
    case "sent":
      return ctx.reply(ctx.t(result.officers > 0 ? "request-sent" : "request-no-officer"));
    case "not_member":
      return ctx.reply(ctx.t("propose-not-member"));
    case "reason_required":
      return ctx.reply(ctx.t("request-usage"));
    case "too_long":
      return ctx.reply(ctx.t("request-too-long", { max: result.max }));
  }
}
