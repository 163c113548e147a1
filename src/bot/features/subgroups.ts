import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { localizeDigits } from "../../domain/text.ts";
import {
  approveSubgroup,
  checkSubgroupForStaff,
  type ProposeSubgroupResult,
  type SubgroupDecision,
} from "../../services/subgroups/subgroups.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { commandBody } from "../shared/command-body.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";

type Speaker = Pick<ConversationContext, "t" | "locale">;

export const subgroupsFeature = new Composer<BotContext>();

export function describeSubgroupProposal(ctx: Speaker, result: ProposeSubgroupResult): string {
  switch (result.kind) {
    case "proposed":
      return ctx.t("subgroup-proposed", {
        number: localizeDigits(String(result.proposalId), ctx.locale),
        staff: localizeDigits(String(result.staff), ctx.locale),
        count: result.staff,
      });
    case "not_officer":
      return ctx.t("subgroup-not-officer");
    case "committee_ended":
      return ctx.t("visit-committee-ended");
    case "title_required":
      return ctx.t("subgroup-title-required");
    case "duties_required":
      return ctx.t("subgroup-duties-required");
    case "too_long":
      return ctx.t("subgroup-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
    case "duplicate":
      return ctx.t("subgroup-duplicate");
    case "no_staff":
      return ctx.t("follow-through-no-staff");
  }
}

export function describeSubgroupDecision(ctx: Speaker, result: SubgroupDecision): string {
  switch (result.kind) {
    case "approved":
      return ctx.t("subgroup-approved-done", { key: result.committeeKey });
    case "rejected":
      return ctx.t("subgroup-rejected-done");
    case "open":
    case "unknown":
      return ctx.t("callback-expired");
    case "not_staff":
      return ctx.t("subgroup-not-staff");
    case "already_decided":
      return ctx.t("subgroup-already-decided", { status: result.status });
    case "parent_ended":
      return ctx.t("visit-committee-ended");
    case "reason_required":
      return ctx.t("subgroup-reason-required");
    case "too_long":
      return ctx.t("subgroup-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
  }
}

/** `/subgroup <title>` (bylaw B5), privately: the wizard asks for the duties (and the committee, when the person leads several). */
subgroupsFeature.command("subgroup", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  if ((await requirePerson(ctx)) === null) return;
  // In a group the bot does not receive the answers the wizard asks for (privacy mode).
  if (ctx.chat.type !== "private") return ctx.reply(ctx.t("follow-through-private-only", { command: "/subgroup" }));
  await openForm(ctx, "subgroup", { title: commandBody(ctx.message?.text ?? "") });
});

subgroupsFeature.callbackQuery(/^sg[ar]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("subgroupId" in action))
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const personId = ctx.person.id;
  if (action.action === "subgroup_reject") {
    const check = await checkSubgroupForStaff(ctx.deps, personId, action.subgroupId);
    if (check.kind !== "open")
      return ctx.answerCallbackQuery({ text: describeSubgroupDecision(ctx, check), show_alert: true });
    await ctx.answerCallbackQuery();
    return openForm(ctx, "subgroupReject", { subgroupId: action.subgroupId });
  }
  const result = await approveSubgroup(ctx.deps, personId, action.subgroupId);
  const text = describeSubgroupDecision(ctx, result);
  await ctx.answerCallbackQuery({ text, show_alert: result.kind !== "approved" });
  if (result.kind === "approved" || result.kind === "already_decided")
    await ctx.editMessageReplyMarkup().catch(() => {});
  if (result.kind === "approved") await ctx.reply(text);
});
