import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import { Bot, type Context, GrammyError, HttpError, type Middleware, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { DEFAULT_FORM_TIMEOUT_MINUTES } from "../config.ts";
import { findPersonByTelegramId } from "../db/queries/people.ts";
import { chooseLocale } from "../domain/locale.ts";
import { createI18n } from "../i18n.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { paceDirectSends } from "../delivery/pace-direct-sends.ts";
import type { SendLimiter } from "../delivery/send-limiter.ts";
import { type Platform, platformNamed } from "../platform/platform.ts";
import type { ServiceDeps } from "../services/shared/deps.ts";
import type { AppFlavor, BotContext, ConversationContext } from "./context.ts";
import { wizards } from "./conversations/register.ts";
import { databaseConversationStorage } from "./conversations/storage.ts";
import { conveningFeature } from "./features/convening.ts";
import { delegationsFeature } from "./features/delegations.ts";
import { fallbackFeature } from "./shared/fallback.ts";
import { electionsFeature } from "./features/elections.ts";
import { reportsFeature } from "./features/reports.ts";
import { fieldVisitsFeature } from "./features/field-visits.ts";
import { referralsFeature } from "./features/referrals.ts";
import { subgroupsFeature } from "./features/subgroups.ts";
import { termsFeature } from "./features/terms.ts";
import { guestsFeature } from "./features/guests.ts";
import { sessionFeature } from "./features/session.ts";
import { votesFeature } from "./features/votes.ts";
import { conveningRequestsFeature } from "./features/convening-requests.ts";
import { minutesFeature } from "./features/minutes.ts";
import { conveningManageFeature } from "./features/convening-manage.ts";
import { conveningNotStartedFeature } from "./features/convening-not-started.ts";
import { proposalsFeature } from "./features/proposals.ts";
import { resolutionsFeature } from "./features/resolutions.ts";
import { rsvpFeature } from "./features/rsvp.ts";
import { helpFeature } from "./features/help.ts";
import { languageFeature } from "./features/language.ts";
import { meFeature } from "./features/me.ts";
import { rosterFeature } from "./features/roster.ts";
import { overviewFeature } from "./features/overview.ts";
import { admitUpdate } from "./middleware/admit-update.ts";
import { answerLongAlerts } from "./shared/long-alerts.ts";
import { splitLongMessages } from "./shared/long-messages.ts";
import { orderUpdates } from "./middleware/order-updates.ts";
import { setSpeaker, speakerIdOf } from "./middleware/load-person.ts";

export type BotDeps = {
  services: ServiceDeps;
  log: Logger;
  token: string;
  apiRoot: string;
  /** Telegram or Bale (PLATFORM); tests and tools that leave it out get Telegram. */
  platform?: Platform;
  /** Known bot identity (tests, or a cached getMe); otherwise bot.init() fetches it. */
  botInfo?: UserFromGetMe;
  metrics?: Metrics;
  /** Telegram's send budget shared with the outbox worker (main.ts); tests leave it out. */
  limiter?: SendLimiter;
  /** After every update, handled or refused: it may have queued messages, so main.ts nudges the outbox. */
  afterUpdate?: () => void;
  /** FORM_TIMEOUT_MINUTES; tests and tools that leave it out get the documented default. */
  formTimeoutMinutes?: number;
  /** The HQ overview Mini App's address (WEB_APP_BASE_URL + /overview); left out, /overview says it is not set up. */
  overviewUrl?: string;
  /** Extra features, placed before the catch-all (tests use it to probe the plumbing). */
  extraFeatures?: Middleware<BotContext>[];
};

/** Direct replies retry briefly; the outbox worker has its own, bounded retry policy. */
const REPLY_RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 10 };

/** Builds the bot with every feature; never starts it (main.ts or a test decides how updates arrive). */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, { client: { apiRoot: deps.apiRoot }, botInfo: deps.botInfo });
  const platform = deps.platform ?? platformNamed("telegram");
  // The platform's own (innermost): everything above it speaks Telegram's Bot API.
  for (const transformer of platform.apiTransformers()) bot.api.config.use(transformer);
  if (deps.limiter) bot.api.config.use(paceDirectSends(deps.limiter));
  bot.api.config.use(autoRetry(REPLY_RETRY));
  bot.api.config.use(splitLongMessages());
  const i18n = createI18n<BotContext>((ctx) => ctx.locale);

  // The platform's updates made to look like Telegram's before anything reads them.
  for (const middleware of platform.updateMiddleware<BotContext>()) bot.use(middleware);
  // First: nothing below may read state before an earlier update of the same chat or person has finished.
  bot.use(orderUpdates());
  bot.use(provideApp(deps, platform));
  if (deps.afterUpdate) {
    const afterUpdate = deps.afterUpdate;
    bot.use(async (_ctx, next) => {
      try {
        await next();
      } finally {
        afterUpdate();
      }
    });
  }
  if (deps.metrics) {
    const metrics = deps.metrics;
    bot.use((_ctx, next) => {
      metrics.increment("kargoruh_updates_total");
      return next();
    });
  }
  // Every mode (polling, webhook, handleUpdate) gets the same boundary: a failure is logged and the person told.
  const app = bot.errorBoundary(async ({ ctx, error }) => {
    deps.log.error("update failed", { updateId: ctx.update.update_id, error: describe(error) });
    // A Telegram or network failure happens when answering, after the work committed: saying "not recorded" then
    // would invite a second, duplicate request. Anything else failed before or inside the transaction.
    const key = error instanceof GrammyError || error instanceof HttpError ? "error-reply-failed" : "error-generic";
    await apologize(ctx, i18n.t(ctx.locale ?? "fa", key)).catch(() => {});
  });
  app.use(answerLongAlerts());
  app.use(admitUpdate());
  app.use(i18n);
  app.use(
    conversations<BotContext, ConversationContext>({
      storage: databaseConversationStorage(deps.services.db, deps.services.clock),
      // A conversation builds its own context and Api: give it the same app data, language and retry policy.
      plugins: [
        provideApp(deps, platform),
        conversationPerson(),
        createI18n<ConversationContext>((ctx) => ctx.locale),
        retryReplies(platform, deps.limiter),
        answerLongAlerts(),
      ],
    }),
  );

  app.use(wizards);
  app.use(rosterFeature);
  app.use(helpFeature);
  app.use(languageFeature);
  app.use(meFeature);
  app.use(conveningFeature);
  app.use(rsvpFeature);
  app.use(proposalsFeature);
  app.use(conveningRequestsFeature);
  app.use(conveningManageFeature);
  app.use(conveningNotStartedFeature);
  app.use(delegationsFeature);
  app.use(guestsFeature);
  app.use(sessionFeature);
  app.use(votesFeature);
  app.use(minutesFeature);
  app.use(resolutionsFeature);
  app.use(referralsFeature);
  app.use(fieldVisitsFeature);
  app.use(subgroupsFeature);
  app.use(termsFeature);
  app.use(overviewFeature);
  for (const feature of deps.extraFeatures ?? []) app.use(feature);
  app.use(reportsFeature);
  app.use(electionsFeature);
  app.use(fallbackFeature);

  bot.catch(({ ctx, error }) => {
    deps.log.error("update failed outside the boundary", { updateId: ctx.update.update_id, error: describe(error) });
  });
  return bot;
}

function provideApp<C extends Context & AppFlavor>(deps: BotDeps, platform: Platform): MiddlewareFn<C> {
  return async (ctx, next) => {
    ctx.deps = deps.services;
    ctx.log = deps.log;
    ctx.person = null;
    ctx.locale = chooseLocale({ telegramLanguage: ctx.from?.language_code });
    ctx.formTimeoutMinutes = deps.formTimeoutMinutes ?? DEFAULT_FORM_TIMEOUT_MINUTES;
    ctx.overviewUrl = deps.overviewUrl;
    ctx.platform = platform;
    await next();
  };
}

function conversationPerson(): MiddlewareFn<ConversationContext> {
  return async (ctx, next) => {
    const speaker = speakerIdOf(ctx.from);
    setSpeaker(ctx, speaker === null ? null : ((await findPersonByTelegramId(ctx.deps.db, speaker)) ?? null));
    await next();
  };
}

/** A conversation's own Api gets the same platform, pacing (inside), retry policy and splitting (outside) as bot.api. */
function retryReplies(platform: Platform, limiter: SendLimiter | undefined): MiddlewareFn<ConversationContext> {
  return async (ctx, next) => {
    for (const transformer of platform.apiTransformers()) ctx.api.config.use(transformer);
    if (limiter) ctx.api.config.use(paceDirectSends(limiter));
    ctx.api.config.use(autoRetry(REPLY_RETRY));
    ctx.api.config.use(splitLongMessages());
    await next();
  };
}

/** Whatever failed, the person is told their request was not recorded, in their language. */
async function apologize(ctx: BotContext, text: string): Promise<void> {
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text, show_alert: true });
  } else if (ctx.chatId !== undefined) {
    await ctx.reply(text);
  }
}

function describe(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError)
    return { kind: "telegram", method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { kind: "network", message: error.message };
  if (error instanceof Error)
    return { kind: "error", message: error.message, stack: error.stack, ...causeOf(error.cause) };
  return { kind: "unknown", value: String(error) };
}

/** drizzle wraps the driver's error ("Failed query: …"): the driver's code and message say what actually failed. */
function causeOf(cause: unknown): Record<string, unknown> {
  if (!(cause instanceof Error)) return {};
  const code = (cause as { code?: unknown }).code;
  return { cause: cause.message, ...(code === undefined ? {} : { causeCode: String(code) }) };
}
