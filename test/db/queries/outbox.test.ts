import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  claimDueMessages,
  enqueueMessages,
  markAwaitingStart,
  markBlocked,
  markFailed,
  markRetry,
  markSent,
  type NewOutboxMessage,
  outboxDepth,
  releaseAwaitingStart,
  releaseClaim,
  updateChatId,
} from "../../../src/db/queries/outbox.ts";
import { outbox } from "../../../src/db/schema.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db.ts";

const T0 = new Date("2026-03-01T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

function message(chatId: number, text: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  return { chatId, purpose: "test", payload: { method: "sendMessage", text }, nextAttemptAt: T0, ...extra };
}

describe("outbox queries", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => database.reset());
  afterAll(() => database.close());

  const rowOf = async (id: number) => {
    const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    if (!row) throw new Error(`no outbox row ${id}`);
    return row;
  };

  it("claims due rows by priority, then in the order they were written", async () => {
    const { db } = database;
    await enqueueMessages(db, [
      message(1, "late", { priority: 5 }),
      message(2, "urgent", { priority: 1 }),
      message(3, "later-written", { priority: 5 }),
      message(4, "not due", { priority: 0, nextAttemptAt: at(60_000) }),
      message(5, "middle", { priority: 3 }),
    ]);
    const claimed = await claimDueMessages(db, { now: T0, limit: 10, lockForMs: 30_000 });
    expect(claimed.map((row) => row.chatId)).toEqual([2, 5, 1, 3]);
    expect(claimed[0]).toMatchObject({ attempts: 1, lockedUntil: at(30_000), messageIds: null });
    expect((await rowOf(claimed[0]!.id)).status).toBe("sending");
  });

  it("respects the limit and leaves the rest for the next claim", async () => {
    const { db } = database;
    await enqueueMessages(db, [message(1, "a"), message(2, "b"), message(3, "c")]);
    const first = await claimDueMessages(db, { now: T0, limit: 2, lockForMs: 30_000 });
    const second = await claimDueMessages(db, { now: T0, limit: 2, lockForMs: 30_000 });
    expect(first.map((row) => row.chatId)).toEqual([1, 2]);
    expect(second.map((row) => row.chatId)).toEqual([3]);
  });

  it("gives a sending row to another worker only after its lock has expired", async () => {
    const { db } = database;
    const [id] = await enqueueMessages(db, [message(1, "a")]);
    await claimDueMessages(db, { now: T0, limit: 10, lockForMs: 30_000 });
    expect(await claimDueMessages(db, { now: at(30_000), limit: 10, lockForMs: 30_000 })).toEqual([]);
    const reclaimed = await claimDueMessages(db, { now: at(30_001), limit: 10, lockForMs: 30_000 });
    expect(reclaimed).toMatchObject([{ id, attempts: 2, lockedUntil: at(60_001) }]);
  });

  it("never hands one row to two concurrent claims", async () => {
    const { db } = database;
    await enqueueMessages(
      db,
      Array.from({ length: 120 }, (_, i) => message(i + 1, `m${i}`)),
    );
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimDueMessages(db, { now: T0, limit: 20, lockForMs: 30_000 })),
    );
    const ids = claims.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(120);
  });

  it("moves a row out of sending only while it is still sending", async () => {
    const { db } = database;
    const [id] = (await enqueueMessages(db, [message(1, "a")])) as [number];
    expect(await markSent(db, id, [7], T0)).toBe(false);
    await claimDueMessages(db, { now: T0, limit: 1, lockForMs: 30_000 });
    expect(await markSent(db, id, [7, 8], at(5))).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: "sent", messageIds: [7, 8], sentAt: at(5), lockedUntil: null });
    expect(await markFailed(db, id, "late")).toBe(false);
    expect((await rowOf(id)).status).toBe("sent");
  });

  it("reschedules a retry with its reason and the parts already delivered", async () => {
    const { db } = database;
    const [id] = (await enqueueMessages(db, [message(1, "a")])) as [number];
    await claimDueMessages(db, { now: T0, limit: 1, lockForMs: 30_000 });
    await markRetry(db, id, { nextAttemptAt: at(4000), error: "502: Bad Gateway", messageIds: [41] });
    expect(await rowOf(id)).toMatchObject({
      status: "pending",
      attempts: 1,
      nextAttemptAt: at(4000),
      lastError: "502: Bad Gateway",
      messageIds: [41],
      lockedUntil: null,
    });
    expect(await claimDueMessages(db, { now: at(3999), limit: 1, lockForMs: 1 })).toEqual([]);
    expect(await claimDueMessages(db, { now: at(4000), limit: 1, lockForMs: 1 })).toMatchObject([
      { id, attempts: 2, messageIds: [41] },
    ]);
  });

  it("does not count a claim handed back untried as an attempt", async () => {
    const { db } = database;
    const [id] = (await enqueueMessages(db, [message(1, "a")])) as [number];
    await claimDueMessages(db, { now: T0, limit: 1, lockForMs: 30_000 });
    await releaseClaim(db, id, { nextAttemptAt: at(60_000) });
    expect(await rowOf(id)).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: at(60_000) });
  });

  it("releases a person's awaiting_start rows and only theirs, with fresh attempts", async () => {
    const { db } = database;
    const ids = await enqueueMessages(db, [
      message(11, "a", { personId: 1 }),
      message(11, "b", { personId: 1 }),
      message(12, "c", { personId: 2 }),
      message(11, "d", { personId: 1 }),
    ]);
    await claimDueMessages(db, { now: T0, limit: 10, lockForMs: 30_000 });
    await markAwaitingStart(db, ids[0]!, "403: Forbidden: bot can't initiate conversation with a user");
    await markAwaitingStart(db, ids[1]!, "403");
    await markAwaitingStart(db, ids[2]!, "403");
    await markBlocked(db, ids[3]!, "403: Forbidden: bot was blocked by the user");

    expect(await releaseAwaitingStart(db, 1, at(90_000))).toHaveLength(2);
    expect(await rowOf(ids[0]!)).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: at(90_000) });
    expect((await rowOf(ids[2]!)).status).toBe("awaiting_start");
    expect((await rowOf(ids[3]!)).status).toBe("blocked");
    expect(await releaseAwaitingStart(db, 1, at(90_000))).toHaveLength(0);
  });

  it("counts rows by status, every status present", async () => {
    const { db } = database;
    const ids = await enqueueMessages(db, [message(1, "a"), message(2, "b"), message(3, "c")]);
    await claimDueMessages(db, { now: T0, limit: 1, lockForMs: 30_000 });
    await markFailed(db, ids[0]!, "400: Bad Request: can't parse entities");
    expect(await outboxDepth(db)).toEqual({
      pending: 2,
      sending: 0,
      sent: 0,
      failed: 1,
      awaiting_start: 0,
      blocked: 0,
    });
  });

  it("moves undelivered rows of a migrated group to its new id and leaves the delivered ones", async () => {
    const { db } = database;
    const ids = await enqueueMessages(db, [message(-100, "sent"), message(-100, "due"), message(-200, "other")]);
    await claimDueMessages(db, { now: T0, limit: 1, lockForMs: 30_000 });
    await markSent(db, ids[0]!, [1], T0);
    expect(await updateChatId(db, -100, -1001234)).toBe(1);
    expect((await rowOf(ids[0]!)).chatId).toBe(-100);
    expect((await rowOf(ids[1]!)).chatId).toBe(-1001234);
    expect((await rowOf(ids[2]!)).chatId).toBe(-200);
  });
});
