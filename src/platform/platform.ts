// The one place that knows which messenger the bot runs on. Everything else asks the Platform it is given.
import type { Context, MiddlewareFn, Transformer } from "grammy";
import { baleTransformer } from "./bale-api.ts";
import { addCommandEntities } from "./command-entities.ts";
import { OptionalMethods } from "./optional-methods.ts";
import { BALE_SEND_LIMITS, type SendLimits, TELEGRAM_SEND_LIMITS } from "./send-limits.ts";

export const PLATFORM_NAMES = ["telegram", "bale"] as const;
export type PlatformName = (typeof PLATFORM_NAMES)[number];

export type Platform = {
  name: PlatformName;
  /** The messenger's name in the operator's messages ("Telegram could not be reached…"). */
  displayName: string;
  /** The messenger's name as people read it, in each language of the bot. */
  localName: { fa: string; en: string };
  /** Where a bot token comes from, as the operator is told to check it. */
  tokenIssuer: string;
  /** Where the Bot API is when BOT_API_ROOT does not say. */
  defaultApiRoot: string;
  /** The host of a bot's deep links: https://<host>/<bot>?start=<payload>. */
  linkHost: string;
  sendLimits: SendLimits;
  /** What this process learned of the optional methods (command menu, pins): one per platformNamed call. */
  optional: OptionalMethods;
  /**
   * A failed edit of a live message (not "not modified") is sent as a new message that later edits target: Bale's
   * edits of messages with keyboards are reported unreliable. Telegram: the edit's failure stands.
   */
  resendFailedEdits: boolean;
  /** Where a webhook's secret travels: a header (Telegram's secret_token) or the URL's path (Bale sends no header). */
  webhookSecretIn: "header" | "path";
  /** Installed first on every Api the bot sends through (the bot's, each form's, the outbox's): none for Telegram. */
  apiTransformers(): Transformer[];
  /** Installed before everything else on the bot's updates: none for Telegram. */
  updateMiddleware<C extends Context>(): MiddlewareFn<C>[];
};

type PlatformConstants = Omit<Platform, "optional">;

const TELEGRAM: PlatformConstants = {
  name: "telegram",
  displayName: "Telegram",
  localName: { fa: "تلگرام", en: "Telegram" },
  tokenIssuer: "@BotFather",
  defaultApiRoot: "https://api.telegram.org",
  linkHost: "t.me",
  sendLimits: TELEGRAM_SEND_LIMITS,
  webhookSecretIn: "header",
  resendFailedEdits: false,
  apiTransformers: () => [],
  updateMiddleware: () => [],
};

const BALE: PlatformConstants = {
  name: "bale",
  displayName: "Bale",
  localName: { fa: "بله", en: "Bale" },
  tokenIssuer: "@botfather in Bale",
  defaultApiRoot: "https://tapi.bale.ai",
  linkHost: "ble.ir",
  sendLimits: BALE_SEND_LIMITS,
  webhookSecretIn: "path",
  resendFailedEdits: true,
  apiTransformers: () => [baleTransformer()],
  updateMiddleware: () => [addCommandEntities()],
};

/** The platform, with a fresh record of its optional methods: call once per process (or per test bot). */
export function platformNamed(name: PlatformName): Platform {
  return { ...(name === "bale" ? BALE : TELEGRAM), optional: new OptionalMethods() };
}

/** A link that opens the bot and sends it /start with `payload` (an invitation or one-time token). */
export function startLink(platform: Platform, botUsername: string, payload: string): string {
  return `https://${platform.linkHost}/${botUsername}?start=${payload}`;
}

/** Builds a deep link for a token; what services take, so that they need not know the platform. */
export type StartLinkOf = (payload: string) => string;
