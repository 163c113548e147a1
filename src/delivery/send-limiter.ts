// Telegram answers 429 and silences the bot for a while when it sends faster than its limits, so every send takes a
// slot from one budget first. Times are epoch milliseconds passed in by the caller. The rules are pure functions over
// a BudgetState, so the process-local limiter below and the database-held one (shared-send-budget.ts) are the same
// rules over different storage. The limits are the platform's (platform/send-limits.ts).
import { type SendLimits, TELEGRAM_SEND_LIMITS } from "../platform/send-limits.ts";

export type { SendLimits } from "../platform/send-limits.ts";
export { TELEGRAM_SEND_LIMITS } from "../platform/send-limits.ts";

export type ChatBudget = {
  /** Slots taken, oldest first; as many as the chat's rule needs to look back at. May lie in the future. */
  recent: number[];
  pausedUntil: number;
};

/** What the rules need to know: the bot's slots of the last second and ahead, and those of the chats asked about. */
export type BudgetState = {
  /** Sorted. */
  overall: number[];
  pausedUntil: number;
  chats: Map<number, ChatBudget>;
};

export type HeldChat = { chatId: number; readyAt: number };

/** A chat's earliest slot, and whether it was taken (it is only when it falls within the time asked about). */
export type Slot = { at: number; taken: boolean };

export type SendLimiter = {
  /**
   * For each chat in turn (earlier ones get earlier slots), takes its earliest slot if that is no later than
   * `now + withinMs`; for the others nothing is taken, and `at` says when to ask again. A slot may lie ahead: send
   * at that time.
   */
  takeSlots(chatIds: readonly number[], now: number, withinMs: number): Promise<Slot[]>;
  /** Chats that can have no slot before `until` (out of their own budget or paused), and when they can. */
  heldChats(until: number): Promise<HeldChat[]>;
  /** After a 429: nothing goes to the chat (or anywhere, with "all") before `until`. */
  pauseUntil(target: number | "all", until: number): Promise<void>;
  /**
   * A send went out later than its slot (the process was busy): the chat's own rules count from when it went, or a
   * group's 21st message, planned a minute after a late first, would reach Telegram inside the same minute.
   */
  sentLate(chatId: number, slot: number, at: number): Promise<void>;
};

const SECOND = 1000;
export const MINUTE = 60 * SECOND;

const isGroup = (chatId: number) => chatId < 0;

/**
 * A group's 21st message waits a second past the minute: the first one may have reached Telegram later than it left
 * (a busy network or process), and a 429 there pauses the group for longer than the second saved.
 */
const GROUP_MINUTE_MARGIN_MS = 1000;

/** How many of a chat's slots its rules look back at. */
function rememberedFor(chatId: number, limits: SendLimits = TELEGRAM_SEND_LIMITS): number {
  return isGroup(chatId) ? limits.perMinutePerGroup : 1;
}

/** The earliest time from `from` on when the chat alone may have another send. */
export function chatReadyAt(
  chatId: number,
  chat: ChatBudget | undefined,
  from: number,
  limits: SendLimits = TELEGRAM_SEND_LIMITS,
): number {
  if (!chat) return from;
  let at = Math.max(from, chat.pausedUntil);
  const last = chat.recent[chat.recent.length - 1];
  if (last !== undefined) at = Math.max(at, last + limits.chatGapMs);
  const oldest = chat.recent[0];
  if (isGroup(chatId) && oldest !== undefined && chat.recent.length >= limits.perMinutePerGroup)
    at = Math.max(at, oldest + MINUTE + GROUP_MINUTE_MARGIN_MS);
  return at;
}

/** Whether the bot as a whole may have a slot at `at`, given the slots already taken (sorted). */
function overallAllows(state: BudgetState, at: number, limits: SendLimits): boolean {
  if (at < state.pausedUntil) return false;
  const slots = state.overall;
  let inWindow = 0;
  for (const slot of slots) {
    if (Math.abs(slot - at) < limits.overallGapMs) return false;
    if (slot > at - SECOND && slot < at + SECOND) inWindow++;
  }
  if (inWindow < limits.perSecondOverall) return true;
  // Every one-second window holding `at` must keep room for it; the fullest one starts at a slot (or at `at`).
  const withAt = [...slots, at].sort((x, y) => x - y);
  for (const start of withAt) {
    if (start > at || start <= at - SECOND) continue;
    let count = 0;
    for (const slot of withAt) if (slot >= start && slot < start + SECOND) count++;
    if (count > limits.perSecondOverall) return false;
  }
  return true;
}

/**
 * The chat's earliest slot: the first time the chat's own rules allow at which the bot as a whole has room. Slots may
 * be taken out of time order (a reply a second ahead does not hold back a send that may go now), so the bot's slots
 * are searched for a gap, not appended after the latest.
 */
function earliestSlot(
  state: BudgetState,
  chatId: number,
  from: number,
  limits: SendLimits = TELEGRAM_SEND_LIMITS,
): number {
  const base = Math.max(state.pausedUntil, chatReadyAt(chatId, state.chats.get(chatId), from, limits));
  if (overallAllows(state, base, limits)) return base;
  const candidates = state.overall
    .flatMap((slot) => [slot + limits.overallGapMs, slot + SECOND])
    .filter((at) => at > base)
    .sort((x, y) => x - y);
  for (const at of candidates) if (overallAllows(state, at, limits)) return at;
  // Unreachable: after the latest slot plus a second, every rule is met.
  return Math.max(base, (state.overall[state.overall.length - 1] ?? base) + SECOND);
}

function recordSlot(state: BudgetState, chatId: number, at: number, limits: SendLimits = TELEGRAM_SEND_LIMITS): void {
  const index = state.overall.findIndex((slot) => slot > at);
  if (index === -1) state.overall.push(at);
  else state.overall.splice(index, 0, at);
  const chat = state.chats.get(chatId) ?? { recent: [], pausedUntil: 0 };
  chat.recent.push(at);
  if (chat.recent.length > rememberedFor(chatId, limits)) chat.recent.shift();
  state.chats.set(chatId, chat);
}

/** sentLate's rule: the chat's slot is moved to when the send went. */
export function moveChatSlot(chat: ChatBudget | undefined, slot: number, at: number): boolean {
  const index = chat?.recent.lastIndexOf(slot) ?? -1;
  if (!chat || index === -1 || at <= slot) return false;
  chat.recent[index] = at;
  chat.recent.sort((x, y) => x - y);
  return true;
}

/** Slots a second or more before `now` can no longer bear on a slot at `now` or later. */
function forgetPastSlots(state: BudgetState, now: number): void {
  while (state.overall.length > 0 && state.overall[0]! <= now - SECOND) state.overall.shift();
}

/** takeSlots' rule over a state the caller loaded; the state is updated in place. */
export function takeSlotsIn(
  state: BudgetState,
  chatIds: readonly number[],
  now: number,
  withinMs: number,
  limits: SendLimits = TELEGRAM_SEND_LIMITS,
): Slot[] {
  forgetPastSlots(state, now);
  return chatIds.map((chatId) => {
    const at = earliestSlot(state, chatId, now, limits);
    if (at > now + withinMs) return { at, taken: false };
    recordSlot(state, chatId, at, limits);
    return { at, taken: true };
  });
}

/** A chat's state after a minute of silence and no pause tells no rule anything: it may be forgotten. */
function isIdle(chat: ChatBudget, now: number): boolean {
  const last = chat.recent[chat.recent.length - 1] ?? Number.NEGATIVE_INFINITY;
  return last + MINUTE <= now && chat.pausedUntil <= now;
}

export type LocalSendLimiter = SendLimiter & {
  /** One slot now or never: 0 means go (the slot is taken), otherwise milliseconds to wait before asking again. */
  reserve(chatId: number, now: number): number;
  /** Chats remembered, to check that idle ones are forgotten. */
  trackedChats(): number;
};

/** The budget of one process, in memory: right when this process is the bot's only sender (embedded PGlite). */
export function createSendLimiter(limits: SendLimits = TELEGRAM_SEND_LIMITS): LocalSendLimiter {
  const state: BudgetState = { overall: [], pausedUntil: 0, chats: new Map() };
  let lastSweep = Number.NEGATIVE_INFINITY;

  // Memory stays bounded by the chats sent to in the last minute: nothing older matters to any rule.
  function sweep(now: number): void {
    if (now - lastSweep < MINUTE) return;
    lastSweep = now;
    for (const [chatId, chat] of state.chats) if (isIdle(chat, now)) state.chats.delete(chatId);
  }

  return {
    reserve(chatId, now) {
      sweep(now);
      const [slot] = takeSlotsIn(state, [chatId], now, 0, limits);
      return slot!.taken ? 0 : Math.ceil(slot!.at - now);
    },
    async takeSlots(chatIds, now, withinMs) {
      sweep(now);
      return takeSlotsIn(state, chatIds, now, withinMs, limits);
    },
    async heldChats(until) {
      const held: HeldChat[] = [];
      for (const [chatId, chat] of state.chats) {
        const readyAt = chatReadyAt(chatId, chat, until, limits);
        if (readyAt > until) held.push({ chatId, readyAt });
      }
      return held;
    },
    async pauseUntil(target, until) {
      if (target === "all") {
        state.pausedUntil = Math.max(state.pausedUntil, until);
        return;
      }
      const chat = state.chats.get(target) ?? { recent: [], pausedUntil: 0 };
      chat.pausedUntil = Math.max(chat.pausedUntil, until);
      state.chats.set(target, chat);
    },
    async sentLate(chatId, slot, at) {
      moveChatSlot(state.chats.get(chatId), slot, at);
    },
    trackedChats: () => state.chats.size,
  };
}
