import type { Context, MiddlewareFn, Transformer } from "grammy";
import { clipText, TELEGRAM_ALERT_LIMIT } from "../../domain/text.ts";

type AlertPayload = { text?: unknown };

/**
 * Every refusal shown on a press arrives, whatever its length. Telegram refuses a callback answer over 200
 * characters (MESSAGE_TOO_LONG), and the press would then show nothing — an English explanation citing the bylaw is
 * often longer. A longer answer is shown clipped, and the whole text goes to the presser's private chat: never to
 * the group, where the press may have been made, because it is about them.
 */
export function answerLongAlerts<C extends Context>(): MiddlewareFn<C> {
  return async (ctx, next) => {
    const presser = ctx.from?.id;
    if (ctx.callbackQuery !== undefined && presser !== undefined) ctx.api.config.use(longAlertToPrivateChat(presser));
    await next();
  };
}

function longAlertToPrivateChat(presser: number): Transformer {
  return async (prev, method, payload, signal) => {
    const alert = payload as AlertPayload;
    if (
      method !== "answerCallbackQuery" ||
      typeof alert.text !== "string" ||
      alert.text.length <= TELEGRAM_ALERT_LIMIT
    ) {
      return prev(method, payload, signal);
    }
    const answered = await prev(
      method,
      { ...payload, text: clipText(alert.text, TELEGRAM_ALERT_LIMIT) } as typeof payload,
      signal,
    );
    // The clipped alert has been shown either way; someone who never opened the bot cannot be written to (Telegram:
    // "bot can't initiate conversation"), which leaves them the alert.
    await prev("sendMessage", { chat_id: presser, text: alert.text } as never, signal).catch(() => undefined);
    return answered;
  };
}
