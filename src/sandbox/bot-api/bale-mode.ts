// The emulator's Bale mode: Bale's Bot API copies Telegram's shape but refuses what it does not have (issue #16).
import { ApiError, bad } from "./api-error.ts";

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

/** Why Bale would refuse this call, or undefined when it takes it. */
export function baleRefusal(method: string, params: Record<string, unknown>): ApiError | undefined {
  if (NOT_IMPLEMENTED.has(method.toLowerCase())) return new ApiError(501, "Not Implemented");
  const field = TELEGRAM_ONLY_FIELDS.find((name) => params[name] !== undefined);
  return field === undefined ? undefined : bad(`field "${field}" is not supported`);
}
