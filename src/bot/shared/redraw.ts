import { GrammyError } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { replaceLiveMessageId } from "../../db/queries/live-messages.ts";
import type { ConversationContext } from "../context.ts";
import { isMessageNotModified } from "../../platform/edit-errors.ts";

/**
 * Redraws the message a button was pressed on (its text and keyboard), so the person sees the new state: their answer
 * under their invitation, the roll with the seat marked. `what` names the message in the log.
 *
 * When the edit fails for another reason than "not modified", a platform whose keyboard edits are unreliable
 * (`resendFailedEdits`: Bale) sends the new state as a new message under the old one, with its keyboard, and whatever
 * pointed at the old message (a meeting's attendance message, a vote's) points at the new one, as the outbox worker
 * does for its edits. Elsewhere (Telegram) the failure is only logged, as before.
 */
export async function redrawPressed(
  ctx: ConversationContext,
  what: string,
  text: string,
  replyMarkup?: InlineKeyboardMarkup,
): Promise<void> {
  try {
    await ctx.editMessageText(text, { reply_markup: replyMarkup });
  } catch (error) {
    await resendFailedEdit(ctx, what, error, text, replyMarkup);
  }
}

/**
 * Replaces the keyboard under the message a button was pressed on (the answers still open, the PDF button alone). On a
 * platform that resends failed edits the message's own text goes anew with the new keyboard; see redrawPressed.
 */
export async function redrawPressedKeyboard(
  ctx: ConversationContext,
  what: string,
  replyMarkup: InlineKeyboardMarkup,
): Promise<void> {
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: replyMarkup });
  } catch (error) {
    const message = ctx.callbackQuery?.message;
    const text = message?.text ?? message?.caption;
    await resendFailedEdit(ctx, what, error, text, replyMarkup);
  }
}

async function resendFailedEdit(
  ctx: ConversationContext,
  what: string,
  error: unknown,
  text: string | undefined,
  replyMarkup: InlineKeyboardMarkup | undefined,
): Promise<void> {
  if (isNotModified(error)) return;
  const chatId = ctx.chatId;
  const oldId = ctx.callbackQuery?.message?.message_id;
  if (!ctx.platform.resendFailedEdits || chatId === undefined || oldId === undefined || !text) {
    ctx.log.warn(`${what}: could not update the message`, { error: String(error) });
    return;
  }
  ctx.log.info(`${what}: the edit failed; the new state goes as a new message`, { error: String(error) });
  let newId: number;
  try {
    newId = (await ctx.api.sendMessage(chatId, text, { reply_markup: replyMarkup })).message_id;
  } catch (sendError) {
    ctx.log.warn(`${what}: could not send the new state either`, { error: String(sendError) });
    return;
  }
  try {
    await replaceLiveMessageId(ctx.deps.db, chatId, oldId, newId);
  } catch (dbError) {
    ctx.log.error(`${what}: could not re-point the live message`, { chatId, oldId, newId, error: String(dbError) });
  }
}

function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && isMessageNotModified(error.description);
}
