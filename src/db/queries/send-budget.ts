import { and, eq, gt, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { sendBudget } from "../schema.ts";

/** The row of the bot as a whole; no Telegram chat has id 0. */
export const WHOLE_BOT = 0;

export type BudgetRow = {
  chatId: number;
  /** Slots taken, epoch milliseconds, oldest first. */
  recent: number[];
  /** Epoch milliseconds; 0 when never paused. */
  pausedUntil: number;
};

export type SavedBudgetRow = BudgetRow & {
  /** The earliest time the chat may have another slot; what heldChatBudgets looks at. */
  readyAt: number;
};

const columns = {
  chatId: sendBudget.chatId,
  recent: sendBudget.recent,
  pausedUntil: sendBudget.pausedUntil,
  readyAt: sendBudget.readyAt,
};

function toRow(row: { chatId: number; recent: number[]; pausedUntil: Date | null }): BudgetRow {
  return { chatId: row.chatId, recent: row.recent, pausedUntil: row.pausedUntil?.getTime() ?? 0 };
}

/**
 * The whole bot's budget row, locked until the caller's transaction ends: every taker of slots (each instance's
 * outbox worker and direct replies) goes through this one row, so two never hand out the same second.
 */
export async function lockWholeBotBudget(tx: Database): Promise<BudgetRow> {
  const lock = () => tx.select(columns).from(sendBudget).where(eq(sendBudget.chatId, WHOLE_BOT)).for("update");
  let [row] = await lock();
  if (!row) {
    // The first taker ever: the row is made once, and a concurrent first taker's insert simply finds it.
    await tx
      .insert(sendBudget)
      .values({ chatId: WHOLE_BOT, recent: [], readyAt: new Date(0) })
      .onConflictDoNothing();
    [row] = await lock();
  }
  return toRow(row!);
}

/** One chat's row, locked until the caller's transaction ends; the whole bot's row is left alone. */
export async function lockChatBudget(tx: Database, chatId: number): Promise<BudgetRow | undefined> {
  const [row] = await tx.select(columns).from(sendBudget).where(eq(sendBudget.chatId, chatId)).for("update");
  return row ? toRow(row) : undefined;
}

export async function chatBudgets(tx: Database, chatIds: readonly number[]): Promise<BudgetRow[]> {
  if (chatIds.length === 0) return [];
  const rows = await tx
    .select(columns)
    .from(sendBudget)
    .where(inArray(sendBudget.chatId, [...chatIds]));
  return rows.map(toRow);
}

export async function saveBudgets(tx: Database, rows: readonly SavedBudgetRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(sendBudget)
    .values(
      rows.map((row) => ({
        chatId: row.chatId,
        recent: row.recent,
        pausedUntil: row.pausedUntil > 0 ? new Date(row.pausedUntil) : null,
        readyAt: new Date(row.readyAt),
        lastAt: row.recent.length > 0 ? new Date(row.recent[row.recent.length - 1]!) : null,
      })),
    )
    .onConflictDoUpdate({
      target: sendBudget.chatId,
      set: {
        recent: sql`excluded.recent`,
        pausedUntil: sql`excluded.paused_until`,
        readyAt: sql`excluded.ready_at`,
        lastAt: sql`excluded.last_at`,
      },
    });
}

/** A 429's pause, whichever is later: the one already recorded or this one. */
export async function pauseBudget(db: Database, chatId: number, until: Date): Promise<void> {
  await db
    .insert(sendBudget)
    .values({ chatId, recent: [], pausedUntil: until, readyAt: until })
    .onConflictDoUpdate({
      target: sendBudget.chatId,
      set: {
        pausedUntil: sql`greatest(coalesce(${sendBudget.pausedUntil}, excluded.paused_until), excluded.paused_until)`,
        readyAt: sql`greatest(${sendBudget.readyAt}, excluded.ready_at)`,
      },
    });
}

/** Chats that may have no slot before `until`. */
export async function heldChatBudgets(db: Database, until: Date): Promise<{ chatId: number; readyAt: Date }[]> {
  return db
    .select({ chatId: sendBudget.chatId, readyAt: sendBudget.readyAt })
    .from(sendBudget)
    .where(and(ne(sendBudget.chatId, WHOLE_BOT), gt(sendBudget.readyAt, until)));
}

/** Chats silent for a minute and not paused constrain nothing any more (the longest rule looks back a minute). */
export async function forgetIdleBudgets(tx: Database, silentSince: Date, now: Date): Promise<void> {
  await tx
    .delete(sendBudget)
    .where(
      and(
        ne(sendBudget.chatId, WHOLE_BOT),
        or(isNull(sendBudget.lastAt), lte(sendBudget.lastAt, silentSince)),
        or(isNull(sendBudget.pausedUntil), lte(sendBudget.pausedUntil, now)),
      ),
    );
}
