import cron, { type ScheduledTask } from "node-cron";
import type { Database } from "../db/client.ts";
import { type ClaimedJob, claimDueJobs, completeJob, failJob, rearmJob, releaseJobs } from "../db/queries/jobs.ts";
import type { JobHandler } from "../services/shared/job-handler.ts";
import type { DeliveryLog } from "./outbox-worker.ts";

export type JobRunnerDeps = {
  db: Database;
  handlers: Record<string, JobHandler>;
  clock: () => Date;
  log: DeliveryLog;
  batchSize?: number;
  /** Longer than any handler takes: after it, another runner may start the same job. */
  lockForMs?: number;
  /**
   * Kinds that recur (the daily planning), with when their next regular run is: one that gives up after its retries
   * runs again then instead of staying failed until a restart.
   */
  recurring?: Readonly<Record<string, (now: Date) => Date>>;
  /** After a job did its work (it may have queued messages): start-delivery nudges the outbox. */
  afterJob?: () => void;
};

export type JobRunResult = { claimed: number; done: number; retried: number; failed: number };

export type JobRunner = {
  runOnce(): Promise<JobRunResult>;
  /** Six-field node-cron expression (seconds first). */
  start(cronExpression?: string): void;
  /** Waits up to 10 s for the job in hand. */
  stop(): Promise<void>;
};

export const MAX_JOB_ATTEMPTS = 5;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 30 * 60_000;
const STOP_GRACE_MS = 10_000;

/** 30 s, 1 min, 2 min, 4 min: long enough for a passing outage to clear. */
export function jobRetryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
}

export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const { db, handlers, clock, log } = deps;
  const batchSize = deps.batchSize ?? 20;
  const lockForMs = deps.lockForMs ?? 5 * 60_000;

  let task: ScheduledTask | null = null;
  let stopping = false;
  const inFlight = new Set<Promise<unknown>>();

  async function runJob(job: ClaimedJob, result: JobRunResult): Promise<void> {
    // hasOwn: a kind such as "constructor" must not find Object.prototype's.
    const handler = Object.hasOwn(handlers, job.kind) ? handlers[job.kind] : undefined;
    if (!handler) {
      await failJob(db, job.id, `no handler for job kind "${job.kind}"`, null, clock());
      log.error("jobs: unknown kind", { id: job.id, kind: job.kind });
      result.failed++;
      return;
    }
    try {
      await handler(job, { db, now: clock(), log });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const now = clock();
      const nextRegularRun =
        deps.recurring && Object.hasOwn(deps.recurring, job.kind) ? deps.recurring[job.kind] : undefined;
      if (job.attempts >= MAX_JOB_ATTEMPTS && nextRegularRun) {
        const at = nextRegularRun(now);
        await rearmJob(db, job.id, at, `gave up after ${job.attempts} attempts: ${message}`);
        log.error("jobs: recurring job failed; it runs again at its next regular time", {
          id: job.id,
          kind: job.kind,
          error: message,
          next: at.toISOString(),
        });
        result.failed++;
      } else if (job.attempts >= MAX_JOB_ATTEMPTS) {
        await failJob(db, job.id, `gave up after ${job.attempts} attempts: ${message}`, null, now);
        log.error("jobs: job failed", { id: job.id, kind: job.kind, error: message });
        result.failed++;
      } else {
        await failJob(db, job.id, message, new Date(now.getTime() + jobRetryDelayMs(job.attempts)));
        log.warn("jobs: job will be retried", { id: job.id, kind: job.kind, error: message });
        result.retried++;
      }
      return;
    }
    await completeJob(db, job.id, clock());
    result.done++;
    deps.afterJob?.();
  }

  async function runBatch(): Promise<JobRunResult> {
    const result: JobRunResult = { claimed: 0, done: 0, retried: 0, failed: 0 };
    const claimed = await claimDueJobs(db, { now: clock(), limit: batchSize, lockForMs });
    result.claimed = claimed.length;
    for (const [index, job] of claimed.entries()) {
      if (stopping) {
        await releaseJobs(
          db,
          claimed.slice(index).map((rest) => rest.id),
        );
        break;
      }
      await runJob(job, result);
    }
    return result;
  }

  function runOnce(): Promise<JobRunResult> {
    const run = runBatch();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run)).catch(() => {});
    return run;
  }

  /** Drains a backlog in one tick instead of one batch per tick. */
  async function tick(): Promise<void> {
    try {
      let full = true;
      while (full && !stopping) full = (await runOnce()).claimed >= batchSize;
    } catch (error) {
      log.error("jobs: run failed", { error: String(error) });
    }
  }

  return {
    runOnce,
    start(cronExpression = "*/5 * * * * *") {
      if (task) throw new Error("job runner already started");
      if (!cron.validate(cronExpression)) throw new Error(`job runner: invalid cron expression "${cronExpression}"`);
      stopping = false;
      task = cron.schedule(cronExpression, tick, {
        name: "kargoruh-jobs",
        noOverlap: true,
        // A tick skipped while the previous one drains a backlog is expected, not worth a warning.
        logger: {
          debug: () => {},
          info: () => {},
          warn: (message) => log.info(`jobs: cron: ${message}`),
          error: (message, error) => log.error(`jobs: cron: ${String(message)}`, { error: String(error) }),
        },
      });
    },
    async stop() {
      stopping = true;
      if (task) {
        await task.stop();
        await task.destroy();
        task = null;
      }
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), STOP_GRACE_MS);
      });
      const ended = await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
      if (ended === "timeout") log.warn("jobs: stopped with a job still running");
    },
  };
}
