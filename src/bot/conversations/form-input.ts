import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { localizeDigits } from "../../domain/text.ts";
import type { MessageKey } from "../../services/shared/deps.ts";
import type { BotContext, ConversationContext } from "../context.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

export type FormAnswer =
  | { kind: "text"; text: string }
  | { kind: "document"; text: string; fileId: string; fileName?: string }
  /** `messageId`: the message whose button was pressed, so the form can take its keyboard away. */
  | { kind: "press"; data: string; messageId: number };

/** The message (or messages) showing a question's buttons. */
export type Shown = number | readonly number[];

export type FormQuestion = {
  /**
   * The question's buttons (`data`) and the message that shows them (`on`; the messages, when the question is asked
   * again with the same buttons). Any other press belongs to another message and goes on to its handler — the same
   * buttons on another message too: an earlier question's, or a closed form's ("Renew" under one seat, "Confirm"
   * under a summary edited since), which are answered as expired, never taken as an answer about what the form shows now.
   */
  buttons?: { on: Shown; data: RegExp };
  /** A typed answer is accepted (otherwise only a press of `buttons` is). */
  text?: boolean;
  /** A document is accepted, with its caption as the text. */
  documents?: boolean;
  /** What to say when the answer is of the wrong kind; by default "send text" or "press a button". */
  hint?: string;
};

/**
 * The one way every form waits for its next answer, so every form follows the same rules:
 * - a press of the question's buttons, on the question's message, is answered and returned; a press of another
 *   message's button (an invitation's Attending, a ballot, an earlier question's) is not the form's business and goes
 *   on to its handler while the form waits;
 * - a typed command closes the form first, saying nothing was recorded, and then runs;
 * - a form left waiting longer than FORM_TIMEOUT_MINUTES closes on the person's next update with a line saying
 *   nothing was recorded; that update is then handled as if no form had been open (a plain text, meant for the
 *   form, is not taken further), so a /propose abandoned at "send the text" never files a chat message days later.
 * Conversations are replayed: the clock is read through conversation.external, which logs the value, so a replay
 * sees the time the answer arrived. (The plugin's own maxMilliseconds would read Date.now(), not the app's clock.)
 */
export async function formInput(conversation: Wizard, question: FormQuestion): Promise<FormAnswer> {
  let askedAt = await conversation.external((c) => c.deps.clock().getTime());
  for (;;) {
    const next = await conversation.wait();
    const { now, limitMinutes } = await conversation.external((c) => ({
      now: c.deps.clock().getTime(),
      limitMinutes: c.formTimeoutMinutes,
    }));
    const data = next.callbackQuery?.data;
    const message = next.message;
    const isCommand = message?.text?.startsWith("/") === true;
    if (now - askedAt >= limitMinutes * 60_000) {
      if (data !== undefined || message)
        await next.reply(next.t("wizard-expired", { minutes: localizeDigits(String(limitMinutes), next.locale) }));
      // A press or a command goes on to its handler; a plain answer was meant for the closed form.
      await conversation.halt({ next: data !== undefined || isCommand || !message });
    }
    if (data !== undefined) {
      const buttons = question.buttons;
      const pressedOn = next.callbackQuery?.message?.message_id;
      if (
        buttons &&
        pressedOn !== undefined &&
        ([] as number[]).concat(buttons.on).includes(pressedOn) &&
        buttons.data.test(data)
      ) {
        await next.answerCallbackQuery().catch(() => {});
        return { kind: "press", data, messageId: pressedOn };
      }
      await conversation.skip({ next: true });
    }
    // Edits, reactions and other updates are not answers.
    if (!message) await conversation.skip({ next: true });
    if (isCommand) {
      await next.reply(next.t("wizard-closed"));
      await conversation.halt({ next: true });
    }
    if (question.documents && message?.document) {
      const { file_id: fileId, file_name: fileName } = message.document;
      return { kind: "document", text: message.caption?.trim() ?? "", fileId, ...(fileName ? { fileName } : {}) };
    }
    const text = message?.text?.trim();
    if (question.text && text) return { kind: "text", text };
    await next.reply(question.hint ?? next.t(question.text ? "wizard-send-text" : "wizard-press-button"));
    // An answer of the wrong kind still shows the person is there: the form waits its full time again.
    askedAt = now;
  }
}

/** Waits for a press of one of the buttons `accepted` on the message `on` and returns its data. */
export async function waitForPress(conversation: Wizard, on: Shown, accepted: RegExp): Promise<string> {
  const answer = await formInput(conversation, { buttons: { on, data: accepted } });
  return answer.kind === "press" ? answer.data : "";
}

/** A typed answer, or null when the person presses Cancel (`cancel` is its button data) on the message `on`. */
export async function waitForTextOrCancel(conversation: Wizard, on: Shown, cancel: string): Promise<string | null> {
  const answer = await formInput(conversation, {
    text: true,
    buttons: { on, data: new RegExp(`^${escapeRegExp(cancel)}$`) },
  });
  return answer.kind === "text" ? answer.text : null;
}

/** The data of the Cancel button under a typed question (see askForText). */
export const TEXT_QUESTION_CANCEL = "fq:cancel";

/**
 * Asks `question` with a Cancel button under it and waits for the typed answer. On Cancel the person is told that
 * nothing was recorded (`cancelled`, by default the form's general line) and the result is null.
 */
export async function askForText(
  conversation: Wizard,
  ctx: ConversationContext,
  question: string,
  cancelled: MessageKey = "wizard-closed",
): Promise<string | null> {
  const keyboard = new InlineKeyboard().text(ctx.t("wizard-cancel"), TEXT_QUESTION_CANCEL);
  const asked = await ctx.reply(question, { reply_markup: keyboard });
  const text = await waitForTextOrCancel(conversation, asked.message_id, TEXT_QUESTION_CANCEL);
  if (text === null) await ctx.reply(ctx.t(cancelled));
  return text;
}

/**
 * Asks `question` with one button per choice (data `<prefix><id>`, the label as given) and the form's Cancel (data
 * `cancel`), and waits for a press of one of them: the chosen id, or null when the person presses Cancel.
 */
export async function chooseByButton(
  conversation: Wizard,
  ctx: ConversationContext,
  question: string,
  choices: readonly { id: number; label: string }[],
  data: { prefix: string; cancel: string },
): Promise<number | null> {
  const keyboard = new InlineKeyboard();
  for (const choice of choices) keyboard.text(choice.label, `${data.prefix}${choice.id}`).row();
  keyboard.text(ctx.t("wizard-cancel"), data.cancel);
  const asked = await ctx.reply(question, { reply_markup: keyboard });
  const ids = choices.map((c) => c.id).join("|");
  const pressed = await waitForPress(
    conversation,
    asked.message_id,
    new RegExp(`^(?:${escapeRegExp(data.cancel)}|${escapeRegExp(data.prefix)}(?:${ids}))$`),
  );
  return choices.find((c) => pressed === `${data.prefix}${c.id}`)?.id ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Opens a form from a handler. A press of another message's button can arrive while a form waits (see formInput);
 * when that press opens a form of its own, the waiting one closes first, as a typed command would close it.
 */
export async function openForm(ctx: BotContext, name: string, ...args: unknown[]): Promise<void> {
  if (Object.keys(ctx.conversation.active()).length > 0) {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t("wizard-closed"));
  }
  await ctx.conversation.enter(name, ...args);
}
