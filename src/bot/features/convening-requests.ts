import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import type { MessageKey } from "../../services/shared/deps.ts";
import { declineRequest, openRequestFor, type RequestDecision } from "../../services/convening/requests.ts";
import type { BotContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { commandBody } from "../shared/command-body.ts";
import { requirePerson } from "../shared/guards.ts";

export const conveningRequestsFeature = new Composer<BotContext>();

/** /requestmeeting <reason> (bylaw B4); the form (conversations/convening-request-wizard.ts) asks which group when several. */
conveningRequestsFeature.command("requestmeeting", async (ctx) => {
  if ((await requirePerson(ctx)) === null) return;
  const reason = commandBody(ctx.message?.text ?? "");
  if (!reason) return ctx.reply(ctx.t("request-usage"));
  await openForm(ctx, "meetingRequest", { reason });
});

/**
 * A press on a request form's group choice that its form did not take: pressed by someone other than the member who
 * asked (in a group chat), or after the form closed. Nothing is filed.
 */
conveningRequestsFeature.callbackQuery(/^rqw?:/, (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t("request-choice-not-yours"), show_alert: true }),
);

/** What the secretary or chair is told when a request cannot be declined or convened for. */
const decisionKeys: Record<Exclude<RequestDecision["kind"], "open">, MessageKey> = {
  declined: "request-declined-done",
  already_decided: "request-already-decided",
  not_officer: "request-not-officer",
  unknown_request: "request-unknown-request",
};

conveningRequestsFeature.callbackQuery(/^r[cd]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("requestId" in action))
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  await ctx.answerCallbackQuery();
  if (action.action === "request_decline") {
    const result = await declineRequest(ctx.deps, ctx.person.id, action.requestId);
    await ctx.editMessageReplyMarkup().catch(() => {});
    if (result.kind !== "open") await ctx.reply(ctx.t(decisionKeys[result.kind]));
    return;
  }
  const result = await openRequestFor(ctx.deps, ctx.person.id, action.requestId);
  if (result.kind !== "open") return ctx.reply(ctx.t(decisionKeys[result.kind]));
  await ctx.editMessageReplyMarkup().catch(() => {});
  await openForm(ctx, "convene", { committeeId: result.request.committeeId, requestId: result.request.id });
});
