import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { buttonText } from "../../domain/text.ts";
import { committeesLedBy } from "../../services/shared/officers.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { type FormAnswer, formInput } from "./form-input.ts";

/* The steps the follow-through forms share: referral reports, field visits and sub-groups. */

export type Wizard = Conversation<BotContext, ConversationContext>;

export const CANCEL = "ft:cancel";

export type Answer = Exclude<FormAnswer, { kind: "press" }> | { kind: "button"; data: string } | null;

/**
 * The person's next answer to the question `on` (the message showing its buttons): a text (unless `text` is false), a
 * document (when accepted), or a press of one of `buttons` there. Cancel ends the wizard (null). Everything else
 * follows the one rule of forms (form-input.ts).
 */
export async function nextAnswer(
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

export async function textAnswer(conversation: Wizard, ctx: ConversationContext, on: number): Promise<string | null> {
  const answer = await nextAnswer(conversation, ctx, on, {});
  return answer?.kind === "text" ? answer.text : null;
}

export const cancelKeyboard = (ctx: ConversationContext) => new InlineKeyboard().text(ctx.t("wizard-cancel"), CANCEL);

type Choice = { id: number; label: string };

export async function choose(
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

export async function ledCommittees(conversation: Wizard, personId: number): Promise<Choice[]> {
  return conversation.external(async (c) => {
    const led = await committeesLedBy(c.deps.db, personId, c.deps.clock());
    const unique = new Map(
      led.map((s) => [s.committeeId, c.locale === "en" ? s.committeeTitleEn : s.committeeTitleFa]),
    );
    return [...unique.entries()].map(([id, label]) => ({ id, label }));
  });
}
