import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { localizeDigits } from "../../domain/text.ts";
import { decideProposal, keepForNextMeeting, mayDecideProposal } from "../../services/proposals/proposals.ts";
import type { BotContext } from "../context.ts";
import { commandBody } from "../shared/command-body.ts";
import { requirePerson } from "../shared/guards.ts";
import { proposalDecisionKeys } from "./proposals-text.ts";
import { openForm } from "../conversations/form-input.ts";

export const proposalsFeature = new Composer<BotContext>();

proposalsFeature.command("propose", async (ctx) => {
  if ((await requirePerson(ctx)) === null) return;
  await openForm(ctx, "propose", { text: commandBody(ctx.message?.text ?? "") });
});

/** A document or photo whose caption starts with /propose is a written proposal with an attachment. */
proposalsFeature.on(["message:document", "message:photo"], async (ctx, next) => {
  const caption = ctx.message.caption ?? "";
  if (!/^\/propose(@\w+)?(\s|$)/.test(caption)) return next();
  if ((await requirePerson(ctx)) === null) return;
  const document = ctx.message.document;
  const photo = ctx.message.photo?.at(-1);
  const attachment = document
    ? {
        kind: "document" as const,
        fileId: document.file_id,
        ...(document.file_name ? { fileName: document.file_name } : {}),
      }
    : { kind: "photo" as const, fileId: photo!.file_id };
  await openForm(ctx, "propose", { text: commandBody(caption), attachment });
});

proposalsFeature.callbackQuery(/^p[adk]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("proposalId" in action))
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  if (action.action === "proposal_keep") {
    const result = await keepForNextMeeting(ctx.deps, ctx.person.id, action.proposalId);
    await ctx.answerCallbackQuery();
    const text =
      result.kind === "kept"
        ? ctx.t("proposal-kept", { number: localizeDigits(String(result.number), ctx.locale) })
        : ctx.t("callback-expired");
    await ctx.editMessageReplyMarkup().catch(() => {});
    await ctx.reply(text);
    return;
  }
  if (action.action === "proposal_decline") {
    const allowed = await mayDecideProposal(ctx.deps.db, ctx.person.id, action.proposalId, ctx.deps.clock());
    if (allowed !== "ok")
      return ctx.answerCallbackQuery({ text: ctx.t(proposalDecisionKeys[allowed]), show_alert: true });
    await ctx.answerCallbackQuery();
    await openForm(ctx, "declineReason", action.proposalId);
    return;
  }
  const result = await decideProposal(ctx.deps, ctx.person.id, action.proposalId, { accept: true });
  await ctx.answerCallbackQuery();
  if (result.kind === "accepted") await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t(proposalDecisionKeys[result.kind]));
});
