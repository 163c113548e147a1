import type { Database } from "../../db/client.ts";
import type { Locale } from "../../domain/text.ts";

export type TranslationVariables = Record<string, string | number>;
/**
 * A key of the locale files (locales/fa/*.ftl and locales/en/*.ftl). Keys are written out whole, never built from a
 * result's kind: test/locales/message-keys.test.ts checks that every key in src exists in both languages.
 */
export type MessageKey = string;
export type Translate = (locale: Locale, key: MessageKey, variables?: TranslationVariables) => string;

/** What every use case needs; the composition root builds it once. */
export type ServiceDeps = {
  db: Database;
  clock: () => Date;
  t: Translate;
};

/** Who is acting, for authorization and the audit log. */
export type Actor = { personId: number | null; telegramId: number | null };

export const SYSTEM_ACTOR: Actor = { personId: null, telegramId: null };
