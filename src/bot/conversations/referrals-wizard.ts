import { localizeDigits } from "../../domain/text.ts";
import { fileReferralReport, type ReportInput, reportableReferrals } from "../../services/referrals/referrals.ts";
import type { ConversationContext } from "../context.ts";
import { describeReport } from "../features/referrals.ts";
import { cancelKeyboard, choose, nextAnswer } from "./follow-through-form.ts";
import type { Wizard } from "./follow-through-form.ts";

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
