import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { PersonRow } from "../db/queries/people.ts";
import type { Locale } from "../domain/text.ts";
import type { Logger } from "../logger.ts";
import type { Platform } from "../platform/platform.ts";
import type { ServiceDeps } from "../services/shared/deps.ts";

/** What features get on every update: the services' dependencies and who is speaking. */
export type AppFlavor = {
  deps: ServiceDeps;
  log: Logger;
  /** The registered person behind `from`, or null for someone the bot has never met. */
  person: PersonRow | null;
  /** The language this update is answered in (see domain/locale). */
  locale: Locale;
  /** How long a form waits for an answer before it closes (FORM_TIMEOUT_MINUTES). */
  formTimeoutMinutes: number;
  /** The HQ overview Mini App's address, or undefined when WEB_APP_BASE_URL is not set. */
  overviewUrl: string | undefined;
  /** The messenger the bot runs on: its deep links are built with it (bot/shared/start-link.ts). */
  platform: Platform;
};

/** Inside a conversation: the plugins installed there (i18n and the app data), no conversation control. */
export type ConversationContext = Context & I18nFlavor & AppFlavor;
export type BotContext = ConversationFlavor<ConversationContext>;
