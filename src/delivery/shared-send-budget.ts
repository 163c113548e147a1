import type { Database } from "../db/client.ts";
import {
  type BudgetRow,
  chatBudgets,
  forgetIdleBudgets,
  heldChatBudgets,
  lockChatBudget,
  lockWholeBotBudget,
  pauseBudget,
  saveBudgets,
  WHOLE_BOT,
} from "../db/queries/send-budget.ts";
import {
  type BudgetState,
  chatReadyAt,
  MINUTE,
  moveChatSlot,
  type SendLimiter,
  type SendLimits,
  TELEGRAM_SEND_LIMITS,
  takeSlotsIn,
} from "./send-limiter.ts";

/**
 * Telegram's limits are per bot, not per process: several instances on one PostgreSQL take their slots from one
 * budget held in the database (table send_budget), under a lock on the whole bot's row, with the same rules as the
 * in-memory limiter. Together they stay under 30 a second, one a second per chat and twenty a minute per group.
 */
export function createSharedSendLimiter(db: Database, limits: SendLimits = TELEGRAM_SEND_LIMITS): SendLimiter {
  let lastSweep = Number.NEGATIVE_INFINITY;

  return {
    takeSlots(chatIds, now, withinMs) {
      return db.transaction(async (tx) => {
        const whole = await lockWholeBotBudget(tx);
        const chats = await chatBudgets(tx, chatIds);
        const state: BudgetState = {
          overall: whole.recent,
          pausedUntil: whole.pausedUntil,
          chats: new Map(chats.map((chat) => [chat.chatId, { recent: chat.recent, pausedUntil: chat.pausedUntil }])),
        };
        const slots = takeSlotsIn(state, chatIds, now, withinMs, limits);
        const changed: BudgetRow[] = [{ chatId: WHOLE_BOT, recent: state.overall, pausedUntil: state.pausedUntil }];
        chatIds.forEach((chatId, index) => {
          const chat = state.chats.get(chatId);
          if (slots[index]?.taken && chat) changed.push({ chatId, ...chat });
        });
        if (changed.length > 1) {
          await saveBudgets(
            tx,
            changed.map((row) => ({
              ...row,
              readyAt: row.chatId === WHOLE_BOT ? 0 : chatReadyAt(row.chatId, row, Number.NEGATIVE_INFINITY, limits),
            })),
          );
        }
        if (now - lastSweep >= MINUTE) {
          lastSweep = now;
          await forgetIdleBudgets(tx, new Date(now - MINUTE), new Date(now));
        }
        return slots;
      });
    },
    async heldChats(until) {
      const held = await heldChatBudgets(db, new Date(until));
      return held.map((row) => ({ chatId: row.chatId, readyAt: row.readyAt.getTime() }));
    },
    async pauseUntil(target, until) {
      await pauseBudget(db, target === "all" ? WHOLE_BOT : target, new Date(until));
    },
    // Only the chat's row: a correction must not queue behind every taker of slots for the whole bot's row.
    sentLate(chatId, slot, at) {
      return db.transaction(async (tx) => {
        const row = await lockChatBudget(tx, chatId);
        if (!row || !moveChatSlot(row, slot, at)) return;
        await saveBudgets(tx, [{ ...row, readyAt: chatReadyAt(chatId, row, Number.NEGATIVE_INFINITY, limits) }]);
      });
    },
  };
}
