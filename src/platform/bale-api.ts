import type { Transformer } from "grammy";
import { TelegramHtmlError, telegramHtmlToPlainText } from "../domain/telegram-html.ts";
import { isRateLimited } from "./rate-limit.ts";

/** Fields of Telegram's Bot API that Bale's does not have; sent anyway they are refused or misread. */
const DROPPED_FIELDS = [
  "parse_mode",
  "entities",
  "caption_entities",
  "link_preview_options",
  "message_thread_id",
  "allowed_updates",
] as const;

/** Methods Bale answers 501: not called at all, and reported done, since nothing depends on them. */
const UNSUPPORTED_METHODS = new Set(["setMyName", "setMyDescription", "setMyShortDescription"]);

/** The pause asked for when Bale says "bot limit exceed" without a retry_after. */
export const BALE_LIMIT_RETRY_SECONDS = 2;

type Payload = Record<string, unknown>;

/**
 * A payload as Bale takes it: Telegram-only fields dropped, replies by id, HTML rendered as plain text. Throws
 * TelegramHtmlError for HTML that Telegram would refuse as well.
 */
export function toBalePayload(payload: Payload): Payload {
  const out: Payload = { ...payload };
  const html = out.parse_mode === "HTML";
  for (const field of DROPPED_FIELDS) delete out[field];
  if (html && typeof out.text === "string") out.text = telegramHtmlToPlainText(out.text);
  if (html && typeof out.caption === "string") out.caption = telegramHtmlToPlainText(out.caption);
  const reply = out.reply_parameters as { message_id?: unknown } | undefined;
  delete out.reply_parameters;
  if (reply && typeof reply.message_id === "number" && out.reply_to_message_id === undefined)
    out.reply_to_message_id = reply.message_id;
  return out;
}

/** Bale clients of old versions send callback query ids starting with "1"; answering them fails. */
export function isAnswerableCallbackId(id: unknown): boolean {
  return typeof id === "string" && !id.startsWith("1");
}

/**
 * grammY transformer for Bale's Bot API. Install it first (innermost), so that every other transformer (pacing,
 * auto-retry, long-message splitting) sees Telegram's shapes going out and a 429 coming back for Bale's
 * rate-limit texts.
 */
export function baleTransformer(): Transformer {
  return async (prev, method, payload, signal) => {
    if (UNSUPPORTED_METHODS.has(method)) return { ok: true, result: true as never };
    const fields = (payload ?? {}) as Payload;
    if (method === "answerCallbackQuery" && !isAnswerableCallbackId(fields.callback_query_id))
      return { ok: true, result: true as never };
    let balePayload: Payload;
    try {
      balePayload = toBalePayload(fields);
    } catch (error) {
      // Telegram refuses such HTML with a 400; the bot gets the same answer on Bale, not a text with stray tags.
      if (!(error instanceof TelegramHtmlError)) throw error;
      return { ok: false, error_code: 400, description: `Bad Request: ${error.message}` };
    }
    const result = await prev(method, balePayload as typeof payload, signal);
    // 501 is Bale lacking the method: nothing to retry (auto-retry would, as a server error), so it is a refusal.
    if (!result.ok && result.error_code === 501)
      return { ...result, error_code: 400, description: `Bad Request: not implemented: ${method}` };
    if (result.ok || result.error_code === 429 || !isRateLimited(result)) return result;
    return {
      ...result,
      error_code: 429,
      parameters: { ...result.parameters, retry_after: result.parameters?.retry_after ?? BALE_LIMIT_RETRY_SECONDS },
    };
  };
}
