import { Api, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "../logger.ts";
import { isRateLimited } from "../platform/rate-limit.ts";

/** How long a start keeps trying to reach the Bot API before it gives up with a sentence (documented in the README). */
export const REACH_TELEGRAM_TIMEOUT_MS = 60_000;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15_000;

export type ReachResult =
  | { kind: "reached"; me: UserFromGetMe }
  | { kind: "token_refused"; description: string }
  | { kind: "unreachable"; attempts: number; lastError: string };

/**
 * The start-up `getMe`, with its own bounded retry. The bot's API retries network errors without end (auto-retry),
 * which left a start with no route to Telegram silent forever; here every failed attempt is logged with the API root
 * and the next delay, and after `timeoutMs` the caller exits with a sentence.
 */
export async function reachTelegram(options: {
  token: string;
  apiRoot: string;
  log: Logger;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}): Promise<ReachResult> {
  const api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: 20 });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeoutMs ?? REACH_TELEGRAM_TIMEOUT_MS);
  let delay = FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return { kind: "reached", me: await api.getMe() };
    } catch (error) {
      if (error instanceof GrammyError && error.error_code < 500 && !isRateLimited(error)) {
        return { kind: "token_refused", description: error.description };
      }
      const message = error instanceof HttpError || error instanceof GrammyError ? error.message : String(error);
      const wait =
        error instanceof GrammyError && error.parameters.retry_after ? error.parameters.retry_after * 1000 : delay;
      if (now() + wait > deadline) return { kind: "unreachable", attempts: attempt, lastError: message };
      options.log.warn("Telegram not reached; trying again", {
        apiRoot: options.apiRoot,
        attempt,
        nextDelaySeconds: wait / 1000,
        error: message,
      });
      await sleep(wait);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
