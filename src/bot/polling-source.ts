import { createConcurrentSink, createRunner, createSource, type UpdateSupplier } from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.ts";
import { isRateLimited } from "../platform/rate-limit.ts";

/**
 * Long polling that confirms an update to Telegram only once it has been handled.
 *
 * getUpdates(offset) tells Telegram that every update below `offset` is done, and Telegram never sends those again.
 * The runner's own fetcher moves the offset past an update as soon as it is fetched, so a process killed while
 * updates are in hand loses them: a ballot or RSVP pressed at that moment is gone without a word. Here the offset
 * never passes the oldest update still being handled; after a kill Telegram re-sends what was in hand, and the
 * update claim in the database (admit-update) makes a re-sent update that had been handled a no-op.
 */

export type GetUpdates = (
  params: { offset: number; limit: number; timeout: number },
  signal?: AbortSignal,
) => Promise<Update[]>;

/** Which fetched updates are being handled, which are done, and so how far Telegram may be told we are. */
export class UpdatesInHand {
  private readonly handling = new Set<number>();
  /** Finished, but above an update still being handled, so not yet confirmable. */
  private readonly finishedAhead = new Set<number>();
  private highestTaken = -1;
  private waiters: Array<() => void> = [];

  /** The getUpdates offset: the oldest update still in hand, or just past everything taken. */
  offset(): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (const id of this.handling) if (id < oldest) oldest = id;
    if (oldest !== Number.POSITIVE_INFINITY) return oldest;
    return this.highestTaken + 1;
  }

  /** How many updates at or above the offset Telegram will send back before any new one. */
  knownAhead(): number {
    return this.handling.size + this.finishedAhead.size;
  }

  inHand(): number {
    return this.handling.size;
  }

  /**
   * Keeps the updates not seen before and marks them in hand. An update in hand or finished comes back from every
   * getUpdates until the offset passes it, and must not be handled twice. Telegram numbers updates in increasing order
   * and answers with the lowest ones from the offset up, so an id at or below the highest taken has been taken.
   */
  take(updates: readonly Update[]): Update[] {
    const fresh: Update[] = [];
    for (const update of updates) {
      const id = update.update_id;
      if (id <= this.highestTaken) continue;
      this.handling.add(id);
      this.highestTaken = id;
      fresh.push(update);
    }
    return fresh;
  }

  /** Handling ended, by success or by error (an error is reported to the user and logged; re-running it helps nobody). */
  finish(updateId: number): void {
    if (!this.handling.delete(updateId)) return;
    this.finishedAhead.add(updateId);
    this.prune();
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves at the next finish, or after `ms`, or rejects when `signal` aborts. */
  nextFinish(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason ?? new Error("aborted"));
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(signal?.reason ?? new Error("aborted"));
      };
      const timer = setTimeout(done, ms);
      this.waiters.push(done);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Resolves once nothing is in hand. */
  async drained(): Promise<void> {
    while (this.handling.size > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private prune(): void {
    const offset = this.offset();
    for (const id of this.finishedAhead) if (id < offset) this.finishedAhead.delete(id);
  }
}

export type PollingOptions = {
  getUpdates: GetUpdates;
  /** Handles one update; resolves or rejects when its handling has finished. */
  handleUpdate: (update: Update) => Promise<void>;
  handleError: (error: unknown) => Promise<void> | void;
  /** Updates handled at once. */
  concurrency: number;
  log: Logger;
  /** Seconds Telegram holds a getUpdates open when there is nothing new. */
  longPollSeconds?: number;
  /**
   * While an update is in hand, Telegram answers every getUpdates at once (with that update), so long polling cannot
   * wait for new ones. Between such answers we wait for a handling to finish, or this long at most, to see new updates.
   */
  recheckMs?: number;
  /** Called before the first getUpdates (the bot's init). */
  beforeFirstFetch?: () => Promise<void>;
};

export type Polling = {
  /** Stops fetching, lets every update in hand finish, then confirms them to Telegram. */
  stop: () => Promise<void>;
  /** Settles when polling ends; rejects when it cannot go on (a refused token, another instance polling). */
  task: () => Promise<void> | undefined;
  inHand: () => number;
};

const MAX_BATCH = 100;
const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 30_000;

export function startPolling(options: PollingOptions): Polling {
  const { getUpdates, log, concurrency, longPollSeconds = 30, recheckMs = 500 } = options;
  const tracker = new UpdatesInHand();
  let beforeFirstFetch = options.beforeFirstFetch;

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, runnerSignal) {
      // The runner makes its signal with the abort-controller package, which has the same shape as the global one.
      const signal = runnerSignal as unknown as AbortSignal;
      if (beforeFirstFetch) {
        await beforeFirstFetch();
        beforeFirstFetch = undefined;
      }
      for (;;) {
        // A stop may come between two calls; a getUpdates begun with a raised signal need not notice it.
        if (signal.aborted) throw signal.reason ?? new Error("polling stopped");
        const offset = tracker.offset();
        // The runner's first ask is unbounded; the concurrency holds from the first batch on.
        const room = Math.max(1, Math.min(batchSize, concurrency - tracker.inHand(), MAX_BATCH));
        const limit = Math.min(MAX_BATCH, tracker.knownAhead() + room);
        const updates = await fetchWithRetry(getUpdates, { offset, limit, timeout: longPollSeconds }, signal, log);
        const fresh = tracker.take(updates);
        if (fresh.length > 0) return fresh;
        // Only updates already in hand came back: asking again at once would spin.
        if (tracker.inHand() > 0) await tracker.nextFinish(recheckMs, signal);
      }
    },
  };
  const sink = createConcurrentSink<Update>(
    { consume: (update) => options.handleUpdate(update).finally(() => tracker.finish(update.update_id)) },
    async (error: unknown) => {
      try {
        await options.handleError(error);
      } catch (failure) {
        log.error("the update error handler failed", { error: failure instanceof Error ? failure : String(failure) });
      }
    },
    { concurrency },
  );
  const runner = createRunner(createSource(supplier), sink);
  runner.start();

  return {
    task: () => runner.task(),
    inHand: () => tracker.inHand(),
    async stop() {
      await runner.stop();
      await tracker.drained();
      // One last call with the final offset, so that a clean stop leaves Telegram nothing to re-send.
      const offset = tracker.offset();
      try {
        await getUpdates({ offset, limit: 1, timeout: 0 });
      } catch (error) {
        log.warn("final offset not confirmed; the next start re-reads these updates and skips them by their claim", {
          offset,
          error: error instanceof Error ? error : String(error),
        });
      }
    },
  };
}

/** A bot's polling: its getUpdates, its handleUpdate and its error handler. */
export function pollBot<C extends Context>(bot: Bot<C>, options: { concurrency: number; log: Logger }): Polling {
  return startPolling({
    getUpdates: (params, signal) => bot.api.getUpdates(params, signal as Parameters<typeof bot.api.getUpdates>[1]),
    handleUpdate: (update) => bot.handleUpdate(update),
    handleError: async (error) => {
      await bot.errorHandler(error as Parameters<typeof bot.errorHandler>[0]);
    },
    beforeFirstFetch: () => bot.init(),
    ...options,
  });
}

/** getUpdates, retried with a growing pause; a refused token or a second poller (401, 409) ends polling. */
async function fetchWithRetry(
  getUpdates: GetUpdates,
  params: { offset: number; limit: number; timeout: number },
  signal: AbortSignal,
  log: Logger,
): Promise<Update[]> {
  let pause = FIRST_RETRY_MS;
  for (;;) {
    try {
      return await getUpdates(params, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      const code = errorCode(error);
      if (code === 401 || code === 409) throw error;
      const retryAfter = isRateLimited({ error_code: code, description: descriptionOf(error) })
        ? retryAfterSeconds(error)
        : undefined;
      const wait = retryAfter !== undefined ? retryAfter * 1000 : pause;
      log.warn("getUpdates failed; retrying", { waitMs: wait, error: error instanceof Error ? error : String(error) });
      await sleep(wait, signal);
      pause = Math.min(pause * 2, LAST_RETRY_MS);
    }
  }
}

function errorCode(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "error_code" in error && typeof error.error_code === "number"
    ? error.error_code
    : undefined;
}

function descriptionOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "description" in error && typeof error.description === "string"
    ? error.description
    : undefined;
}

function retryAfterSeconds(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("parameters" in error)) return undefined;
  const parameters = error.parameters as { retry_after?: unknown } | undefined;
  return typeof parameters?.retry_after === "number" ? parameters.retry_after : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason ?? new Error("aborted"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
