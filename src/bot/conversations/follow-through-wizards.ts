import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { parseVisitWhen, type VisitDraft } from "../../domain/follow-through.ts";
import { buttonText, localizeDigits } from "../../domain/text.ts";
import { cancelFieldVisit } from "../../services/field-visits/cancel.ts";
import { proposeOtherVisitDate, requestFieldVisit } from "../../services/field-visits/field-visits.ts";
import { committeesLedBy } from "../../services/shared/officers.ts";
import { fileReferralReport, type ReportInput, reportableReferrals } from "../../services/referrals/referrals.ts";
import { proposeSubgroup, rejectSubgroup } from "../../services/subgroups/subgroups.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import {
  describeVisitCancel,
  describeVisitDecision,
  describeVisitRequest,
  explainVisitWhen,
} from "../features/field-visits-text.ts";
import { describeReport } from "../features/referrals.ts";
import { describeSubgroupDecision, describeSubgroupProposal } from "../features/subgroups.ts";
import { type FormAnswer, formInput } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

const CANCEL = "ft:cancel";

type Answer = Exclude<FormAnswer, { kind: "press" }> | { kind: "button"; data: string } | null;

/**
 * The person's next answer to the question `on` (the message showing its buttons): a text (unless `text` is false), a
 * document (when accepted), or a press of one of `buttons` there. Cancel ends the wizard (null). Everything else
 * follows the one rule of forms (form-input.ts).
 */
async function nextAnswer(
  conversation: Wizard,
  ctx: ConversationContext,
  on: number,
  options: { buttons?: RegExp; documents?: boolean; text?: boolean; hint?: string },
): Promise<Answer> {
  const data = new RegExp(`^${CANCEL}$${options.buttons ? `|${options.buttons.source}` : ""}`);
  const answer = await formInput(conversation, {
    buttons: { on, data },
    text: options.text ?? true,
    documents: options.documents ?? false,
    ...(options.hint ? { hint: options.hint } : {}),
  });
  if (answer.kind !== "press") return answer;
  // The question's buttons have done their job: a second press on them is not an answer to anything.
  if (ctx.chatId !== undefined) await ctx.api.editMessageReplyMarkup(ctx.chatId, answer.messageId).catch(() => {});
  if (answer.data === CANCEL) {
    await ctx.reply(ctx.t("follow-through-cancelled"));
    return null;
  }
  return { kind: "button", data: answer.data };
}

async function textAnswer(conversation: Wizard, ctx: ConversationContext, on: number): Promise<string | null> {
  const answer = await nextAnswer(conversation, ctx, on, {});
  return answer?.kind === "text" ? answer.text : null;
}

const cancelKeyboard = (ctx: ConversationContext) => new InlineKeyboard().text(ctx.t("wizard-cancel"), CANCEL);

type Choice = { id: number; label: string };

async function choose(
  conversation: Wizard,
  ctx: ConversationContext,
  question: string,
  choices: Choice[],
  prefix: string,
): Promise<number | null> {
  const keyboard = new InlineKeyboard();
  for (const c of choices) keyboard.text(buttonText(c.label), `ft:${prefix}:${c.id}`).row();
  keyboard.text(ctx.t("wizard-cancel"), CANCEL);
  const asked = await ctx.reply(question, { reply_markup: keyboard });
  const pattern = new RegExp(`^ft:${prefix}:(\\d+)$`);
  for (;;) {
    const answer = await nextAnswer(conversation, ctx, asked.message_id, { buttons: pattern, text: false });
    if (answer === null) return null;
    if (answer.kind === "button") {
      const id = Number(pattern.exec(answer.data)![1]);
      if (choices.some((c) => c.id === id)) return id;
    }
    await ctx.reply(ctx.t("wizard-press-button"));
  }
}

async function ledCommittees(conversation: Wizard, personId: number): Promise<Choice[]> {
  return conversation.external(async (c) => {
    const led = await committeesLedBy(c.deps.db, personId, c.deps.clock());
    const unique = new Map(
      led.map((s) => [s.committeeId, c.locale === "en" ? s.committeeTitleEn : s.committeeTitleFa]),
    );
    return [...unique.entries()].map(([id, label]) => ({ id, label }));
  });
}

/** `/report referral` (B12): which open referral, then the written report as a text or a document. */
export async function referralReportWizard(conversation: Wizard, ctx: ConversationContext): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const open = await conversation.external(async (c) =>
    (await reportableReferrals(c.deps.db, personId, c.deps.clock())).map((r) => ({
      id: r.id,
      label: `${localizeDigits(String(r.id), c.locale)}. ${r.subject}`,
      subject: r.subject,
      committee: r.committee[c.locale],
    })),
  );
  if (open.length === 0) {
    await ctx.reply(ctx.t("referral-report-none"));
    return;
  }
  const referralId = await choose(conversation, ctx, ctx.t("referral-report-choose"), open, "r");
  if (referralId === null) return;
  const chosen = open.find((r) => r.id === referralId)!;
  const asked = await ctx.reply(
    ctx.t("referral-report-ask-text", { subject: chosen.subject, committee: chosen.committee }),
    { reply_markup: cancelKeyboard(ctx) },
  );
  const answer = await nextAnswer(conversation, ctx, asked.message_id, {
    documents: true,
    hint: ctx.t("referral-report-send-text-or-document"),
  });
  if (answer === null || answer.kind === "button") return;
  const input: ReportInput =
    answer.kind === "document"
      ? {
          text: answer.text,
          file: { fileId: answer.fileId, ...(answer.fileName ? { fileName: answer.fileName } : {}) },
        }
      : { text: answer.text };
  const result = await conversation.external((c) => fileReferralReport(c.deps, personId, referralId, input));
  await ctx.reply(describeReport(ctx, result));
}

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
