import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { meetingChoiceLabel } from "../../services/shared/meeting-text.ts";
import {
  checkDelegable,
  createDelegation,
  delegationOverview,
  STATEMENT_MAX_LENGTH,
} from "../../services/delegations/delegations.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { createdMessages, createRefusal, revokeKeyboard, standingText } from "../features/delegations-text.ts";
import { chooseByButton, type Shown, waitForTextOrCancel } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

export type DelegateArgs = { meetingId?: number; statement?: string };

/** A standing delegation, already rendered: the wizard's replay log stores plain data only. */
type Standing = { delegationId: number; text: string };
type Choice = { meetingId: number; label: string; standing: Standing | null };

const CANCEL = "dw:cancel";

/**
 * B1, the member's side: which meeting (asked when several), the written statement (asked when not typed after
 * /delegate), then the one-time link to forward to the delegate. A standing delegation is shown with Revoke instead.
 */
export async function delegationWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  args: DelegateArgs = {},
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) {
    await ctx.reply(ctx.t("not-registered"));
    return;
  }
  let meetingId = args.meetingId;
  if (meetingId !== undefined) {
    const chosen = meetingId;
    const refusal = await conversation.external(async (c) => {
      const check = await checkDelegable(c.deps.db, personId, chosen, c.deps.clock());
      if (check.kind === "ok") return null;
      if (check.kind === "already_delegated")
        return { text: standingText(c, check.delegation), standing: check.delegation.delegationId };
      return { text: createRefusal(c, check), standing: null };
    });
    if (refusal) {
      await ctx.reply(
        refusal.text,
        refusal.standing === null ? {} : { reply_markup: revokeKeyboard(ctx, refusal.standing) },
      );
      return;
    }
  } else {
    const choices = await conversation.external(
      async (c): Promise<Choice[]> =>
        (await delegationOverview(c.deps.db, personId, c.deps.clock())).map((m) => ({
          meetingId: m.meetingId,
          label: meetingChoiceLabel(c.deps.t, c.locale, m.committeeTitle[c.locale], m.startsAt, m.zone),
          standing: m.standing ? { delegationId: m.standing.delegationId, text: standingText(c, m.standing) } : null,
        })),
    );
    const open = choices.filter((c) => c.standing === null);
    if (!args.statement || open.length === 0) {
      for (const { standing } of choices)
        if (standing) await ctx.reply(standing.text, { reply_markup: revokeKeyboard(ctx, standing.delegationId) });
    }
    if (open.length === 0) {
      if (choices.length === 0) await ctx.reply(ctx.t("delegate-no-meeting"));
      return;
    }
    meetingId = open.length === 1 ? open[0]!.meetingId : await askMeeting(conversation, ctx, open);
    if (meetingId === undefined) return;
  }

  let statement = args.statement ?? "";
  if (!statement) {
    const cancel = new InlineKeyboard().text(ctx.t("wizard-cancel"), CANCEL);
    // Cancel answers from the question and from each "too long" that asks again.
    const asked = [(await ctx.reply(ctx.t("delegate-ask-statement"), { reply_markup: cancel })).message_id];
    for (;;) {
      const answer = await waitForStatement(conversation, ctx, asked);
      if (answer === null) return;
      if (answer.length <= STATEMENT_MAX_LENGTH) {
        statement = answer;
        break;
      }
      asked.push(
        (await ctx.reply(createRefusal(ctx, { kind: "too_long", max: STATEMENT_MAX_LENGTH }), { reply_markup: cancel }))
          .message_id,
      );
    }
  }
  const chosen = meetingId;
  const outcome = await conversation.external(
    async (c): Promise<{ created: [string, string] } | { refusal: string; standing: number | null }> => {
      const result = await createDelegation(c.deps, personId, chosen, statement);
      if (result.kind === "created") return { created: createdMessages(c, result) };
      if (result.kind === "already_delegated")
        return { refusal: standingText(c, result.delegation), standing: result.delegation.delegationId };
      return { refusal: createRefusal(c, result), standing: null };
    },
  );
  if ("created" in outcome) {
    await ctx.reply(outcome.created[0]);
    await ctx.reply(outcome.created[1], { link_preview_options: { is_disabled: true } });
    return;
  }
  await ctx.reply(
    outcome.refusal,
    outcome.standing === null ? {} : { reply_markup: revokeKeyboard(ctx, outcome.standing) },
  );
}

async function askMeeting(
  conversation: Wizard,
  ctx: ConversationContext,
  choices: Choice[],
): Promise<number | undefined> {
  const buttons = choices.map((c) => ({ id: c.meetingId, label: c.label }));
  const meetingId = await chooseByButton(conversation, ctx, ctx.t("delegate-choose-meeting"), buttons, {
    prefix: "dw:m:",
    cancel: CANCEL,
  });
  if (meetingId === null) await cancelled(ctx);
  return meetingId ?? undefined;
}

/** The statement as text; null when the member cancels. */
async function waitForStatement(conversation: Wizard, ctx: ConversationContext, on: Shown): Promise<string | null> {
  const answer = await waitForTextOrCancel(conversation, on, CANCEL);
  if (answer === null) await cancelled(ctx);
  return answer;
}

async function cancelled(ctx: ConversationContext): Promise<void> {
  await ctx.reply(ctx.t("delegate-cancelled"));
}
