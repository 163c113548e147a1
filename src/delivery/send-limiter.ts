// Telegram answers 429 and silences the bot for a while when it sends faster than its limits, so the
// outbox asks here before every send. Times are epoch milliseconds passed in by the caller.

export type SendLimits = {
  /** Sends by the whole bot within any second. */
  perSecondOverall: number;
  /** Least gap between two sends to one chat: Telegram allows about one per second per chat. */
  chatGapMs: number;
  /** Sends to one group (negative chat id) within any rolling minute. */
  perMinutePerGroup: number;
  /**
   * Least gap between any two sends. Thirty back-to-back sends at the edge of a window let a few milliseconds of
   * jitter put a thirty-first inside Telegram's second, and a 429 then pauses everything; an even pace does not.
   */
  overallGapMs: number;
};

export const TELEGRAM_SEND_LIMITS: SendLimits = { perSecondOverall: 30, chatGapMs: 1000, perMinutePerGroup: 20, overallGapMs: 34 };

export type SendLimiter = {
  /** Milliseconds to wait before asking again; 0 means go now, and the slot is taken. */
  reserve(chatId: number, now: number): number;
  /** After a 429: nothing goes to the chat (or anywhere, with "all") before `until`. */
  pauseUntil(target: number | "all", until: number): void;
  /** Chats remembered, to check that idle ones are forgotten. */
  trackedChats(): number;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;

type ChatState = {
  /** Oldest first; as many as the chat's rule needs to look back at. */
  recent: number[];
  pausedUntil: number;
};

export function createSendLimiter(limits: SendLimits = TELEGRAM_SEND_LIMITS): SendLimiter {
  const overall: number[] = [];
  const chats = new Map<number, ChatState>();
  let pausedUntil = 0;
  let lastSweep = Number.NEGATIVE_INFINITY;

  const remembered = (chatId: number) => (chatId < 0 ? limits.perMinutePerGroup : 1);

  function chatWait(chatId: number, state: ChatState | undefined, now: number): number {
    if (!state) return 0;
    let until = state.pausedUntil;
    const last = state.recent[state.recent.length - 1];
    if (last !== undefined) until = Math.max(until, last + limits.chatGapMs);
    const oldest = state.recent[0];
    if (chatId < 0 && oldest !== undefined && state.recent.length >= limits.perMinutePerGroup) {
      until = Math.max(until, oldest + MINUTE);
    }
    return until - now;
  }

  function overallWait(now: number): number {
    let until = pausedUntil;
    const latest = overall[overall.length - 1];
    if (latest !== undefined) until = Math.max(until, latest + limits.overallGapMs);
    const oldest = overall[0];
    if (oldest !== undefined && overall.length >= limits.perSecondOverall) until = Math.max(until, oldest + SECOND);
    return until - now;
  }

  function record(chatId: number, state: ChatState | undefined, now: number): void {
    overall.push(now);
    if (overall.length > limits.perSecondOverall) overall.shift();
    const chat = state ?? { recent: [], pausedUntil: 0 };
    chat.recent.push(now);
    if (chat.recent.length > remembered(chatId)) chat.recent.shift();
    chats.set(chatId, chat);
  }

  // Memory stays bounded by the chats sent to in the last minute: nothing older matters to any rule.
  function sweep(now: number): void {
    if (now - lastSweep < MINUTE) return;
    lastSweep = now;
    for (const [chatId, state] of chats) {
      const last = state.recent[state.recent.length - 1] ?? Number.NEGATIVE_INFINITY;
      if (last + MINUTE <= now && state.pausedUntil <= now) chats.delete(chatId);
    }
  }

  return {
    reserve(chatId, now) {
      sweep(now);
      const state = chats.get(chatId);
      const wait = Math.max(overallWait(now), chatWait(chatId, state, now));
      if (wait > 0) return Math.ceil(wait);
      record(chatId, state, now);
      return 0;
    },
    pauseUntil(target, until) {
      if (target === "all") {
        pausedUntil = Math.max(pausedUntil, until);
        return;
      }
      const state = chats.get(target) ?? { recent: [], pausedUntil: 0 };
      state.pausedUntil = Math.max(state.pausedUntil, until);
      chats.set(target, state);
    },
    trackedChats: () => chats.size,
  };
}
