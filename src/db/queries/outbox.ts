import { and, asc, count, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { type OutboxPayload, outbox } from "../schema.ts";

export type OutboxStatus = (typeof outbox.status.enumValues)[number];

export type NewOutboxMessage = {
  chatId: number;
  purpose: string;
  payload: OutboxPayload;
  /** Set for private chats: a message refused before the person's /start is released by it. */
  personId?: number | null;
  /** The meeting the message is about, so a refused invitation can be reported to its secretary. */
  meetingId?: number | null;
  hqId?: number | null;
  /** Lower is sooner; 5 when absent. */
  priority?: number;
  /** Not before this time; now when absent. */
  nextAttemptAt?: Date;
};

export type ClaimedMessage = {
  id: number;
  hqId: number | null;
  chatId: number;
  personId: number | null;
  meetingId: number | null;
  purpose: string;
  payload: OutboxPayload;
  priority: number;
  /** Including the claim that returned this row. */
  attempts: number;
  lockedUntil: Date;
  /** Ids of the parts of a split text already delivered by an earlier, interrupted try. */
  messageIds: number[] | null;
};

const claimedColumns = {
  id: outbox.id,
  hqId: outbox.hqId,
  chatId: outbox.chatId,
  personId: outbox.personId,
  meetingId: outbox.meetingId,
  purpose: outbox.purpose,
  payload: outbox.payload,
  priority: outbox.priority,
  attempts: outbox.attempts,
  lockedUntil: outbox.lockedUntil,
  messageIds: outbox.messageIds,
};

/** Meant to run inside the caller's transaction, next to the change that causes the messages. */
export async function enqueueMessages(db: Database, rows: NewOutboxMessage[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(outbox)
    .values(
      rows.map((row) => ({
        chatId: row.chatId,
        purpose: row.purpose,
        payload: row.payload,
        personId: row.personId ?? null,
        meetingId: row.meetingId ?? null,
        hqId: row.hqId ?? null,
        priority: row.priority,
        nextAttemptAt: row.nextAttemptAt,
      })),
    )
    .returning({ id: outbox.id });
  return inserted.map((row) => row.id);
}

/**
 * A live message's latest text: while an earlier edit of the same message is still pending it is replaced, so a burst
 * of presses costs one edit (Telegram allows about 20 per minute in a group).
 */
export async function enqueueCoalescedEdit(db: Database, row: NewOutboxMessage & { dedupeKey: string }): Promise<void> {
  await db
    .insert(outbox)
    .values({
      chatId: row.chatId,
      purpose: row.purpose,
      payload: row.payload,
      personId: row.personId ?? null,
      hqId: row.hqId ?? null,
      meetingId: row.meetingId ?? null,
      priority: row.priority,
      dedupeKey: row.dedupeKey,
    })
    .onConflictDoUpdate({
      target: outbox.dedupeKey,
      targetWhere: sql`status = 'pending' and dedupe_key is not null`,
      set: { payload: row.payload },
    });
}

/**
 * Takes due rows for this worker until `now + lockForMs`. Rows another transaction is claiming are
 * skipped, not waited for, so concurrent workers split the queue; `sending` rows whose lock ran out
 * belong to a worker that died mid-send and are taken over.
 */
export async function claimDueMessages(
  db: Database,
  params: { now: Date; limit: number; lockForMs: number },
): Promise<ClaimedMessage[]> {
  const { now, limit, lockForMs } = params;
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
        and(eq(outbox.status, "sending"), lt(outbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(outbox.priority), asc(outbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(outbox)
    .set({
      status: "sending",
      lockedUntil: new Date(now.getTime() + lockForMs),
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(inArray(outbox.id, due))
    .returning(claimedColumns);
  // RETURNING follows no ORDER BY; the worker relies on claim order.
  return claimed
    .map((row) => ({ ...row, lockedUntil: row.lockedUntil ?? new Date(now.getTime() + lockForMs) }))
    .sort((a, b) => a.priority - b.priority || a.id - b.id);
}

// Every transition out of `sending` checks the status, so a row handed back in the meantime stays as it is.
const isSending = (id: number) => and(eq(outbox.id, id), eq(outbox.status, "sending"));

async function changed(rows: Promise<{ id: number }[]>): Promise<boolean> {
  return (await rows).length > 0;
}

export function markSent(db: Database, id: number, messageIds: number[], now: Date): Promise<boolean> {
  return changed(
    db
      .update(outbox)
      .set({ status: "sent", messageIds, sentAt: now, lockedUntil: null, lastError: null })
      .where(isSending(id))
      .returning({ id: outbox.id }),
  );
}

/** The failed try counts as an attempt; `messageIds` keeps the parts already delivered. */
export function markRetry(
  db: Database,
  id: number,
  params: { nextAttemptAt: Date; error: string; messageIds?: number[] },
): Promise<boolean> {
  return changed(
    db
      .update(outbox)
      .set({
        status: "pending",
        nextAttemptAt: params.nextAttemptAt,
        lastError: params.error,
        lockedUntil: null,
        ...(params.messageIds ? { messageIds: params.messageIds } : {}),
      })
      .where(isSending(id))
      .returning({ id: outbox.id }),
  );
}

/** Hands back a row this worker claimed but did not try to send: its claim is not an attempt. */
export function releaseClaim(
  db: Database,
  id: number,
  params: { nextAttemptAt: Date; messageIds?: number[] },
): Promise<boolean> {
  return changed(
    db
      .update(outbox)
      .set({
        status: "pending",
        nextAttemptAt: params.nextAttemptAt,
        lockedUntil: null,
        attempts: sql`greatest(${outbox.attempts} - 1, 0)`,
        ...(params.messageIds ? { messageIds: params.messageIds } : {}),
      })
      .where(isSending(id))
      .returning({ id: outbox.id }),
  );
}

function finish(
  db: Database,
  id: number,
  status: "failed" | "awaiting_start" | "blocked",
  error: string,
): Promise<boolean> {
  return changed(
    db
      .update(outbox)
      .set({ status, lastError: error, lockedUntil: null })
      .where(isSending(id))
      .returning({ id: outbox.id }),
  );
}

export function markFailed(db: Database, id: number, error: string): Promise<boolean> {
  return finish(db, id, "failed", error);
}

/** Telegram refused because the person never opened the bot; see releaseAwaitingStart. */
export function markAwaitingStart(db: Database, id: number, error: string): Promise<boolean> {
  return finish(db, id, "awaiting_start", error);
}

export function markBlocked(db: Database, id: number, error: string): Promise<boolean> {
  return finish(db, id, "blocked", error);
}

/** The person has now opened the bot: what Telegram refused before is delivered, with fresh attempts. */
export async function releaseAwaitingStart(
  db: Database,
  personId: number,
  now: Date,
): Promise<{ id: number; purpose: string; meetingId: number | null }[]> {
  return db
    .update(outbox)
    .set({ status: "pending", nextAttemptAt: now, attempts: 0, lockedUntil: null })
    .where(and(eq(outbox.personId, personId), eq(outbox.status, "awaiting_start")))
    .returning({ id: outbox.id, purpose: outbox.purpose, meetingId: outbox.meetingId });
}

/** A pending message rewritten before it goes out (a parked invitation brought up to date). */
export async function replacePendingPayload(db: Database, id: number, payload: OutboxPayload): Promise<void> {
  await db
    .update(outbox)
    .set({ payload })
    .where(and(eq(outbox.id, id), eq(outbox.status, "pending")));
}

/** Pending messages that must not go out any more (their meeting closed, or a newer message replaces them). */
export async function dropPending(db: Database, ids: number[], reason: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outbox)
    .set({ status: "failed", lastError: reason })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "pending")));
}

export async function outboxDepth(db: Database): Promise<Record<OutboxStatus, number>> {
  const depth = Object.fromEntries(outbox.status.enumValues.map((status) => [status, 0])) as Record<
    OutboxStatus,
    number
  >;
  const rows = await db
    .select({ status: outbox.status, n: count() })
    .from(outbox)
    .groupBy(outbox.status);
  for (const row of rows) depth[row.status] = row.n;
  return depth;
}

/**
 * A group that became a supergroup answers its old id with migrate_to_chat_id. Only undelivered rows
 * move: delivered ones record where they went.
 */
export async function updateChatId(db: Database, oldChatId: number, newChatId: number): Promise<number> {
  const moved = await db
    .update(outbox)
    .set({ chatId: newChatId })
    .where(
      and(
        eq(outbox.chatId, oldChatId),
        inArray(outbox.status, ["pending", "sending", "awaiting_start", "blocked"]),
      ),
    )
    .returning({ id: outbox.id });
  return moved.length;
}
