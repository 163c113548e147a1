import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  claimMessages,
  enqueueCoalescedEdit,
  enqueueMessages,
  findSendableHeads,
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
import { type OutboxPayload, outbox } from "../../../src/db/schema.ts";
import type { Database } from "../../../src/db/client.ts";
import { LANES } from "../../../src/domain/delivery-lanes.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db.ts";

const T0 = new Date("2026-03-01T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

function message(chatId: number, text: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  return { chatId, purpose: "test", payload: { method: "sendMessage", text }, nextAttemptAt: T0, ...extra };
}

const edit = (messageId: number, text: string): OutboxPayload => ({ method: "editMessageText", messageId, text });

/** What a worker does at each look, without the send budget: each chat's next message, claimed. */
async function claimDueMessages(db: Database, params: { now: Date; limit: number; lockForMs: number }) {
  const heads = await findSendableHeads(db, { now: params.now, limit: params.limit });
  return claimMessages(db, { ids: heads.map((head) => head.id), now: params.now, lockForMs: params.lockForMs });
}

/** Claims the given rows whatever their chat's order, as a test's way to put them in `sending`. */
const claimIds = (db: Database, ids: number[]) => claimMessages(db, { ids, now: T0, lockForMs: 30_000 });

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

  it("claims due rows by lane, then in the order they were written", async () => {
    const { db } = database;
    await enqueueMessages(db, [
      message(1, "late", { purpose: "invitation" }),
      message(2, "urgent", { purpose: "reply" }),
      message(3, "later-written", { purpose: "invitation" }),
      message(4, "not due", { purpose: "reply", nextAttemptAt: at(60_000) }),
      message(5, "middle", { purpose: "vote_result" }),
    ]);
    const claimed = await claimDueMessages(db, { now: T0, limit: 10, lockForMs: 30_000 });
    expect(claimed.map((row) => row.chatId)).toEqual([2, 5, 1, 3]);
    expect(claimed.map((row) => row.priority)).toEqual([LANES.interactive, LANES.session, LANES.bulk, LANES.bulk]);
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
    const ids: number[] = [];
    for (let round = 0; round < 20 && ids.length < 120; round++) {
      const claims = await Promise.all(
        Array.from({ length: 8 }, () => claimDueMessages(db, { now: T0, limit: 20, lockForMs: 30_000 })),
      );
      ids.push(...claims.flat().map((row) => row.id));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(120);
  });

  it("gives a chat nothing more while one of its messages is being sent, then the next in written order", async () => {
    const { db } = database;
    const ids = await enqueueMessages(db, [
      message(1, "first"),
      message(1, "second", { purpose: "reply" }),
      message(2, "other"),
    ]);
    const first = await claimDueMessages(db, { now: T0, limit: 10, lockForMs: 30_000 });
    // A reply written after the invitation still goes after it: new messages keep their order whatever their lane.
    expect(first.map((row) => row.id)).toEqual([ids[0], ids[2]]);
    expect(await claimDueMessages(db, { now: T0, limit: 10, lockForMs: 30_000 })).toEqual([]);
    await markSent(db, ids[0]!, [1], T0);
    expect((await claimDueMessages(db, { now: T0, limit: 10, lockForMs: 30_000 })).map((row) => row.id)).toEqual([
      ids[1],
    ]);
  });

  it("sends nothing of a chat past a message waiting out its retry, and leaves out held chats", async () => {
    const { db } = database;
    const ids = await enqueueMessages(db, [
      message(1, "retrying", { nextAttemptAt: at(5000) }),
      message(1, "after"),
      message(-2, "group"),
      message(3, "free"),
    ]);
    const heads = await findSendableHeads(db, { now: T0, limit: 10, heldChats: [-2] });
    expect(heads.map((head) => head.id)).toEqual([ids[3]]);
    expect((await findSendableHeads(db, { now: at(5000), limit: 10 })).map((head) => head.id)).toEqual([
      ids[0],
      ids[2],
      ids[3],
    ]);
  });

  it("lets an edit of a message already in the chat overtake older new messages of a lower lane, never an older edit of the same message", async () => {
    const { db } = database;
    // Coalesced edits are due when written, on the real clock.
    const now = new Date(Date.now() + 60_000);
    const [invitation] = await enqueueMessages(db, [message(-5, "copy of an invitation", { purpose: "invitation" })]);
    await enqueueCoalescedEdit(db, {
      chatId: -5,
      purpose: "vote_tally",
      payload: edit(40, "tally 1"),
      dedupeKey: "vote:1",
    });
    const [tally] = await findSendableHeads(db, { now, limit: 10 });
    expect(tally).toMatchObject({ chatId: -5, priority: LANES.live });
    expect(tally!.id).not.toBe(invitation);
    // The tally edit is in flight; a newer one waits for it instead of overtaking it.
    await claimMessages(db, { ids: [tally!.id], now, lockForMs: 30_000 });
    await enqueueCoalescedEdit(db, {
      chatId: -5,
      purpose: "vote_tally",
      payload: edit(40, "tally 2"),
      dedupeKey: "vote:1",
    });
    expect(await findSendableHeads(db, { now, limit: 10 })).toEqual([]);
    await markSent(db, tally!.id, [40], now);
    const [next] = await findSendableHeads(db, { now, limit: 10 });
    expect((await rowOf(next!.id)).payload).toMatchObject({ text: "tally 2" });
  });

  it("a vote's result written over its pending tally edit replaces it and goes in the result's lane", async () => {
    const { db } = database;
    await enqueueCoalescedEdit(db, {
      chatId: -5,
      purpose: "vote_tally",
      payload: edit(40, "tally"),
      dedupeKey: "vote:1",
    });
    await enqueueCoalescedEdit(db, {
      chatId: -5,
      purpose: "vote_result",
      payload: edit(40, "passed"),
      dedupeKey: "vote:1",
    });
    const rows = await database.db.select().from(outbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: "vote_result", priority: LANES.session, payload: { text: "passed" } });
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
    await claimIds(db, ids);
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
