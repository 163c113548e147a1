import type { Transformer } from "grammy";
import { splitForTelegram, TELEGRAM_TEXT_LIMIT } from "../../domain/text.ts";

type MessagePayload = { text?: unknown; parse_mode?: string; reply_markup?: unknown };

/**
 * Every direct reply arrives, whatever its length: a sendMessage over Telegram's 4,096 characters (a long minutes
 * draft, a long decisions list, a long proposal) goes as consecutive messages split at paragraph, line or word
 * boundaries — never inside an HTML tag — with the buttons on the last one, where the reader ends. The outbox
 * splits its own messages with the same splitter. Installed outermost, so each part is paced and retried alone.
 */
export function splitLongMessages(): Transformer {
  return async (prev, method, payload, signal) => {
    const message = payload as MessagePayload;
    if (method !== "sendMessage" || typeof message.text !== "string" || message.text.length <= TELEGRAM_TEXT_LIMIT) {
      return prev(method, payload, signal);
    }
    const { reply_markup: buttons, ...rest } = message;
    const parts = splitForTelegram(message.text, TELEGRAM_TEXT_LIMIT, { html: message.parse_mode === "HTML" });
    let result: Awaited<ReturnType<typeof prev>> | undefined;
    for (const [index, text] of parts.entries()) {
      const last = index === parts.length - 1;
      result = await prev(
        method,
        { ...rest, text, ...(last && buttons !== undefined ? { reply_markup: buttons } : {}) } as typeof payload,
        signal,
      );
      // A part that failed stops the rest: the person is told by the error boundary, not left with a gap.
      if (!result.ok) return result;
    }
    return result ?? prev(method, payload, signal);
  };
}
