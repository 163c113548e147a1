import { Api } from "grammy";
import cron from "node-cron";
import type { Database } from "../db/client.ts";
import { replaceCommitteeChatId } from "../db/queries/committees.ts";
import { replaceLiveMessageId } from "../db/queries/live-messages.ts";
import { forgetUpdatesBefore } from "../db/queries/processed-updates.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import type { Platform } from "../platform/platform.ts";
import { measureSends } from "./measure-sends.ts";
import { createSendLimiter, type SendLimiter } from "./send-limiter.ts";
import type { ServiceDeps } from "../services/shared/deps.ts";
import { ensureDailyPlanning } from "../services/shared/daily-planning.ts";
import { RECURRING_JOBS } from "../services/shared/jobs.ts";
import type { JobHandler } from "../services/shared/job-handler.ts";
import { createJobRunner } from "./job-runner.ts";
import { createOutboxWorker, type OutboxWorkerDeps } from "./outbox-worker.ts";

export type DeliveryDeps = {
  services: ServiceDeps;
  token: string;
  apiRoot: string;
  /** Which Bot API it is: its transformers go on the worker's Api, its limits pace the worker. */
  platform: Platform;
  log: Logger;
  jobHandlers: Record<string, JobHandler>;
  metrics?: Metrics;
  /** The send budget shared with the bot's direct replies. */
  limiter?: SendLimiter;
  onPersonUnreachable?: OutboxWorkerDeps["onPersonUnreachable"];
  outboxIntervalMs?: number;
};

const UPDATE_IDS_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/** Where pins are missing, the attendance message is re-posted on change instead of being edited under a pin. */
const REPOSTED_WITHOUT_PINS: ReadonlySet<string> = new Set(["session_attendance"]);
const NONE: ReadonlySet<string> = new Set();

/** How the outbox keeps live messages on this platform (see OutboxWorkerDeps.liveMessages). */
export function liveMessagesOn(platform: Platform, db: Database): NonNullable<OutboxWorkerDeps["liveMessages"]> {
  return {
    resendFailedEdits: platform.resendFailedEdits,
    repostPurposes: () => (platform.optional.lacks("pin") ? REPOSTED_WITHOUT_PINS : NONE),
    onMessageReplaced: (chatId, oldId, newId) => replaceLiveMessageId(db, chatId, oldId, newId),
  };
}

/**
 * The only writers of Telegram traffic besides direct replies: the outbox worker and the due-job runner.
 * The worker gets an Api without auto-retry, because it obeys 429s itself and must see them.
 */
export function startDelivery(deps: DeliveryDeps): {
  limiter: SendLimiter;
  nudgeOutbox(): void;
  stop(): Promise<void>;
} {
  const { services, log } = deps;
  const api = new Api(deps.token, { apiRoot: deps.apiRoot });
  // The platform's first (innermost): the measures count what the platform answered, in Telegram's terms.
  for (const transformer of deps.platform.apiTransformers()) api.config.use(transformer);
  if (deps.metrics) api.config.use(measureSends(deps.metrics));
  // One limiter for the process: the outbox and direct replies share the platform's budget (see pace-direct-sends).
  const limiter = deps.limiter ?? createSendLimiter(deps.platform.sendLimits);
  const worker = createOutboxWorker({
    limiter,
    limits: deps.platform.sendLimits,
    db: services.db,
    api,
    clock: services.clock,
    log,
    onPersonUnreachable: deps.onPersonUnreachable,
    onChatMigrated: (oldChatId, newChatId) => replaceCommitteeChatId(services.db, oldChatId, newChatId),
    liveMessages: liveMessagesOn(deps.platform, services.db),
  });
  const runner = createJobRunner({
    db: services.db,
    handlers: deps.jobHandlers,
    recurring: RECURRING_JOBS,
    clock: services.clock,
    log,
    afterJob: () => worker.nudge(),
  });
  worker.start(deps.outboxIntervalMs ?? 500);
  runner.start();
  // The daily pass (report jobs, term reminders) re-arms itself as a job; start-up only makes sure it exists.
  void ensureDailyPlanning(services.db, services.clock()).catch((error) =>
    log.warn("daily planning not armed", { error: String(error) }),
  );
  const housekeeping = cron.schedule("17 3 * * *", async () => {
    await forgetUpdatesBefore(services.db, new Date(services.clock().getTime() - UPDATE_IDS_KEPT_MS)).catch((error) =>
      log.warn("housekeeping failed", { error }),
    );
  });
  return {
    limiter,
    /** Messages committed by this process go out at once; other instances' are found by the regular poll. */
    nudgeOutbox: () => worker.nudge(),
    async stop() {
      await housekeeping.stop();
      await Promise.all([worker.stop(), runner.stop()]);
    },
  };
}
