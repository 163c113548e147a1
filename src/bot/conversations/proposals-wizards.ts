import { citationVariables } from "../../services/shared/rule-citation.ts";
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { localizeDigits } from "../../domain/text.ts";
import { keepProposalKeyboard } from "../../services/convening/buttons.ts";
import { upcomingFor } from "../../services/convening/listing.ts";
import { meetingChoiceLabel, when } from "../../services/shared/meeting-text.ts";
import { decideProposal, type ProposalInput, submitProposal } from "../../services/proposals/proposals.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { proposalDecisionKeys } from "../features/proposals-text.ts";
import { askForText, waitForPress } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

export type ProposeArgs = { text: string; attachment?: ProposalInput["attachment"] };

/** /propose: chooses the meeting when the member has several, asks for the text when none was typed, files it. */
export async function proposeWizard(conversation: Wizard, ctx: ConversationContext, args: ProposeArgs): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) {
    await ctx.reply(ctx.t("not-registered"));
    return;
  }
  const meetings = await conversation.external(async (c) =>
    (await upcomingFor(c.deps.db, personId, c.deps.clock())).map((r) => ({
      id: r.meeting.id,
      label: meetingChoiceLabel(c.deps.t, c.locale, r.facts.committeeTitle[c.locale], r.facts.startsAt, r.facts.zone),
    })),
  );
  if (meetings.length === 0) {
    await ctx.reply(ctx.t("propose-no-meeting"));
    return;
  }
  let meetingId = meetings[0]!.id;
  if (meetings.length > 1) {
    const keyboard = new InlineKeyboard();
    for (const m of meetings) keyboard.text(m.label, `pw:m:${m.id}`).row();
    keyboard.text(ctx.t("wizard-cancel"), "pw:cancel");
    const asked = await ctx.reply(ctx.t("propose-choose-meeting"), { reply_markup: keyboard });
    const pressed = await waitForPress(conversation, asked.message_id, /^pw:(m:\d+|cancel)$/);
    const chosen = meetings.find((m) => pressed === `pw:m:${m.id}`);
    if (!chosen) {
      await ctx.reply(ctx.t("propose-cancelled"));
      return;
    }
    meetingId = chosen.id;
  }
  let text = args.text;
  if (!text && !args.attachment) {
    const typed = await askForText(conversation, ctx, ctx.t("propose-ask-text"), "propose-cancelled");
    if (typed === null) return;
    text = typed;
  }
  const result = await conversation.external((c) =>
    submitProposal(c.deps, personId, {
      meetingId,
      text,
      ...(args.attachment ? { attachment: args.attachment } : {}),
    }).then((r) =>
      "deadline" in r
        ? { ...r, deadline: r.deadline.getTime(), proposalId: r.proposal.id, number: r.proposal.number }
        : r,
    ),
  );
  const n = (value: number) => localizeDigits(String(value), ctx.locale);
  switch (result.kind) {
    case "filed":
      await ctx.reply(
        ctx.t("propose-receipt", {
          number: n(result.number),
          deadline: when(ctx.deps.t, ctx.locale, new Date(result.deadline), result.zone),
        }),
      );
      return;
    case "late":
      await ctx.reply(
        ctx.t("propose-late", {
          deadline: when(ctx.deps.t, ctx.locale, new Date(result.deadline), result.zone),
          ...citationVariables(result.proposalDays, ctx.locale),
        }),
        {
          reply_markup: keepProposalKeyboard(ctx.deps.t, ctx.locale, result.proposalId),
        },
      );
      return;
    case "not_member":
      await ctx.reply(ctx.t("propose-not-member"));
      return;
    case "meeting_closed":
      await ctx.reply(ctx.t("propose-meeting-closed"));
      return;
    case "empty":
      await ctx.reply(ctx.t("propose-empty"));
      return;
    case "too_long":
      await ctx.reply(ctx.t("propose-too-long", { max: n(result.max) }));
      return;
  }
}

/** "Decline" on a proposal: the reason is required (the proposer is told it). */
export async function declineReasonWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  proposalId: number,
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const reason = await askForText(conversation, ctx, ctx.t("proposal-ask-reason"));
  if (reason === null) return;
  const result = await conversation.external((c) =>
    decideProposal(c.deps, personId, proposalId, { accept: false, reason }).then((r) => r.kind),
  );
  await ctx.reply(ctx.t(proposalDecisionKeys[result]));
}
