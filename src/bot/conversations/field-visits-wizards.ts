import { InlineKeyboard } from "grammy";
import { parseVisitWhen, type VisitDraft } from "../../domain/follow-through.ts";
import { cancelFieldVisit } from "../../services/field-visits/cancel.ts";
import { proposeOtherVisitDate, requestFieldVisit } from "../../services/field-visits/field-visits.ts";
import type { ConversationContext } from "../context.ts";
import {
  describeVisitCancel,
  describeVisitDecision,
  describeVisitRequest,
  explainVisitWhen,
} from "../features/field-visits-text.ts";
import { cancelKeyboard, choose, ledCommittees, nextAnswer, textAnswer } from "./follow-through-form.ts";
import type { Wizard } from "./follow-through-form.ts";

/** `/visit` by someone who leads several groups: which one's visit it is. */
export async function visitCommitteeWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  draft: VisitDraft,
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const committees = await ledCommittees(conversation, personId);
  if (committees.length === 0) {
    await ctx.reply(ctx.t("visit-not-officer"));
    return;
  }
  const committeeId = await choose(conversation, ctx, ctx.t("visit-choose-committee"), committees, "v");
  if (committeeId === null) return;
  const result = await conversation.external((c) => requestFieldVisit(c.deps, personId, { committeeId, ...draft }));
  await ctx.reply(describeVisitRequest(ctx, result));
}

/** "Propose another date" (B15): the staff member sends a date and an optional time until one is acceptable. */
export async function visitOtherDateWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  args: { visitId: number },
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const asked = await ctx.reply(ctx.t("visit-ask-other-date"), { reply_markup: cancelKeyboard(ctx) });
  for (;;) {
    const text = await textAnswer(conversation, ctx, asked.message_id);
    if (text === null) return;
    const parsed = parseVisitWhen(text);
    if (!parsed.ok) {
      await ctx.reply(explainVisitWhen(ctx, parsed.error));
      continue;
    }
    const result = await conversation.external((c) =>
      proposeOtherVisitDate(c.deps, personId, args.visitId, parsed.value),
    );
    await ctx.reply(describeVisitDecision(ctx, result));
    if (result.kind !== "in_past") return;
  }
}

const NO_REASON = "ft:vn";
const KEEP_VISIT = "ft:vk";

/**
 * Cancel (or withdraw) a field visit (B15), once the press was authorized: the reason in one message or "Without a
 * reason"; "Keep the visit" leaves it as it is. The service checks everything again when the answer comes.
 */
export async function visitCancelWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  args: { visitId: number; visit: string },
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("visit-cancel-no-reason"), NO_REASON)
    .row()
    .text(ctx.t("visit-cancel-keep"), KEEP_VISIT);
  const asked = await ctx.reply(ctx.t("visit-cancel-ask-reason", { visit: args.visit }), { reply_markup: keyboard });
  for (;;) {
    const answer = await nextAnswer(conversation, ctx, asked.message_id, { buttons: /^ft:v[nk]$/ });
    if (answer === null) return;
    if (answer.kind === "button" && answer.data === KEEP_VISIT) {
      await ctx.reply(ctx.t("visit-cancel-kept"));
      return;
    }
    const reason = answer.kind === "text" ? answer.text : null;
    const result = await conversation.external((c) => cancelFieldVisit(c.deps, personId, args.visitId, reason));
    await ctx.reply(describeVisitCancel(ctx, result));
    if (result.kind !== "too_long") return;
  }
}
