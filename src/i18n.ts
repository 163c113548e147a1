import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { keepRtlIsolates, type Locale, withoutIsolates } from "./domain/text.ts";
import { projectPath } from "./project-root.ts";
import type { Translate } from "./services/shared/deps.ts";

export const LOCALES: readonly Locale[] = ["fa", "en"];
export const DEFAULT_LOCALE: Locale = "fa";
const LOCALES_DIR = projectPath("locales");

export function isLocale(value: unknown): value is Locale {
  return value === "fa" || value === "en";
}

/**
 * One Fluent setup for the bot and the CLI. Fluent isolates every value (useIsolating); a Persian message keeps only
 * the isolates that hold Latin text, an English one none, so numbers and plain words carry no invisible marks.
 */
export function createI18n<C extends Context>(localeNegotiator?: (ctx: C) => Locale | Promise<Locale>): I18n<C> {
  const i18n = new I18n<C>({
    defaultLocale: DEFAULT_LOCALE,
    useSession: false,
    fluentBundleOptions: { useIsolating: true },
    ...(localeNegotiator ? { localeNegotiator } : {}),
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  trimIsolates(i18n.fluent);
  return i18n;
}

/** Every translation goes through fluent.translate: ctx.t, i18n.t and withLocale alike. */
function trimIsolates(fluent: {
  translate(locales: string | string[], path: string, context?: Record<string, unknown>): string;
}): void {
  const translate = fluent.translate.bind(fluent);
  fluent.translate = (locales, path, context) => {
    const text = translate(locales, path, context);
    return (Array.isArray(locales) ? locales[0] : locales) === "fa" ? keepRtlIsolates(text) : withoutIsolates(text);
  };
}

export function translatorOf(i18n: I18n<never> | I18n<Context>): Translate {
  return (locale, key, variables) => i18n.t(locale, key, variables);
}
