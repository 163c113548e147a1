// The emulator's Bale mode: Bale's Bot API copies Telegram's shape but refuses what it does not have (issue #16).
import { ApiError, bad } from "./api-error.ts";
import type { BaleModeOptions, LimitOptions } from "./types.ts";

/** Fields Bale's Bot API does not take: a bot that sends them was not rewritten for Bale. */
const TELEGRAM_ONLY_FIELDS = [
  "parse_mode",
  "entities",
  "caption_entities",
  "link_preview_options",
  "message_thread_id",
  "allowed_updates",
  "reply_parameters",
  // Bale's setWebhook takes only the URL and posts updates with no secret header.
  "secret_token",
];

/** Methods Bale answers 501 Not Implemented. */
const NOT_IMPLEMENTED = new Set(["setmyname", "setmydescription", "setmyshortdescription"]);

/**
 * Bale's send limits, as its operators describe them: about 20 messages a second overall and about 120 a minute to
 * one chat, private or group (a private chat's bucket refills at two a second).
 */
export const BALE_LIMITS: LimitOptions = {
  globalPerSecond: 20,
  privatePerSecond: 2,
  privateBurst: 4,
  groupPerMinute: 120,
  countEdits: true,
};

/** Why Bale would refuse this call, or undefined when it takes it. */
export function baleRefusal(method: string, params: Record<string, unknown>, options: BaleModeOptions = {}) {
  const name = method.toLowerCase();
  const unsupported = (options.notImplemented ?? []).some((m) => m.toLowerCase() === name);
  if (NOT_IMPLEMENTED.has(name) || unsupported) return new ApiError(501, "Not Implemented");
  const field = TELEGRAM_ONLY_FIELDS.find((field) => params[field] !== undefined);
  return field === undefined ? undefined : bad(`field "${field}" is not supported`);
}

/** Bale's answer to an edit of a message that has a keyboard, when the emulator models those edits as failing. */
export function baleKeyboardEditRefusal(hasKeyboard: boolean, options: BaleModeOptions = {}): ApiError | undefined {
  return hasKeyboard && options.keyboardEditsFail ? bad("message can't be edited") : undefined;
}

/**
 * Bale says "slow down" in three ways: a 429 with retry_after as Telegram does, or the texts "bot limit exceed" and
 * "local_rate_limited" with no retry_after. The emulator answers its limit refusals in turn with each, so a client
 * is tested against all three.
 */
export class BaleLimitAnswers {
  private turn = 0;
  answer(limit: ApiError): ApiError {
    const form = this.turn++ % 3;
    if (form === 0) return limit;
    return new ApiError(form === 1 ? 400 : 403, form === 1 ? "bot limit exceed" : "local_rate_limited");
  }
}
