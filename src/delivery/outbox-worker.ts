import { type Api, GrammyError, InputFile } from "grammy";
import type { ForceReply, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import type { Database } from "../db/client.ts";
import {
  type ClaimedMessage,
  claimDueMessages,
  markAwaitingStart,
  markBlocked,
  markFailed,
  markRetry,
  markSent,
  releaseClaim,
  updateChatId,
} from "../db/queries/outbox.ts";
import type { OutboxPayload } from "../db/schema.ts";
import { splitForTelegram } from "../domain/text.ts";
import type { Logger } from "../logger.ts";
import { createSendLimiter, type SendLimiter } from "./send-limiter.ts";

export type DeliveryLog = Pick<Logger, "info" | "warn" | "error">;

export type UnreachableReason = "not_started" | "blocked";

export type OutboxWorkerDeps = {
  db: Database;
  /** Without the auto-retry plugin: this worker obeys 429s itself and must see them. */
  api: Api;
  clock: () => Date;
  log: DeliveryLog;
  /** The row was parked (awaiting_start or blocked); tell someone who can reach the person another way. */
  onPersonUnreachable?: (row: ClaimedMessage, reason: UnreachableReason, error: string) => void | Promise<void>;
  /** A group became a supergroup; outbox rows are already moved, whatever else stores chat ids is not. */
  onChatMigrated?: (oldChatId: number, newChatId: number) => void | Promise<void>;
  limiter?: SendLimiter;
  /** Resolves early when the signal aborts; tests pass one that moves a fake clock. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  batchSize?: number;
  lockForMs?: number;
  /** Chats served at once; each chat still gets one message at a time. */
  parallelChats?: number;
  /** A send that hangs longer is abandoned and retried, so it cannot outlive its row's lock. */
  sendTimeoutMs?: number;
};

export type OutboxRunResult = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  awaitingStart: number;
  blocked: number;
  /** Handed back untried, because the rate limits or a stop left no time to send it under this claim. */
  deferred: number;
};

export type OutboxWorker = {
  runOnce(): Promise<OutboxRunResult>;
  start(intervalMs: number): void;
  /**
   * Something in this process may have just committed messages: look now instead of at the next poll. Calls
   * closer together than NUDGE_GAP_MS collapse into one look, so a busy bot does not turn them into a query each.
   */
  nudge(): void;
  /** Waits up to 10 s for sends in flight; rows not finished by then are reclaimed when their lock ends. */
  stop(): Promise<void>;
};

/** Server and network errors: 1 s, 2 s, 4 s … between tries, and the 8th failure is final. */
export const MAX_SEND_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 5 * 60_000;
/** A 429 is Telegram pacing us, not the message failing; but even that must end somewhere. */
export const MAX_ATTEMPTS_WITH_FLOODS = 30;
/** Two different chats told to slow down this close together means the bot as a whole is over its limit. */
const GLOBAL_FLOOD_WINDOW_MS = 10_000;
const STOP_GRACE_MS = 10_000;
export const NUDGE_GAP_MS = 50;

type Outcome =
  | { kind: "sent"; messageIds: number[] }
  | { kind: "retry"; at: Date; error: string; messageIds: number[] }
  | { kind: "defer"; at: Date; messageIds: number[] }
  | { kind: "failed"; error: string }
  | { kind: "unreachable"; reason: UnreachableReason; error: string };

type Verdict =
  | { kind: "flood"; retryAfterMs: number; error: string }
  | { kind: "migrated"; newChatId: number }
  | { kind: "not_modified" }
  | { kind: "unreachable"; reason: UnreachableReason; error: string }
  | { kind: "permanent"; error: string }
  | { kind: "transient"; error: string };

export function judgeSendError(error: unknown): Verdict {
  if (!(error instanceof GrammyError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "transient", error: `network: ${message}` };
  }
  const text = `${error.error_code}: ${error.description}`;
  const description = error.description.toLowerCase();
  const newChatId = error.parameters.migrate_to_chat_id;
  if (newChatId !== undefined) return { kind: "migrated", newChatId };
  if (error.error_code === 429) {
    return { kind: "flood", retryAfterMs: (error.parameters.retry_after ?? 5) * 1000, error: text };
  }
  if (error.error_code === 403) {
    if (description.includes("can't initiate conversation")) return { kind: "unreachable", reason: "not_started", error: text };
    if (description.includes("blocked by the user") || description.includes("user is deactivated")) {
      return { kind: "unreachable", reason: "blocked", error: text };
    }
    return { kind: "permanent", error: text };
  }
  if (error.error_code === 400) {
    if (description.includes("message is not modified")) return { kind: "not_modified" };
    return { kind: "permanent", error: text };
  }
  return { kind: "transient", error: text };
}

export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_MS);
}

type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;
// grammY types its signal with an AbortController polyfill; the platform's is what it actually uses.
type ApiSignal = Parameters<Api["sendMessage"]>[3];
type Part = (api: Api, chatId: number, signal: ApiSignal) => Promise<{ message_id: number }>;

/** One API call per part; a long text becomes several messages with the keyboard under the last. */
function partsOf(payload: OutboxPayload): Part[] {
  const replyMarkup = payload.replyMarkup as ReplyMarkup | undefined;
  if (payload.method === "sendDocument") {
    return [
      (api, chatId, signal) =>
        api.sendDocument(
          chatId,
          "fileId" in payload ? payload.fileId : new InputFile(Buffer.from(payload.content, "base64"), payload.filename),
          { caption: payload.caption, parse_mode: payload.parseMode, reply_markup: replyMarkup },
          signal,
        ),
    ];
  }
  if (payload.method === "editMessageText") {
    return [
      async (api, chatId, signal) => {
        await api.editMessageText(chatId, payload.messageId, payload.text, { reply_markup: replyMarkup as InlineKeyboardMarkup | undefined }, signal);
        return { message_id: payload.messageId };
      },
    ];
  }
  const texts = splitForTelegram(payload.text);
  return texts.map(
    (text, index): Part =>
      (api, chatId, signal) =>
        api.sendMessage(
          chatId,
          text,
          {
            parse_mode: payload.parseMode,
            message_thread_id: payload.messageThreadId,
            reply_markup: index === texts.length - 1 ? replyMarkup : undefined,
          },
          signal,
        ),
  );
}

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}

function emptyResult(): OutboxRunResult {
  return { claimed: 0, sent: 0, retried: 0, failed: 0, awaitingStart: 0, blocked: 0, deferred: 0 };
}

function lanesByChat(rows: ClaimedMessage[]): ClaimedMessage[][] {
  const lanes = new Map<number, ClaimedMessage[]>();
  for (const row of rows) {
    const lane = lanes.get(row.chatId);
    if (lane) lane.push(row);
    else lanes.set(row.chatId, [row]);
  }
  return [...lanes.values()];
}

export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { db, api, clock, log } = deps;
  const limiter = deps.limiter ?? createSendLimiter();
  const sleep = deps.sleep ?? sleepUnlessAborted;
  const batchSize = deps.batchSize ?? 100;
  const lockForMs = deps.lockForMs ?? 60_000;
  const parallelChats = deps.parallelChats ?? 8;
  const sendTimeoutMs = deps.sendTimeoutMs ?? 20_000;

  let stopping = false;
  let wake = new AbortController();
  let loop: Promise<void> | null = null;
  // The idle sleep between looks has a signal of its own: a nudge must not cut short a lane's wait for a send slot.
  let idle = new AbortController();
  let lastLookAt = Number.NEGATIVE_INFINITY;
  let nudged = false;
  let nudgeTimer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<unknown>>();
  let lastFlood: { chatId: number; at: number } | null = null;
  // Later rows of a migrated group were claimed under its old id; send them straight to the new one.
  const migratedChats = new Map<number, number>();

  function noteFlood(chatId: number, until: number): void {
    limiter.pauseUntil(chatId, until);
    const now = clock().getTime();
    if (lastFlood && lastFlood.chatId !== chatId && now - lastFlood.at <= GLOBAL_FLOOD_WINDOW_MS) {
      limiter.pauseUntil("all", until);
      log.warn("outbox: global flood limit, pausing all sends", { until: new Date(until).toISOString() });
    }
    lastFlood = { chatId, at: now };
  }

  /** Null when the slot is ours; otherwise the time to hand the row back for. */
  async function waitForSlot(chatId: number, startBy: number): Promise<Date | null> {
    for (;;) {
      const now = clock().getTime();
      if (stopping) return new Date(now);
      const wait = limiter.reserve(chatId, now);
      if (wait === 0) return null;
      if (now + wait > startBy) return new Date(now + wait);
      await sleep(wait, wake.signal);
    }
  }

  async function migrate(oldChatId: number, newChatId: number): Promise<void> {
    await updateChatId(db, oldChatId, newChatId);
    if (migratedChats.size >= 1000) migratedChats.clear();
    migratedChats.set(oldChatId, newChatId);
    log.info("outbox: chat migrated", { oldChatId, newChatId });
    try {
      await deps.onChatMigrated?.(oldChatId, newChatId);
    } catch (error) {
      log.error("outbox: onChatMigrated failed", { oldChatId, newChatId, error: String(error) });
    }
  }

  async function deliver(row: ClaimedMessage): Promise<Outcome> {
    const parts = partsOf(row.payload);
    if (parts.length === 0) return { kind: "failed", error: "nothing to send: the text is empty" };
    const delivered = [...(row.messageIds ?? [])];
    // Leave time for the last send to finish before another worker may take the row over.
    const startBy = row.lockedUntil.getTime() - sendTimeoutMs;
    let chatId = migratedChats.get(row.chatId) ?? row.chatId;
    let migrated = false;
    for (let index = delivered.length; index < parts.length; ) {
      const deferTo = await waitForSlot(chatId, startBy);
      if (deferTo) return { kind: "defer", at: deferTo, messageIds: delivered };
      const part = parts[index]!;
      try {
        const message = await part(api, chatId, AbortSignal.timeout(sendTimeoutMs) as ApiSignal);
        delivered.push(message.message_id);
        index++;
      } catch (error) {
        const verdict = judgeSendError(error);
        const now = clock().getTime();
        switch (verdict.kind) {
          case "migrated":
            if (migrated) return { kind: "failed", error: `chat ${chatId} migrated twice in one send` };
            migrated = true;
            await migrate(chatId, verdict.newChatId);
            chatId = verdict.newChatId;
            continue;
          case "not_modified":
            index++;
            continue;
          case "flood": {
            const until = now + verdict.retryAfterMs;
            noteFlood(chatId, until);
            if (row.attempts >= MAX_ATTEMPTS_WITH_FLOODS) {
              return { kind: "failed", error: `gave up after ${row.attempts} attempts: ${verdict.error}` };
            }
            return { kind: "retry", at: new Date(until), error: verdict.error, messageIds: delivered };
          }
          case "unreachable":
            return verdict;
          case "permanent":
            return { kind: "failed", error: verdict.error };
          case "transient":
            if (row.attempts >= MAX_SEND_ATTEMPTS) {
              return { kind: "failed", error: `gave up after ${row.attempts} attempts: ${verdict.error}` };
            }
            return {
              kind: "retry",
              at: new Date(now + backoffMs(row.attempts)),
              error: verdict.error,
              messageIds: delivered,
            };
        }
      }
    }
    return { kind: "sent", messageIds: delivered };
  }

  async function settle(row: ClaimedMessage, outcome: Outcome, result: OutboxRunResult): Promise<void> {
    let recorded: boolean;
    switch (outcome.kind) {
      case "sent":
        recorded = await markSent(db, row.id, outcome.messageIds, clock());
        result.sent++;
        break;
      case "retry":
        recorded = await markRetry(db, row.id, {
          nextAttemptAt: outcome.at,
          error: outcome.error,
          messageIds: outcome.messageIds,
        });
        result.retried++;
        break;
      case "defer":
        recorded = await releaseClaim(db, row.id, { nextAttemptAt: outcome.at, messageIds: outcome.messageIds });
        result.deferred++;
        break;
      case "failed":
        recorded = await markFailed(db, row.id, outcome.error);
        log.warn("outbox: message failed", { id: row.id, purpose: row.purpose, error: outcome.error });
        result.failed++;
        break;
      case "unreachable":
        if (outcome.reason === "not_started") {
          recorded = await markAwaitingStart(db, row.id, outcome.error);
          result.awaitingStart++;
        } else {
          recorded = await markBlocked(db, row.id, outcome.error);
          result.blocked++;
        }
        try {
          await deps.onPersonUnreachable?.(row, outcome.reason, outcome.error);
        } catch (error) {
          log.error("outbox: onPersonUnreachable failed", { id: row.id, error: String(error) });
        }
        break;
    }
    if (!recorded) log.warn("outbox: row was taken over before its outcome was recorded", { id: row.id });
  }

  /**
   * One chat's rows, in claim order, one at a time. Once a row is put off, the rest of the lane follows
   * it so the chat still reads its messages in order; once the chat is unreachable, the rest are parked
   * without asking Telegram again.
   */
  async function runLane(lane: ClaimedMessage[], result: OutboxRunResult): Promise<void> {
    let carried: Outcome | null = null;
    for (const row of lane) {
      try {
        let outcome: Outcome;
        if (carried?.kind === "unreachable") outcome = carried;
        else if (carried?.kind === "retry" || carried?.kind === "defer") {
          outcome = { kind: "defer", at: carried.at, messageIds: row.messageIds ?? [] };
        } else outcome = await deliver(row);
        await settle(row, outcome, result);
        if (outcome.kind !== "sent" && outcome.kind !== "failed") carried = outcome;
      } catch (error) {
        // The row stays `sending` and is reclaimed when its lock runs out.
        log.error("outbox: could not process row", { id: row.id, error: String(error) });
      }
    }
  }

  async function runBatch(): Promise<OutboxRunResult> {
    const result = emptyResult();
    if (stopping) return result;
    const rows = await claimDueMessages(db, { now: clock(), limit: batchSize, lockForMs });
    result.claimed = rows.length;
    const lanes = lanesByChat(rows);
    const workers = Array.from({ length: Math.min(parallelChats, lanes.length) }, async () => {
      for (let lane = lanes.shift(); lane; lane = lanes.shift()) await runLane(lane, result);
    });
    await Promise.all(workers);
    return result;
  }

  function runOnce(): Promise<OutboxRunResult> {
    const run = runBatch();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run)).catch(() => {});
    return run;
  }

  return {
    runOnce,
    start(intervalMs) {
      if (loop) throw new Error("outbox worker already started");
      stopping = false;
      wake = new AbortController();
      idle = new AbortController();
      loop = (async () => {
        while (!stopping) {
          let full = false;
          nudged = false;
          lastLookAt = Date.now();
          try {
            full = (await runOnce()).claimed >= batchSize;
          } catch (error) {
            log.error("outbox: run failed", { error: String(error) });
          }
          // A full batch means more is waiting: go again at once; so does a nudge that came while this look ran.
          if (!full && !nudged && !stopping) {
            if (idle.signal.aborted) idle = new AbortController();
            await sleep(intervalMs, idle.signal);
          }
        }
      })();
    },
    nudge() {
      if (!loop || stopping || nudged) return;
      nudged = true;
      // Wall-clock throttle (not the injected clock): it paces queries, whatever time the tests pretend it is.
      const wait = lastLookAt + NUDGE_GAP_MS - Date.now();
      if (wait <= 0) idle.abort();
      else if (!nudgeTimer) {
        nudgeTimer = setTimeout(() => {
          nudgeTimer = undefined;
          idle.abort();
        }, wait);
      }
    },
    async stop() {
      stopping = true;
      clearTimeout(nudgeTimer);
      nudgeTimer = undefined;
      wake.abort();
      idle.abort();
      const pending = Promise.allSettled([...inFlight, ...(loop ? [loop] : [])]);
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), STOP_GRACE_MS);
      });
      const ended = await Promise.race([pending, grace]);
      clearTimeout(timer);
      if (ended === "timeout") log.warn("outbox: stopped with sends still in flight");
      loop = null;
    },
  };
}
