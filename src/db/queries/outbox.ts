import { and, count, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { priorityOf } from "../../domain/delivery-lanes.ts";
import type { Database } from "../client.ts";
import { rowsOf } from "../rows.ts";
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
        priority: priorityOf(row.purpose),
        nextAttemptAt: row.nextAttemptAt,
      })),
    )
    .returning({ id: outbox.id });
  return inserted.map((row) => row.id);
}

/**
 * A live message's latest text: while an earlier edit of the same message is still pending it is replaced, so a burst
 * of presses costs one edit (Telegram allows about 20 per minute in a group). The replacement takes the newer
 * purpose's lane too: a vote's result written over its pending tally goes as a result, not as a tally.
 */
export async function enqueueCoalescedEdit(db: Database, row: NewOutboxMessage & { dedupeKey: string }): Promise<void> {
  await coalescedEditWrite(db, row);
}

/** enqueueCoalescedEdit as a statement not yet sent, to ride along with the audit entry of the change it shows. */
export function coalescedEditWrite(db: Database, row: NewOutboxMessage & { dedupeKey: string }) {
  return db
    .insert(outbox)
    .values({
      chatId: row.chatId,
      purpose: row.purpose,
      payload: row.payload,
      personId: row.personId ?? null,
      hqId: row.hqId ?? null,
      meetingId: row.meetingId ?? null,
      priority: priorityOf(row.purpose),
      dedupeKey: row.dedupeKey,
    })
    .onConflictDoUpdate({
      target: outbox.dedupeKey,
      targetWhere: sql`status = 'pending' and dedupe_key is not null`,
      set: { payload: row.payload, purpose: row.purpose, priority: priorityOf(row.purpose) },
    });
}

export type SendableHead = { id: number; chatId: number; priority: number };

/**
 * The message each chat may be sent next, most urgent first, for chats not in `heldChats` (out of their own budget).
 *
 * Within a chat, order is kept where a reader would notice it: new messages go in the order they were written,
 * whatever their lane, and the edits of one live message (rows with one dedupe key, see enqueueCoalescedEdit) go in
 * the order they were written. An edit changes a message already in the chat, so where it falls among new messages
 * changes nothing anyone reads: a chat's next message is the most urgent of its oldest new message and the oldest
 * edit of each live message. (The payload is not read here: a look must stay cheap with a fan-out pending.) Nothing behind a message
 * that is not due yet (a retry waiting out its back-off) is sent before it, and a chat with a send in flight gives
 * nothing more until that send is settled, so two workers never reorder one chat.
 */
export async function findSendableHeads(
  db: Database,
  params: { now: Date; limit: number; heldChats?: readonly number[] },
): Promise<SendableHead[]> {
  const now = params.now.toISOString();
  const held = `{${(params.heldChats ?? []).join(",")}}`;
  const result = await db.execute(sql`
    with live as (
      select id, chat_id, priority, status, next_attempt_at, locked_until, dedupe_key as edited
      from outbox
      where status in ('pending', 'sending')
    ),
    firsts as (
      select distinct on (chat_id, edited) id, chat_id, priority, status, next_attempt_at, locked_until
      from live
      order by chat_id, edited, id
    ),
    heads as (
      select distinct on (chat_id) id, chat_id, priority
      from firsts
      where ((status = 'pending' and next_attempt_at <= ${now}::timestamptz) or (status = 'sending' and locked_until < ${now}::timestamptz))
        and chat_id not in (select chat_id from live where status = 'sending' and locked_until >= ${now}::timestamptz)
        and chat_id <> all(${held}::bigint[])
      order by chat_id, priority, id
    )
    select id, chat_id, priority from heads order by priority, id limit ${params.limit}`);
  return rowsOf<{ id: number | string; chat_id: number | string; priority: number }>(result).map((row) => ({
    id: Number(row.id),
    chatId: Number(row.chat_id),
    priority: Number(row.priority),
  }));
}

/**
 * Takes the given rows for this worker until `now + lockForMs`, those still due: a row another worker claimed in the
 * meantime is skipped, not waited for; a `sending` row whose lock ran out belongs to a worker that died mid-send and
 * is taken over.
 */
export async function claimMessages(
  db: Database,
  params: { ids: readonly number[]; now: Date; lockForMs: number },
): Promise<ClaimedMessage[]> {
  const { ids, now, lockForMs } = params;
  if (ids.length === 0) return [];
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        inArray(outbox.id, [...ids]),
        or(
          and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
          and(eq(outbox.status, "sending"), lt(outbox.lockedUntil, now)),
        ),
      ),
    )
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
  const order = new Map(ids.map((id, index) => [id, index]));
  // RETURNING follows no ORDER BY; keep the order the rows were asked for in.
  return claimed
    .map((row) => ({ ...row, lockedUntil: row.lockedUntil ?? new Date(now.getTime() + lockForMs) }))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
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

/**
 * A chat Telegram refuses (never started, blocked): the rest of what is due for it is parked the same way without
 * asking again, and returned so each can be reported.
 */
export function parkChat(
  db: Database,
  chatId: number,
  status: "awaiting_start" | "blocked",
  error: string,
  now: Date,
): Promise<ClaimedMessage[]> {
  return db
    .update(outbox)
    .set({ status, lastError: error, lockedUntil: null })
    .where(and(eq(outbox.chatId, chatId), eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
    .returning(claimedColumns)
    .then((rows) => rows.map((row) => ({ ...row, lockedUntil: row.lockedUntil ?? now })).sort((a, b) => a.id - b.id));
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
  const rows = await db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status);
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
      and(eq(outbox.chatId, oldChatId), inArray(outbox.status, ["pending", "sending", "awaiting_start", "blocked"])),
    )
    .returning({ id: outbox.id });
  return moved.length;
}
