import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Locale } from "./domain/text.ts";
import { projectPath } from "./project-root.ts";
import type { Translate } from "./services/deps.ts";

export const LOCALES: readonly Locale[] = ["fa", "en"];
export const DEFAULT_LOCALE: Locale = "fa";
const LOCALES_DIR = projectPath("locales");

export function isLocale(value: unknown): value is Locale {
  return value === "fa" || value === "en";
}

/** One Fluent setup for the bot and the CLI. useIsolating:false: Telegram must not get invisible bidi marks. */
export function createI18n<C extends Context>(localeNegotiator?: (ctx: C) => Locale | Promise<Locale>): I18n<C> {
  const i18n = new I18n<C>({
    defaultLocale: DEFAULT_LOCALE,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    ...(localeNegotiator ? { localeNegotiator } : {}),
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}

export function translatorOf(i18n: I18n<never> | I18n<Context>): Translate {
  return (locale, key, variables) => i18n.t(locale, key, variables);
}
