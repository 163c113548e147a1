import type { Locale } from "./text.ts";

/**
 * Whose language wins: the person's own choice (/lang, or the roster), then what their Telegram app says, then
 * the HQ's default; Persian when nothing says otherwise.
 */
export function chooseLocale(input: {
  chosen?: string | null;
  telegramLanguage?: string | null;
  hqDefault?: string | null;
}): Locale {
  for (const candidate of [input.chosen, languageOf(input.telegramLanguage), input.hqDefault]) {
    if (candidate === "fa" || candidate === "en") return candidate;
  }
  return "fa";
}

/** Telegram sends IETF tags such as "en-US" or "fa". */
function languageOf(tag: string | null | undefined): string | null {
  return tag ? (tag.split("-")[0]?.toLowerCase() ?? null) : null;
}
