import { setMaxListeners } from "node:events";
import { type Api, GrammyError, InputFile } from "grammy";
import type { ForceReply, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import type { Database } from "../db/client.ts";
import {
  type ClaimedMessage,
  claimMessages,
  findSendableHeads,
  markAwaitingStart,
  markBlocked,
  markFailed,
  markRetry,
  markSent,
  parkChat,
  releaseClaim,
  updateChatId,
} from "../db/queries/outbox.ts";
import type { OutboxPayload } from "../db/schema.ts";
import { splitForTelegram } from "../domain/text.ts";
import type { Logger } from "../logger.ts";
import { isRateLimited } from "../platform/rate-limit.ts";
import { createSendLimiter, type SendLimiter, type SendLimits, TELEGRAM_SEND_LIMITS } from "./send-limiter.ts";
import { isMessageNotModified } from "../platform/edit-errors.ts";

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
  /**
   * Live messages (the attendance message, a vote's tally) sent anew instead of edited. `resendFailedEdits`: an edit
   * that fails for another reason than "not modified" is sent as a new message (Bale's edits of messages with
   * keyboards are reported unreliable). `repostPurposes`: edits of these purposes are always sent anew, the old
   * message deleted (no pins on the platform: the attendance message is re-posted on change). Later edits of the old
   * message go to the new one, and `onMessageReplaced` records the new id where the message's owner keeps it.
   */
  liveMessages?: {
    resendFailedEdits: boolean;
    repostPurposes: () => ReadonlySet<string>;
    onMessageReplaced: (chatId: number, oldMessageId: number, newMessageId: number) => Promise<void>;
  };
  /** A group became a supergroup; outbox rows are already moved, whatever else stores chat ids is not. */
  onChatMigrated?: (oldChatId: number, newChatId: number) => void | Promise<void>;
  /** The bot's send budget; shared with direct replies, and with other instances when it is held in the database. */
  limiter?: SendLimiter;
  /** The platform's sending limits, which this worker's own pacing keeps as well (default Telegram's). */
  limits?: SendLimits;
  /** Resolves early when the signal aborts; tests pass one that moves a fake clock. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  lockForMs?: number;
  /**
   * How far ahead one look takes send slots. Short, so a reply written now waits behind little that was already
   * given a slot; long enough that a look costs a few queries per several sends.
   */
  slotsAheadMs?: number;
  /** Most messages one look takes (one per chat). */
  perLook?: number;
  /** A send that hangs longer is abandoned and retried, so it cannot outlive its row's lock. */
  sendTimeoutMs?: number;
};

export type OutboxRunResult = {
  /** Rows taken to be sent, each with a send slot. */
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  awaitingStart: number;
  blocked: number;
  /** Handed back untried: a stop came first, or a long text's next part found no slot under this claim. */
  deferred: number;
};

export type OutboxWorker = {
  /**
   * Sends everything due, waiting for slots as they come and for a chat's second between two messages, until what is
   * left waits for more than that (a group's next minute, a 429's pause, a retry's time) and stays pending; then
   * waits for its sends to settle.
   */
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
const RUN_ONCE_WAITS_FOR_MS = 1_500;
/**
 * Later than this after its slot, a send counts as late (see sentLate): another instance sending to the chat next
 * plans from the recorded time, so a chat's second is kept to within this much across instances (to the
 * millisecond within one). Lower would cost a write for nearly every send.
 */
const LATE_MS = 20;
/** Sends planned but not started yet, at most, before the running worker plans more. */
const BEHIND_BY = 2;
const BEHIND_CHECK_MS = 5;

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
  if (isRateLimited(error)) {
    return { kind: "flood", retryAfterMs: (error.parameters.retry_after ?? 5) * 1000, error: text };
  }
  if (error.error_code === 403) {
    if (description.includes("can't initiate conversation"))
      return { kind: "unreachable", reason: "not_started", error: text };
    if (description.includes("blocked by the user") || description.includes("user is deactivated")) {
      return { kind: "unreachable", reason: "blocked", error: text };
    }
    return { kind: "permanent", error: text };
  }
  if (error.error_code === 400) {
    if (isMessageNotModified(description)) return { kind: "not_modified" };
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

/** One API call per part; a long text becomes several messages with the keyboard under the last. Edits: editPart. */
function partsOf(payload: Exclude<OutboxPayload, { method: "editMessageText" }>): Part[] {
  const replyMarkup = payload.replyMarkup as ReplyMarkup | undefined;
  if (payload.method === "sendDocument") {
    return [
      (api, chatId, signal) =>
        api.sendDocument(
          chatId,
          "fileId" in payload
            ? payload.fileId
            : new InputFile(Buffer.from(payload.content, "base64"), payload.filename),
          { caption: payload.caption, parse_mode: payload.parseMode, reply_markup: replyMarkup },
          signal,
        ),
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

/** Every send waiting for its slot listens to it, a look's worth and more at a time: not a leak. */
function wakeSignal(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

function emptyResult(): OutboxRunResult {
  return { claimed: 0, sent: 0, retried: 0, failed: 0, awaitingStart: 0, blocked: 0, deferred: 0 };
}

type Slotted = { row: ClaimedMessage; slot: number };

type Look = {
  /** Claimed rows with their send slots, earliest first. */
  slotted: Slotted[];
  /** Messages were due but got no slot this time (the bot's budget is spent for now). */
  waiting: boolean;
  /** How long until another look may find something, if nothing wakes the worker earlier. */
  idleMs: number;
  /** How long until the first chat left out for its own budget may send again. */
  heldMs: number;
};

/**
 * Picks, at every look, the message each chat may be sent next (findSendableHeads), most urgent lane first, and asks
 * the send budget for a slot for each within the next `slotsAheadMs`. A chat out of its own budget (a group at its 20
 * a minute, a chat told to wait by a 429) is left out of the look, so it holds back no other chat; its messages stay
 * pending, in order, until it may send again. Sends run side by side, one per chat; none waits for another.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { db, api, clock, log } = deps;
  const limits = deps.limits ?? TELEGRAM_SEND_LIMITS;
  const limiter = deps.limiter ?? createSendLimiter(limits);
  const sleep = deps.sleep ?? sleepUnlessAborted;
  const lockForMs = deps.lockForMs ?? 60_000;
  const slotsAheadMs = deps.slotsAheadMs ?? 250;
  const perLook = deps.perLook ?? 30;
  const sendTimeoutMs = deps.sendTimeoutMs ?? 20_000;

  let stopping = false;
  let intervalMs = 500;
  let wake = wakeSignal();
  let loop: Promise<void> | null = null;
  // The idle sleep between looks has a signal of its own: a nudge must not cut short a wait for a send slot.
  let idle = new AbortController();
  let lastLookAt = Number.NEGATIVE_INFINITY;
  let nudged = false;
  let nudgeTimer: NodeJS.Timeout | undefined;
  const sends = new Set<Promise<void>>();
  const runs = new Set<Promise<unknown>>();
  let lastFlood: { chatId: number; at: number } | null = null;
  /** When this worker's latest sends started, oldest first (see keepPace). */
  const started: number[] = [];
  const lastStartByChat = new Map<number, number>();
  /** Rows whose send is planned and has not started (see dispatch). */
  const unstarted = new Set<number>();

  async function noteFlood(chatId: number, until: number): Promise<void> {
    await limiter.pauseUntil(chatId, until);
    const now = clock().getTime();
    if (lastFlood && lastFlood.chatId !== chatId && now - lastFlood.at <= GLOBAL_FLOOD_WINDOW_MS) {
      await limiter.pauseUntil("all", until);
      log.warn("outbox: global flood limit, pausing all sends", { until: new Date(until).toISOString() });
    }
    lastFlood = { chatId, at: now };
  }

  async function sleepUntil(at: number): Promise<void> {
    const wait = at - clock().getTime();
    if (wait > 0) await sleep(wait, wake.signal);
  }

  /** A long text's later parts: the slot when it is ours and due; otherwise the time to hand the row back for. */
  async function waitForSlot(chatId: number, startBy: number): Promise<{ slot: number } | { deferTo: Date }> {
    const now = clock().getTime();
    if (stopping) return { deferTo: new Date(now) };
    const [slot] = await limiter.takeSlots([chatId], now, Math.max(startBy - now, 0));
    if (!slot?.taken) return { deferTo: new Date(slot?.at ?? now) };
    await sleepUntil(slot.at);
    return stopping ? { deferTo: new Date(clock().getTime()) } : { slot: slot.at };
  }

  /**
   * Slots are planned ahead; when the process was busy past several of them, they would all start at once, and a
   * burst like that lands inside Telegram's second with the sends before it. This process's own starts keep the even
   * pace and the 30 a second as they really happen.
   */
  async function keepPace(): Promise<void> {
    const { perSecondOverall, overallGapMs } = limits;
    for (;;) {
      const now = clock().getTime();
      while (started.length > 0 && started[0]! <= now - 1000) started.shift();
      const latest = started[started.length - 1];
      const wait = Math.max(
        latest === undefined ? 0 : latest + overallGapMs - now,
        started.length < perSecondOverall ? 0 : started[0]! + 1000 - now,
      );
      if (wait <= 0 || stopping) {
        started.push(now);
        return;
      }
      await sleep(wait, wake.signal);
    }
  }

  /**
   * Called as a part goes out. The chat's previous send from this worker may have started late: this one keeps the
   * chat's second from when that one really went. A send well past its slot also moves the chat's budget to when it
   * went, for whichever instance sends to the chat next.
   */
  async function startSend(rowId: number, chatId: number, slot: number): Promise<void> {
    const previous = lastStartByChat.get(chatId);
    if (previous !== undefined) await sleepUntil(previous + limits.chatGapMs);
    await keepPace();
    unstarted.delete(rowId);
    const at = clock().getTime();
    rememberStart(chatId, at);
    if (at - slot > LATE_MS) await limiter.sentLate(chatId, slot, at);
  }

  function rememberStart(chatId: number, at: number): void {
    // Only the last second matters; the map is emptied of older starts when it grows.
    if (lastStartByChat.size >= 10_000) {
      for (const [chat, started] of lastStartByChat) if (started <= at - limits.chatGapMs) lastStartByChat.delete(chat);
    }
    lastStartByChat.set(chatId, at);
  }

  async function migrate(oldChatId: number, newChatId: number): Promise<void> {
    await updateChatId(db, oldChatId, newChatId);
    log.info("outbox: chat migrated", { oldChatId, newChatId });
    try {
      await deps.onChatMigrated?.(oldChatId, newChatId);
    } catch (error) {
      log.error("outbox: onChatMigrated failed", { oldChatId, newChatId, error: String(error) });
    }
  }

  /** The row's first part goes in the slot it was claimed with; each later part takes a slot of its own. */
  /** Chat and message id of a live message sent anew → its new id, for edits enqueued before it was replaced. */
  const replacedIds = new Map<string, number>();

  /** An edit of a live message: the edit, or (see OutboxWorkerDeps.liveMessages) a new message in its place. */
  function editPart(row: ClaimedMessage, payload: Extract<OutboxPayload, { method: "editMessageText" }>): Part {
    const live = deps.liveMessages;
    return async (api, chatId, signal) => {
      const keyOf = (id: number) => `${chatId}:${id}`;
      let target = payload.messageId;
      for (let next = replacedIds.get(keyOf(target)); next !== undefined; next = replacedIds.get(keyOf(target)))
        target = next;
      const replyMarkup = payload.replyMarkup as InlineKeyboardMarkup | undefined;
      const repost = live?.repostPurposes().has(row.purpose) ?? false;
      if (!repost) {
        try {
          await api.editMessageText(chatId, target, payload.text, { reply_markup: replyMarkup }, signal);
          return { message_id: target };
        } catch (error) {
          if (!live?.resendFailedEdits || judgeSendError(error).kind !== "permanent") throw error;
          log.info("outbox: the edit failed; its text goes as a new message", {
            id: row.id,
            purpose: row.purpose,
            error: String(error),
          });
        }
      }
      const sent = await api.sendMessage(chatId, payload.text, { reply_markup: replyMarkup }, signal);
      replacedIds.set(keyOf(target), sent.message_id);
      if (repost) await api.deleteMessage(chatId, target).catch(() => {});
      try {
        await live!.onMessageReplaced(chatId, target, sent.message_id);
      } catch (error) {
        log.error("outbox: onMessageReplaced failed", { id: row.id, error: String(error) });
      }
      return { message_id: sent.message_id };
    };
  }

  async function deliver(row: ClaimedMessage, claimedSlot: number): Promise<Outcome> {
    const parts = row.payload.method === "editMessageText" ? [editPart(row, row.payload)] : partsOf(row.payload);
    if (parts.length === 0) return { kind: "failed", error: "nothing to send: the text is empty" };
    const delivered = [...(row.messageIds ?? [])];
    // Leave time for the last send to finish before another worker may take the row over.
    const startBy = row.lockedUntil.getTime() - sendTimeoutMs;
    let chatId = row.chatId;
    let migrated = false;
    let slotInHand: number | null = claimedSlot;
    for (let index = delivered.length; index < parts.length; ) {
      let slot = slotInHand;
      if (slot === null) {
        const waited = await waitForSlot(chatId, startBy);
        if ("deferTo" in waited) return { kind: "defer", at: waited.deferTo, messageIds: delivered };
        slot = waited.slot;
      }
      slotInHand = null;
      await startSend(row.id, chatId, slot);
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
            await noteFlood(chatId, until);
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

  async function reportUnreachable(row: ClaimedMessage, reason: UnreachableReason, error: string): Promise<void> {
    try {
      await deps.onPersonUnreachable?.(row, reason, error);
    } catch (failure) {
      log.error("outbox: onPersonUnreachable failed", { id: row.id, error: String(failure) });
    }
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
      case "unreachable": {
        const status = outcome.reason === "not_started" ? "awaiting_start" : "blocked";
        recorded = await (status === "awaiting_start" ? markAwaitingStart : markBlocked)(db, row.id, outcome.error);
        // What else waits for this chat would be refused the same way: parked at once, without asking Telegram.
        const parked = await parkChat(db, row.chatId, status, outcome.error, clock());
        const counted = 1 + parked.length;
        if (status === "awaiting_start") result.awaitingStart += counted;
        else result.blocked += counted;
        await reportUnreachable(row, outcome.reason, outcome.error);
        for (const other of parked) await reportUnreachable(other, outcome.reason, outcome.error);
        break;
      }
    }
    if (!recorded) log.warn("outbox: row was taken over before its outcome was recorded", { id: row.id });
  }

  async function send(row: ClaimedMessage, slot: number, result: OutboxRunResult): Promise<void> {
    try {
      await settle(row, await deliver(row, slot), result);
    } catch (error) {
      // The row stays `sending` and is reclaimed when its lock runs out.
      log.error("outbox: could not process row", { id: row.id, error: String(error) });
    }
  }

  async function look(result: OutboxRunResult): Promise<Look> {
    const now = clock().getTime();
    const held = await limiter.heldChats(now + slotsAheadMs);
    const heads = await findSendableHeads(db, {
      now: new Date(now),
      limit: perLook,
      heldChats: held.map((h) => h.chatId),
    });
    const heldMs = Math.min(...held.map((h) => h.readyAt - now));
    const nextHeld = Math.min(intervalMs, heldMs);
    if (heads.length === 0) return { slotted: [], waiting: false, idleMs: nextHeld, heldMs };
    const slots = await limiter.takeSlots(
      heads.map((head) => head.chatId),
      now,
      slotsAheadMs,
    );
    const slotOf = new Map<number, number>();
    let nextSlot = Number.POSITIVE_INFINITY;
    heads.forEach((head, index) => {
      const slot = slots[index]!;
      if (slot.taken) slotOf.set(head.id, slot.at);
      else nextSlot = Math.min(nextSlot, slot.at);
    });
    const claimed = await claimMessages(db, { ids: [...slotOf.keys()], now: new Date(now), lockForMs });
    result.claimed += claimed.length;
    const slotted = claimed.map((row) => ({ row, slot: slotOf.get(row.id)! })).sort((a, b) => a.slot - b.slot);
    // The budget is spent for the next slots (by other instances or direct replies): look again when it frees up.
    const idleMs = Math.min(nextHeld, Math.max(nextSlot - now - slotsAheadMs, 1));
    return { slotted, waiting: slotted.length === 0, idleMs: slotted.length > 0 ? 0 : idleMs, heldMs };
  }

  /** At its slot, the row's send; a stop before then hands the row back. */
  async function sendAtSlot({ row, slot }: Slotted, result: OutboxRunResult): Promise<void> {
    if (!stopping) await sleepUntil(slot);
    if (stopping) {
      await settle(row, { kind: "defer", at: clock(), messageIds: row.messageIds ?? [] }, result).catch((error) =>
        log.error("outbox: could not hand back row", { id: row.id, error: String(error) }),
      );
      return;
    }
    await send(row, slot, result);
  }

  function track(sending: Promise<void>): void {
    sends.add(sending);
    void sending.finally(() => {
      sends.delete(sending);
      // The chat is free for its next message.
      nudge();
    });
  }

  /**
   * Each row's send starts at its slot. Running, the worker looks again while the last slots are still ahead, so the
   * next slots are planned before these run out and the bot's budget is never idle while messages wait; runOnce (a
   * test's clock moves only when it sleeps) starts the sends one after another instead.
   */
  async function dispatch(slotted: Slotted[], result: OutboxRunResult, running: boolean): Promise<void> {
    if (!running) {
      for (const item of slotted) {
        if (!stopping) await sleepUntil(item.slot);
        track(sendAtSlot(item, result));
      }
      return;
    }
    for (const item of slotted) {
      unstarted.add(item.row.id);
      track(
        sendAtSlot(item, result).finally(() => {
          unstarted.delete(item.row.id);
        }),
      );
    }
    await sleepUntil(slotted[slotted.length - 1]!.slot - slotsAheadMs / 2);
    // Slots are planned from the budget, sends start as the process gets to them: when it falls behind (a slow
    // database, a busy event loop), planning more would only queue them deeper and a reply written now behind them.
    while (unstarted.size > BEHIND_BY && !stopping) await sleep(BEHIND_CHECK_MS, wake.signal);
  }

  async function pump(result: OutboxRunResult, untilIdle: boolean): Promise<void> {
    while (!stopping) {
      nudged = false;
      lastLookAt = Date.now();
      const found = await look(result);
      if (found.slotted.length > 0) {
        await dispatch(found.slotted, result, !untilIdle);
        continue;
      }
      if (untilIdle && sends.size > 0) {
        await Promise.allSettled([...sends]);
        continue;
      }
      // A chat's next message a second after its last is part of "now"; a group's next minute or a 429's pause is not.
      if (untilIdle && !found.waiting && (found.heldMs > RUN_ONCE_WAITS_FOR_MS || !(await dueInHeldChat()))) return;
      if (!nudged && !stopping) {
        if (idle.signal.aborted) idle = new AbortController();
        await sleep(Math.max(untilIdle && !found.waiting ? found.heldMs : found.idleMs, 1), idle.signal);
      }
    }
  }

  /** After a look found nothing outside the held chats: whether one of them has a message due. */
  async function dueInHeldChat(): Promise<boolean> {
    return (await findSendableHeads(db, { now: clock(), limit: 1 })).length > 0;
  }

  function trackRun<T>(run: Promise<T>): Promise<T> {
    runs.add(run);
    void run.finally(() => runs.delete(run)).catch(() => {});
    return run;
  }

  async function runOnce(): Promise<OutboxRunResult> {
    const result = emptyResult();
    if (stopping) return result;
    await trackRun(pump(result, true));
    await Promise.allSettled([...sends]);
    return result;
  }

  function nudge(): void {
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
  }

  return {
    runOnce,
    start(every) {
      if (loop) throw new Error("outbox worker already started");
      stopping = false;
      intervalMs = every;
      wake = wakeSignal();
      idle = new AbortController();
      loop = (async () => {
        const result = emptyResult();
        while (!stopping) {
          try {
            await trackRun(pump(result, false));
          } catch (error) {
            log.error("outbox: run failed", { error: String(error) });
            if (!stopping) await sleep(intervalMs, idle.signal);
          }
        }
      })();
    },
    nudge,
    async stop() {
      stopping = true;
      clearTimeout(nudgeTimer);
      nudgeTimer = undefined;
      wake.abort();
      idle.abort();
      const pending = Promise.allSettled([...sends, ...runs, ...(loop ? [loop] : [])]);
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
