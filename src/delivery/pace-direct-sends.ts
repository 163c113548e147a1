import type { Transformer } from "grammy";
import { isRateLimited } from "../platform/rate-limit.ts";
import type { SendLimiter } from "./send-limiter.ts";

/** The Bot API methods that count against Telegram's sending limits. */
const PACED = new Set(["sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup"]);
const MAX_WAIT_MS = 5_000;

/**
 * Direct replies take their slot from the same budget as the outbox worker, so a member's button press during a
 * 500-member fan-out waits a few milliseconds for its turn instead of being answered 429 and retried seconds later.
 * A reply never waits more than a few seconds: when no slot is free by then it goes anyway and auto-retry handles a
 * 429. Installed inside auto-retry, so every attempt takes a slot and every 429 is seen.
 */
export function paceDirectSends(limiter: SendLimiter, now: () => number = Date.now): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown }).chat_id;
    if (PACED.has(method) && typeof chatId === "number") {
      const [slot] = await limiter.takeSlots([chatId], now(), MAX_WAIT_MS);
      const wait = slot?.taken ? slot.at - now() : 0;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const result = await prev(method, payload, signal);
    // A 429 on this path holds the outbox back too (and the other way round, through the shared budget).
    if (!result.ok && isRateLimited(result) && typeof chatId === "number") {
      const seconds = result.parameters?.retry_after ?? 1;
      await limiter.pauseUntil(chatId, now() + seconds * 1000);
    }
    return result;
  };
}
