import type { Update } from "grammy/types";
import { probeCommandMenus } from "./bot/commands.ts";
import { createBot } from "./bot/create-bot.ts";
import { type Polling, pollBot } from "./bot/polling-source.ts";
import { reachTelegram } from "./bot/reach-telegram.ts";
import { startBackups } from "./backup/start-backups.ts";
import type { Config } from "./config.ts";
import { type DatabaseHandle, openDatabase } from "./db/client.ts";
import { DirectoryLockedError } from "./db/directory-lock.ts";
import { isNewDataDir } from "./db/pglite-template.ts";
import { createSendLimiter } from "./delivery/send-limiter.ts";
import { platformNamed } from "./platform/platform.ts";
import { webhookPlan } from "./platform/webhook.ts";
import { createSharedSendLimiter } from "./delivery/shared-send-budget.ts";
import { startDelivery } from "./delivery/start-delivery.ts";
import { createHttpServer } from "./http/server.ts";
import { OVERVIEW_PATH } from "./http/overview.ts";
import { createI18n, translatorOf } from "./i18n.ts";
import type { Logger } from "./logger.ts";
import { Metrics } from "./metrics.ts";
import { syncAllCouncils } from "./services/council/sync-council.ts";
import type { ServiceDeps } from "./services/shared/deps.ts";
import { jobHandlers } from "./services/shared/jobs.ts";
import { reportUnreachable } from "./services/shared/unreachable.ts";

/**
 * Updates handled at once when polling. Plenty for a province's busiest minute (a press is milliseconds of database
 * work); bounded so that a flood waits at Telegram rather than in this process's memory and the database pool's queue.
 */
const UPDATES_IN_FLIGHT = 100;

export type BotProcessOptions = {
  /** The one clock of the bot and its job ticker: the wall clock, or the sandbox's movable one. */
  clock?: () => Date;
};

export type RunningBot = {
  services: ServiceDeps;
  database: DatabaseHandle;
  username: string;
  /** Stops taking updates, finishes those in hand, stops delivery and backups, closes the database. */
  stop: () => Promise<void>;
};

/** A start that cannot go on, with the sentence that says why. */
export class BotStartError extends Error {}

/** Composition root: database → bot → outbox and jobs → polling or webhook. `src/main.ts` and the sandbox run it. */
export async function startBotProcess(
  config: Config,
  log: Logger,
  options: BotProcessOptions = {},
): Promise<RunningBot> {
  // Before the database: a start that cannot reach Telegram says so within a bound instead of waiting in silence.
  const platform = platformNamed(config.platform);
  const reached = await reachTelegram({
    token: config.botToken,
    apiRoot: config.botApiRoot,
    log,
    timeoutMs: config.startTimeoutMs,
  });
  if (reached.kind === "token_refused")
    throw new BotStartError(
      `${platform.displayName} did not accept BOT_TOKEN (${reached.description}). Check the token with ${platform.tokenIssuer}.`,
    );
  if (reached.kind === "unreachable") {
    throw new BotStartError(
      `${platform.displayName} could not be reached at ${config.botApiRoot} in ${config.startTimeoutMs / 1000} s (${reached.attempts} attempts; last error: ${reached.lastError}). Check the network, or set BOT_API_ROOT to a Bot API server you can reach.`,
    );
  }
  if ("dataDir" in config.database && isNewDataDir(config.database.dataDir)) {
    log.info("creating the embedded database (first start only)…", { dataDir: config.database.dataDir });
  }
  let database: DatabaseHandle;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DirectoryLockedError) throw new BotStartError(error.message);
    throw error;
  }
  const t = translatorOf(createI18n());
  const services: ServiceDeps = { db: database.db, clock: options.clock ?? (() => new Date()), t };
  // Part A: the coordination council's seats follow the groups' officers; a database from before they were kept gets them.
  const councilChanges = await syncAllCouncils(database.db, services.clock());
  if (councilChanges > 0) log.info("coordination council seats brought up to date", { changes: councilChanges });
  // Snapshots for `npm run cli -- backup` (only this process can open an embedded database) and the daily backup.
  const backups = await startBackups(database, config, log, services.clock());
  const metrics = new Metrics();
  // One send budget per bot: the outbox worker and the bot's direct replies take slots from it. On PostgreSQL it is held
  // in the database, as other instances may send for the same bot; the embedded database has this process alone.
  const limiter =
    database.backend === "postgres"
      ? createSharedSendLimiter(database.db, platform.sendLimits)
      : createSendLimiter(platform.sendLimits);
  // Bound once delivery has started, just below: until then no update is handled.
  let nudgeOutbox = () => {};
  const bot = createBot({
    services,
    log,
    token: config.botToken,
    apiRoot: config.botApiRoot,
    platform,
    botInfo: reached.me,
    metrics,
    limiter,
    formTimeoutMinutes: config.formTimeoutMinutes,
    ...(config.webAppBaseUrl ? { overviewUrl: `${config.webAppBaseUrl}${OVERVIEW_PATH}` } : {}),
    afterUpdate: () => nudgeOutbox(),
  });
  await probeCommandMenus(bot.api, t, platform.optional, log);
  const delivery = startDelivery({
    services,
    token: config.botToken,
    apiRoot: config.botApiRoot,
    platform,
    log,
    jobHandlers: { ...jobHandlers(services), ...backups.jobHandlers },
    metrics,
    limiter,
    onPersonUnreachable: (row, reason) => reportUnreachable(services, row, reason),
  });
  nudgeOutbox = delivery.nudgeOutbox;

  const mode = config.mode;
  const hookPlan = mode.kind === "webhook" ? webhookPlan(platform, mode.url, mode.secret) : undefined;
  let polling: Polling | undefined;
  let stopServer: () => Promise<void> = async () => {};
  if (config.port !== undefined) {
    const webhook = hookPlan
      ? {
          path: hookPlan.path,
          secret: hookPlan.secretIn === "header" ? hookPlan.options.secret_token! : { inPath: true as const },
          handleUpdate: (update: Update) => bot.handleUpdate(update),
        }
      : undefined;
    const overview = config.webAppBaseUrl ? { botToken: config.botToken, t, clock: services.clock } : undefined;
    const server = createHttpServer({ db: database.db, log, metrics, webhook, overview }).listen(
      config.port,
      config.host,
    );
    stopServer = () => new Promise((resolve) => server.close(() => resolve()));
    // On Bale the path holds the secret: the log names the configured path only.
    log.info("http listening", {
      port: config.port,
      webhook: mode.kind === "webhook" ? new URL(mode.url).pathname : null,
    });
  }
  if (mode.kind === "webhook") {
    await bot.api.setWebhook(hookPlan!.url, hookPlan!.options);
    log.info("webhook set", { username: bot.botInfo.username, backend: database.backend });
    log.info("ready", { mode: "webhook", username: bot.botInfo.username });
  } else {
    // A webhook left by an earlier deployment would refuse every getUpdates.
    await bot.api
      .deleteWebhook()
      .catch((error) => log.warn("webhook not removed; polling will retry", { error: String(error) }));
    // Updates are handled concurrently (create-bot orders them per chat and per person), at most this many at once,
    // and Telegram is told an update is done only once it has been handled: a kill loses none of them.
    polling = pollBot(bot, { concurrency: UPDATES_IN_FLIGHT, log });
    polling.task()?.catch((error) => {
      // A refused token or another instance polling the same bot: this process cannot receive updates, so it stops.
      log.error("polling stopped", { error: error instanceof Error ? error : String(error) });
      process.exit(1);
    });
    log.info("polling", { username: bot.botInfo.username, backend: database.backend, concurrency: UPDATES_IN_FLIGHT });
    log.info("ready", { mode: "polling", username: bot.botInfo.username });
  }

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      await stopServer();
      // Stops fetching, waits for every update in hand to finish (and queue its messages), and confirms them to
      // Telegram, before delivery stops.
      await polling?.stop();
      await delivery.stop();
      await backups.stop();
      await database.close();
    })();
    return stopped;
  };
  return { services, database, username: bot.botInfo.username, stop };
}
