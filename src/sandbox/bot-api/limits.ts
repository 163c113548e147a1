/** Telegram's send limits over all chats, per private chat and per group, on the emulator's (scalable) clock. */
import { ApiError } from "./api-error.ts";
import type { EmulatorStats, LimitOptions } from "./types.ts";

/** FIFO of timestamps with amortised O(1) pruning (no Array.shift on long arrays). */
class TimeQueue {
  private items: number[] = [];
  private head = 0;
  push(t: number): void {
    this.items.push(t);
  }
  /** Drops every timestamp ≤ cutoff. */
  prune(cutoff: number): void {
    const items = this.items;
    while (this.head < items.length && (items[this.head] as number) <= cutoff) this.head++;
    if (this.head > 256 && this.head * 2 > items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
  }
  get size(): number {
    return this.items.length - this.head;
  }
  get oldest(): number | undefined {
    return this.items[this.head];
  }
}

interface ChatWindow {
  tokens: number;
  tokensAt: number;
  second: TimeQueue;
  minute: TimeQueue | undefined;
}

export const DEFAULT_LIMITS: LimitOptions = {
  globalPerSecond: 30,
  privatePerSecond: 1,
  privateBurst: 3,
  groupPerMinute: 20,
  countEdits: true,
};

/** The sliding windows and token buckets of the sends counted so far. */
export class SendWindows {
  private global = new TimeQueue();
  private readonly windows = new Map<number, ChatWindow>();

  /**
   * Checks the limits for one send/edit to `chatId` at emulated time `now` (ms), and if allowed counts it in the
   * windows and in `counters`' peaks. Throws 429 when `enforce` and a limit is reached.
   */
  consume(chatId: number, now: number, L: LimitOptions, enforce: boolean, counters: EmulatorStats): void {
    this.global.prune(now - 1000);
    let win = this.windows.get(chatId);
    if (!win) {
      win = {
        tokens: L.privateBurst,
        tokensAt: now,
        second: new TimeQueue(),
        minute: chatId < 0 ? new TimeQueue() : undefined,
      };
      this.windows.set(chatId, win);
    }
    if (chatId > 0) {
      win.tokens = Math.min(L.privateBurst, win.tokens + ((now - win.tokensAt) / 1000) * L.privatePerSecond);
      win.tokensAt = now;
    }
    win.minute?.prune(now - 60_000);
    if (enforce) {
      let retryMs: number | undefined;
      if (this.global.size >= L.globalPerSecond) {
        retryMs = (this.global.oldest ?? now) + 1000 - now;
      } else if (chatId > 0 && win.tokens < 1) {
        retryMs = ((1 - win.tokens) / L.privatePerSecond) * 1000;
      } else if (win.minute && win.minute.size >= L.groupPerMinute) {
        retryMs = (win.minute.oldest ?? now) + 60_000 - now;
      }
      if (retryMs !== undefined) {
        const retry = Math.max(1, Math.ceil(retryMs / 1000 - 1e-9));
        counters.rejected429++;
        throw new ApiError(429, `Too Many Requests: retry after ${retry}`, { retry_after: retry });
      }
    }
    if (chatId > 0) win.tokens -= 1;
    this.global.push(now);
    win.second.prune(now - 1000);
    win.second.push(now);
    win.minute?.push(now);
    const c = counters;
    if (this.global.size > c.globalMaxPerSecond) c.globalMaxPerSecond = this.global.size;
    if (win.second.size > c.perChatMaxPerSecond) c.perChatMaxPerSecond = win.second.size;
    if (win.minute && win.minute.size > c.perGroupMaxPerMinute) c.perGroupMaxPerMinute = win.minute.size;
  }
}
