import type { Locale } from "../domain/text.ts";
import { isLocale } from "../i18n.ts";

/**
 * The CLI speaks one language per run: `--lang` when given, else the shell's (LC_ALL, then LC_MESSAGES, then LANG, as
 * POSIX orders them) when it is Persian, else English — an administrator's terminal that is not set to Persian may
 * not show Persian at all.
 */
export function cliLocale(flag: string | undefined, env: Record<string, string | undefined>): Locale {
  if (isLocale(flag)) return flag;
  const shell = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^fa([_.@-]|$)/i.test(shell) ? "fa" : "en";
}
