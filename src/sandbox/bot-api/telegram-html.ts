/** parse_mode HTML as Telegram reads it: the visible text and its entities, or a 400 for what Telegram refuses. */
import type { MessageEntity } from "grammy/types";
import { parseTelegramHtml, TelegramHtmlError } from "../../domain/telegram-html.ts";
import { bad } from "./api-error.ts";

/** Text as a phone shows it: without the invisible bidi isolates (FSI U+2068, PDI U+2069). */
export function asPhoneShows(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}

/** The text and entities of a parse_mode HTML message, or the 400 "Bad Request: can't parse entities: …". */
export function parseHtmlAsTelegram(html: string): { text: string; entities: MessageEntity[] } {
  try {
    return parseTelegramHtml(html);
  } catch (error) {
    if (error instanceof TelegramHtmlError) throw bad(error.message);
    throw error;
  }
}
