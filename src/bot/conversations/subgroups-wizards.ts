import { proposeSubgroup, rejectSubgroup } from "../../services/subgroups/subgroups.ts";
import type { ConversationContext } from "../context.ts";
import { describeSubgroupDecision, describeSubgroupProposal } from "../features/subgroups.ts";
import { cancelKeyboard, choose, ledCommittees, textAnswer } from "./follow-through-form.ts";
import type { Wizard } from "./follow-through-form.ts";

/** `/subgroup` (B5): the group (if several), the title (if not typed), the duties; then the HQ decides. */
export async function subgroupWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  args: { title: string },
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const committees = await ledCommittees(conversation, personId);
  if (committees.length === 0) {
    await ctx.reply(ctx.t("subgroup-not-officer"));
    return;
  }
  const committeeId =
    committees.length === 1
      ? committees[0]!.id
      : await choose(conversation, ctx, ctx.t("subgroup-choose-committee"), committees, "c");
  if (committeeId === null) return;
  let title = args.title.trim();
  if (!title) {
    const asked = await ctx.reply(ctx.t("subgroup-ask-title"), { reply_markup: cancelKeyboard(ctx) });
    const answer = await textAnswer(conversation, ctx, asked.message_id);
    if (answer === null) return;
    title = answer;
  }
  const asked = await ctx.reply(ctx.t("subgroup-ask-duties", { title }), { reply_markup: cancelKeyboard(ctx) });
  const duties = await textAnswer(conversation, ctx, asked.message_id);
  if (duties === null) return;
  const result = await conversation.external((c) => proposeSubgroup(c.deps, personId, { committeeId, title, duties }));
  await ctx.reply(describeSubgroupProposal(ctx, result));
}

/** "Reject" on a sub-group proposal: the reason is required; the proposer is told it. */
export async function subgroupRejectWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  args: { subgroupId: number },
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const asked = await ctx.reply(ctx.t("subgroup-ask-reason"), { reply_markup: cancelKeyboard(ctx) });
  for (;;) {
    const reason = await textAnswer(conversation, ctx, asked.message_id);
    if (reason === null) return;
    const result = await conversation.external((c) => rejectSubgroup(c.deps, personId, args.subgroupId, reason));
    await ctx.reply(describeSubgroupDecision(ctx, result));
    if (result.kind !== "too_long") return;
  }
}
