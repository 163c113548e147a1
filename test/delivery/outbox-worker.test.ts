import { eq } from "drizzle-orm";
import { Api, InputFile } from "grammy";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  claimMessages,
  enqueueCoalescedEdit,
  enqueueMessages,
  type NewOutboxMessage,
  outboxDepth,
  releaseAwaitingStart,
} from "../../src/db/queries/outbox.ts";
import { outbox } from "../../src/db/schema.ts";
import { createOutboxWorker, type OutboxWorkerDeps } from "../../src/delivery/outbox-worker.ts";
import { createSharedSendLimiter } from "../../src/delivery/shared-send-budget.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const T0 = Date.parse("2026-03-01T08:00:00Z");

/** A clock that only moves when told to, or when the worker sleeps. */
function fakeTime() {
  let now = T0;
  return {
    clock: () => new Date(now),
    now: () => now,
    set(ms: number) {
      now = ms;
    },
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}
type FakeTime = ReturnType<typeof fakeTime>;

type Call = { method: string; chatId: number; text?: string; payload: Record<string, unknown>; at: number };
type Failure = { error_code: number; description: string; parameters?: Record<string, number> };

/** grammY with a transformer in place of the network: every call is recorded, `answer` may make it fail. */
function fakeTelegram(time: FakeTime, answer: (call: Call, calls: Call[]) => Failure | undefined) {
  const calls: Call[] = [];
  let nextMessageId = 1;
  const api = new Api("123456:TEST-token-not-a-real-one-xyz");
  api.config.use(async (_prev, method, payload) => {
    // Yield, so concurrent lanes and workers interleave as they would over a network.
    await new Promise((resolve) => setImmediate(resolve));
    const fields = payload as Record<string, unknown>;
    const text = typeof fields.text === "string" ? fields.text : undefined;
    const call: Call = { method, chatId: Number(fields.chat_id), text, payload: fields, at: time.now() };
    calls.push(call);
    const failure = answer(call, calls);
    if (failure) return { ok: false, ...failure } as never;
    const message = { message_id: nextMessageId++, date: 0, chat: { id: call.chatId, type: "private" } };
    return { ok: true, result: message } as never;
  });
  return { api, calls };
}

const say = (chatId: number, text: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  chatId,
  purpose: "test",
  payload: { method: "sendMessage", text },
  nextAttemptAt: new Date(T0),
  ...extra,
});

const flood = (retryAfter: number): Failure => ({
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});
const badGateway: Failure = { error_code: 502, description: "Bad Gateway" };

describe("outbox worker", () => {
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

  function setup(
    answer: (call: Call, calls: Call[]) => Failure | undefined = () => undefined,
    overrides: Partial<OutboxWorkerDeps> = {},
  ) {
    const time = fakeTime();
    const telegram = fakeTelegram(time, answer);
    const unreachable: { id: number; reason: string }[] = [];
    const migrations: [number, number][] = [];
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const worker = createOutboxWorker({
      db: database.db,
      api: telegram.api,
      clock: time.clock,
      sleep: time.sleep,
      log,
      onPersonUnreachable: (row, reason) => {
        unreachable.push({ id: row.id, reason });
      },
      onChatMigrated: (oldId, newId) => {
        migrations.push([oldId, newId]);
      },
      ...overrides,
    });
    return { time, calls: telegram.calls, worker, unreachable, migrations, log };
  }

  it("sends by lane across chats, one chat's new messages in written order at least a second apart", async () => {
    const { worker, calls } = setup();
    await enqueueMessages(database.db, [
      say(1, "five", { purpose: "invitation" }),
      say(1, "one", { purpose: "reply" }),
      say(2, "three", { purpose: "vote_result" }),
      say(1, "two", { purpose: "vote_result" }),
    ]);
    expect(await worker.runOnce()).toMatchObject({ claimed: 4, sent: 4, retried: 0, failed: 0 });
    // The vote result in chat 2 goes first; chat 1 reads its messages in the order they were written.
    expect(calls.map((c) => c.text)).toEqual(["three", "five", "one", "two"]);
    const chatOne = calls.filter((c) => c.chatId === 1).map((c) => c.at);
    expect(chatOne[1]! - chatOne[0]!).toBeGreaterThanOrEqual(1000);
    expect(chatOne[2]! - chatOne[1]!).toBeGreaterThanOrEqual(1000);
    const depth = await outboxDepth(database.db);
    expect(depth.sent).toBe(4);
  });

  it("records the message ids and clears the lock when sent", async () => {
    const { worker } = setup();
    const [id] = (await enqueueMessages(database.db, [say(5, "hello")])) as [number];
    await worker.runOnce();
    expect(await rowOf(id)).toMatchObject({ status: "sent", messageIds: [1], sentAt: new Date(T0), lockedUntil: null });
  });

  it("never sends a row twice when two workers run at once", async () => {
    const time = fakeTime();
    const telegram = fakeTelegram(time, () => undefined);
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const make = () =>
      createOutboxWorker({
        db: database.db,
        api: telegram.api,
        clock: time.clock,
        sleep: time.sleep,
        log,
      });
    const [first, second] = [make(), make()];
    await enqueueMessages(
      database.db,
      Array.from({ length: 150 }, (_, i) => say(1000 + (i % 75), `row ${i}`)),
    );
    for (let round = 0; round < 30; round++) {
      const [a, b] = await Promise.all([first.runOnce(), second.runOnce()]);
      if (a.claimed === 0 && b.claimed === 0) {
        const depth = await outboxDepth(database.db);
        if (depth.pending === 0) break;
        time.set(time.now() + 60_000);
      }
    }
    const texts = telegram.calls.map((c) => c.text);
    expect(new Set(texts).size).toBe(150);
    expect(texts).toHaveLength(150);
    expect((await outboxDepth(database.db)).sent).toBe(150);
    expect(log.error).not.toHaveBeenCalled();
  });

  it("takes over a crashed worker's row once its lock has expired", async () => {
    const { worker, time, calls } = setup();
    const [id] = (await enqueueMessages(database.db, [say(5, "orphan")])) as [number];
    // Another worker claims and dies before sending.
    await claimMessages(database.db, { ids: [id], now: new Date(T0), lockForMs: 60_000 });
    time.set(T0 + 59_000);
    expect((await worker.runOnce()).claimed).toBe(0);
    time.set(T0 + 60_001);
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(calls.map((c) => c.text)).toEqual(["orphan"]);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("obeys 429 retry_after exactly and keeps the chat's order", async () => {
    const { worker, time, calls } = setup((_call, all) => (all.length === 1 ? flood(7) : undefined));
    const [first, second] = (await enqueueMessages(database.db, [say(9, "first"), say(9, "second")])) as [
      number,
      number,
    ];
    expect(await worker.runOnce()).toMatchObject({ retried: 1, sent: 0 });
    expect(await rowOf(first)).toMatchObject({
      status: "pending",
      nextAttemptAt: new Date(T0 + 7000),
      attempts: 1,
      lastError: "429: Too Many Requests: retry after 7",
    });
    // Untouched, and not sent before the first: it is not the chat's oldest message.
    expect(await rowOf(second)).toMatchObject({ status: "pending", nextAttemptAt: new Date(T0), attempts: 0 });
    expect(calls).toHaveLength(1);

    time.set(T0 + 6999);
    expect((await worker.runOnce()).claimed).toBe(0);
    time.set(T0 + 7000);
    expect(await worker.runOnce()).toMatchObject({ sent: 2 });
    expect(calls.slice(1).map((c) => [c.text, c.at >= T0 + 7000])).toEqual([
      ["first", true],
      ["second", true],
    ]);
  });

  it("pauses every chat when two chats are told to slow down, and only the one chat otherwise", async () => {
    const { worker, calls, time } = setup((call, all) =>
      call.chatId !== 3 && all.length <= 2 ? flood(10) : undefined,
    );
    await enqueueMessages(database.db, [say(1, "a"), say(2, "b"), say(3, "c", { nextAttemptAt: new Date(T0 + 500) })]);
    expect(await worker.runOnce()).toMatchObject({ retried: 2, sent: 0 });
    time.set(T0 + 500);
    expect(await worker.runOnce()).toMatchObject({ sent: 3 });
    // Everything waits out the flood; then the even pace resumes.
    const atThree = calls.find((c) => c.chatId === 3)!.at - (T0 + 10_000);
    expect(atThree).toBeGreaterThanOrEqual(0);
    expect(atThree).toBeLessThan(1000);

    const single = setup((call) => (call.chatId === 4 ? flood(10) : undefined));
    await enqueueMessages(database.db, [say(4, "d"), say(5, "e")]);
    await single.worker.runOnce();
    // Chat 5 keeps the even pace (one overall gap), not chat 4's ten seconds.
    expect(single.calls.find((c) => c.chatId === 5)!.at).toBeLessThan(T0 + 1000);
  });

  it("parks a message for someone who never opened the bot and delivers it after their /start", async () => {
    let started = false;
    const { worker, calls, unreachable, time } = setup(() =>
      started ? undefined : { error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" },
    );
    const ids = await enqueueMessages(database.db, [
      say(77, "invitation", { personId: 12 }),
      say(77, "agenda", { personId: 12 }),
    ]);
    expect(await worker.runOnce()).toMatchObject({ awaitingStart: 2, sent: 0 });
    // The second message is parked without asking Telegram again.
    expect(calls).toHaveLength(1);
    expect(unreachable).toEqual([
      { id: ids[0], reason: "not_started" },
      { id: ids[1], reason: "not_started" },
    ]);
    expect(await rowOf(ids[0]!)).toMatchObject({
      status: "awaiting_start",
      lastError: "403: Forbidden: bot can't initiate conversation with a user",
    });
    expect((await worker.runOnce()).claimed).toBe(0);

    started = true;
    time.set(T0 + 3_600_000);
    expect(await releaseAwaitingStart(database.db, 12, time.clock())).toHaveLength(2);
    expect(await worker.runOnce()).toMatchObject({ sent: 2 });
    expect(calls.slice(1).map((c) => c.text)).toEqual(["invitation", "agenda"]);
  });

  it("stops sending to someone who blocked the bot or whose account is gone", async () => {
    const { worker, unreachable } = setup((call) =>
      call.chatId === 81
        ? { error_code: 403, description: "Forbidden: bot was blocked by the user" }
        : { error_code: 403, description: "Forbidden: user is deactivated" },
    );
    const ids = await enqueueMessages(database.db, [say(81, "a", { personId: 1 }), say(82, "b", { personId: 2 })]);
    expect(await worker.runOnce()).toMatchObject({ blocked: 2 });
    expect(unreachable.map((u) => u.reason)).toEqual(["blocked", "blocked"]);
    expect(await rowOf(ids[0]!)).toMatchObject({
      status: "blocked",
      lastError: "403: Forbidden: bot was blocked by the user",
    });
    expect(await releaseAwaitingStart(database.db, 1, new Date(T0))).toHaveLength(0);
  });

  it("follows a group to its new supergroup id and resends there", async () => {
    const newId = -1001234567890;
    const { worker, calls, migrations } = setup((call) =>
      call.chatId === -4100
        ? {
            error_code: 400,
            description: "Bad Request: group chat was upgraded to a supergroup chat",
            parameters: { migrate_to_chat_id: newId },
          }
        : undefined,
    );
    const ids = await enqueueMessages(database.db, [
      say(-4100, "minutes"),
      say(-4100, "follow-up"),
      say(-4100, "tomorrow", { nextAttemptAt: new Date(T0 + 86_400_000) }),
    ]);
    expect(await worker.runOnce()).toMatchObject({ sent: 2, failed: 0 });
    expect(calls.map((c) => [c.chatId, c.text])).toEqual([
      [-4100, "minutes"],
      [newId, "minutes"],
      [newId, "follow-up"],
    ]);
    expect(migrations).toEqual([[-4100, newId]]);
    for (const id of ids) expect((await rowOf(id)).chatId).toBe(newId);
  });

  it("retries a 502 after a second and then delivers", async () => {
    const { worker, time, calls } = setup((_call, all) => (all.length === 1 ? badGateway : undefined));
    const [id] = (await enqueueMessages(database.db, [say(5, "hi")])) as [number];
    expect(await worker.runOnce()).toMatchObject({ retried: 1 });
    expect(await rowOf(id)).toMatchObject({
      status: "pending",
      nextAttemptAt: new Date(T0 + 1000),
      lastError: "502: Bad Gateway",
    });
    time.set(T0 + 1000);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(calls).toHaveLength(2);
    expect(await rowOf(id)).toMatchObject({ status: "sent", lastError: null });
  });

  it("backs off exponentially and gives up after 8 attempts with the reason", async () => {
    const { worker, time, calls } = setup(() => badGateway);
    const [id] = (await enqueueMessages(database.db, [say(5, "doomed")])) as [number];
    const delays: number[] = [];
    for (let i = 0; i < 20; i++) {
      const failedAt = time.now();
      await worker.runOnce();
      const row = await rowOf(id);
      if (row.status !== "pending") break;
      delays.push(row.nextAttemptAt.getTime() - failedAt);
      time.set(row.nextAttemptAt.getTime());
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 64_000]);
    expect(calls).toHaveLength(8);
    expect(await rowOf(id)).toMatchObject({
      status: "failed",
      attempts: 8,
      lastError: "gave up after 8 attempts: 502: Bad Gateway",
    });
    time.set(time.now() + 3_600_000);
    expect((await worker.runOnce()).claimed).toBe(0);
  });

  it("treats a network error like a server error", async () => {
    const { worker } = setup((_call, all) => {
      if (all.length === 1) throw new Error("socket hang up");
      return undefined;
    });
    const [id] = (await enqueueMessages(database.db, [say(5, "hi")])) as [number];
    expect(await worker.runOnce()).toMatchObject({ retried: 1 });
    const row = await rowOf(id);
    expect(row.nextAttemptAt).toEqual(new Date(T0 + 1000));
    expect(row.lastError).toContain("socket hang up");
  });

  it("fails a message Telegram cannot parse at once, with Telegram's words", async () => {
    const description = 'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 0';
    const { worker, time, calls } = setup(() => ({ error_code: 400, description }));
    const [id] = (await enqueueMessages(database.db, [say(5, "<x>")])) as [number];
    expect(await worker.runOnce()).toMatchObject({ failed: 1, retried: 0 });
    expect(await rowOf(id)).toMatchObject({ status: "failed", attempts: 1, lastError: `400: ${description}` });
    time.set(T0 + 3_600_000);
    await worker.runOnce();
    expect(calls).toHaveLength(1);
  });

  it("splits a long text into messages and puts the keyboard under the last", async () => {
    const { worker, calls } = setup();
    const keyboard = { inline_keyboard: [[{ text: "Yes", callback_data: "rsvp:1:y" }]] };
    const text = `${"A".repeat(3000)}\n\n${"B".repeat(3000)}`;
    const [id] = (await enqueueMessages(database.db, [
      {
        chatId: 5,
        purpose: "agenda",
        payload: { method: "sendMessage", text, parseMode: "HTML", replyMarkup: keyboard, messageThreadId: 4 },
        nextAttemptAt: new Date(T0),
      },
    ])) as [number];
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(calls.map((c) => c.text)).toEqual(["A".repeat(3000), "B".repeat(3000)]);
    expect(calls[0]!.payload.reply_markup).toBeUndefined();
    expect(calls[1]!.payload.reply_markup).toEqual(keyboard);
    expect(calls.map((c) => [c.payload.parse_mode, c.payload.message_thread_id])).toEqual([
      ["HTML", 4],
      ["HTML", 4],
    ]);
    expect((await rowOf(id)).messageIds).toEqual([1, 2]);
  });

  it("does not resend the parts of a long text that already went out", async () => {
    const { worker, time, calls } = setup((_call, all) => (all.length === 2 ? badGateway : undefined));
    const text = `${"A".repeat(4000)}\n${"B".repeat(4000)}`;
    const [id] = (await enqueueMessages(database.db, [say(5, text)])) as [number];
    expect(await worker.runOnce()).toMatchObject({ retried: 1 });
    expect((await rowOf(id)).messageIds).toEqual([1]);
    time.set((await rowOf(id)).nextAttemptAt.getTime());
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(calls.map((c) => c.text?.[0])).toEqual(["A", "B", "B"]);
    expect((await rowOf(id)).messageIds).toEqual([1, 2]);
  });

  it("sends a document from its base64 content", async () => {
    const { worker, calls } = setup();
    const content = Buffer.from("%PDF-1.4 minutes").toString("base64");
    await enqueueMessages(database.db, [
      {
        chatId: -300,
        purpose: "minutes",
        payload: {
          method: "sendDocument",
          filename: "minutes.pdf",
          content,
          caption: "<b>Minutes</b>",
          parseMode: "HTML",
        },
        nextAttemptAt: new Date(T0),
      },
    ]);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    const [call] = calls;
    expect(call?.method).toBe("sendDocument");
    expect(call?.payload).toMatchObject({ caption: "<b>Minutes</b>", parse_mode: "HTML" });
    const document = call?.payload.document;
    expect(document).toBeInstanceOf(InputFile);
    expect((document as InputFile).filename).toBe("minutes.pdf");
  });

  it("forwards a file Telegram already holds by its id, without uploading", async () => {
    const { worker, calls } = setup();
    await enqueueMessages(database.db, [
      {
        chatId: 5,
        purpose: "proposal_attachment",
        payload: { method: "sendDocument", fileId: "BQACAgIAAxkBAAIB", caption: "Attachment" },
        nextAttemptAt: new Date(T0),
      },
    ]);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(calls[0]?.payload).toMatchObject({ document: "BQACAgIAAxkBAAIB", caption: "Attachment" });
  });

  it("holds a group to 20 messages a minute and leaves the rest pending, in order, for later", async () => {
    const { worker, time, calls } = setup();
    const ids = await enqueueMessages(
      database.db,
      Array.from({ length: 25 }, (_, i) => say(-300, `m${i}`)),
    );
    expect(await worker.runOnce()).toMatchObject({ sent: 20, deferred: 0 });
    const last = await rowOf(ids[24]!);
    expect(last).toMatchObject({ status: "pending", attempts: 0 });
    time.set(T0 + 60_000);
    expect(await worker.runOnce()).toMatchObject({ sent: 5 });
    expect(calls.map((c) => c.text)).toEqual(Array.from({ length: 25 }, (_, i) => `m${i}`));
    const times = calls.map((c) => c.at);
    for (let i = 20; i < times.length; i++) expect(times[i]! - times[i - 20]!).toBeGreaterThanOrEqual(60_000);
  });

  it("a group out of its budget delays no other chat's ready message", async () => {
    const { worker, time, calls } = setup();
    // A live session has spent the group's twenty messages of this minute.
    await enqueueMessages(
      database.db,
      Array.from({ length: 20 }, (_, i) => say(-300, `tally ${i}`)),
    );
    expect(await worker.runOnce()).toMatchObject({ sent: 20 });
    const spentAt = time.now();
    // The signed minutes: the group's copy first, then nine members and the HQ secretariat.
    const members = Array.from({ length: 9 }, (_, i) => 501 + i);
    await enqueueMessages(database.db, [
      say(-300, "minutes to the group", { purpose: "minutes_signed", nextAttemptAt: new Date(spentAt) }),
      ...members.map((chatId) =>
        say(chatId, "minutes", { purpose: "minutes_signed", nextAttemptAt: new Date(spentAt) }),
      ),
      say(-900, "minutes to the secretariat", { purpose: "minutes_signed", nextAttemptAt: new Date(spentAt) }),
    ]);
    expect(await worker.runOnce()).toMatchObject({ sent: 10 });
    const others = calls.filter((c) => c.at >= spentAt && c.chatId !== -300);
    expect(others.map((c) => c.chatId).sort()).toEqual([...members, -900].sort());
    // Paced only by the bot's own 30 a second, as if the busy group did not exist: all within a second.
    for (const call of others) expect(call.at - spentAt).toBeLessThan(1000);
    const group = calls.filter((c) => c.chatId === -300);
    expect(group).toHaveLength(20);

    time.set(group[0]!.at + 61_000);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(calls.at(-1)).toMatchObject({ chatId: -300, text: "minutes to the group" });
  });

  it("gives the next slots to a person's answer before a fan-out written earlier", async () => {
    const { worker, calls } = setup();
    await enqueueMessages(
      database.db,
      Array.from({ length: 60 }, (_, i) => say(1000 + i, `invitation ${i}`, { purpose: "invitation" })),
    );
    await enqueueMessages(database.db, [say(42, "your answer is recorded", { purpose: "reply" })]);
    await worker.runOnce();
    // The first slot of the first look (the fake network records a call a little after its slot, so order is compared).
    expect(calls[0]!.chatId).toBe(42);
    expect(calls).toHaveLength(61);
  });

  it("sends a vote result before a tally edit and an older report waiting in the same group; the result replaces its own vote's pending tally", async () => {
    const { worker, calls } = setup();
    const now = new Date(T0);
    await enqueueMessages(database.db, [say(-300, "copy of a report", { purpose: "report" })]);
    // Written by the same process on the real clock: coalesced edits are due at once.
    await database.db.update(outbox).set({ nextAttemptAt: now });
    await enqueueCoalescedEdit(database.db, {
      chatId: -300,
      purpose: "vote_tally",
      payload: { method: "editMessageText", messageId: 40, text: "yes 3" },
      dedupeKey: "vote:1",
    });
    await enqueueCoalescedEdit(database.db, {
      chatId: -300,
      purpose: "vote_tally",
      payload: { method: "editMessageText", messageId: 41, text: "yes 5" },
      dedupeKey: "vote:2",
    });
    // Vote 2 closes: its message becomes the result, replacing its pending tally.
    await enqueueCoalescedEdit(database.db, {
      chatId: -300,
      purpose: "vote_result",
      payload: { method: "editMessageText", messageId: 41, text: "passed" },
      dedupeKey: "vote:2",
    });
    await database.db.update(outbox).set({ nextAttemptAt: now });
    await worker.runOnce();
    expect(calls.map((c) => c.text)).toEqual(["passed", "yes 3", "copy of a report"]);
  });

  it("runs on its own when started and waits for a send in flight when stopped", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const telegram = fakeTelegram(fakeTime(), () => undefined);
    let sends = 0;
    telegram.api.config.use(async (prev, method, payload, signal) => {
      sends++;
      if (sends === 2) await held;
      return prev(method, payload, signal);
    });
    const worker = createOutboxWorker({
      db: database.db,
      api: telegram.api,
      clock: () => new Date(),
      log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    });
    const now = new Date();
    const [first, second] = (await enqueueMessages(database.db, [
      say(1, "first", { nextAttemptAt: now }),
      say(2, "second", { nextAttemptAt: new Date(now.getTime() + 300) }),
    ])) as [number, number];
    worker.start(20);
    await vi.waitFor(() => expect(sends).toBe(2), { timeout: 5000 });
    expect((await rowOf(first)).status).toBe("sent");

    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await rowOf(second)).status).toBe("sent");
  });
  it("sends at once when nudged after a commit, instead of at the next poll", async () => {
    const telegram = fakeTelegram(fakeTime(), () => undefined);
    const looks: number[] = [];
    const worker = createOutboxWorker({
      db: database.db,
      api: telegram.api,
      clock: () => new Date(),
      log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
      // The real idle sleep, counting the looks that end in one.
      sleep: (ms, signal) =>
        new Promise((resolve) => {
          // Idle sleeps: until the next poll, or until the chat just sent to may have its next message.
          if (ms >= 300) looks.push(Date.now());
          const timer = setTimeout(resolve, ms);
          signal.addEventListener("abort", () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    });
    worker.start(60_000);
    try {
      await vi.waitFor(() => expect(looks.length).toBe(1));
      const [unnudged] = (await enqueueMessages(database.db, [
        say(1, "waits for the poll", { nextAttemptAt: new Date() }),
      ])) as [number];
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await rowOf(unnudged)).status).toBe("pending");

      worker.nudge();
      await vi.waitFor(async () => expect((await rowOf(unnudged)).status).toBe("sent"), { timeout: 2000 });

      // A burst of nudges (a busy bot) is a look or two, not a query each.
      const before = looks.length;
      for (let i = 0; i < 100; i++) worker.nudge();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(looks.length - before).toBeGreaterThanOrEqual(1);
      expect(looks.length - before).toBeLessThanOrEqual(3);
    } finally {
      await worker.stop();
    }
  });
});

/**
 * Two instances of the bot, one PostgreSQL: each has its own outbox worker and its own process, and only the budget
 * in the database is shared. PGlite is one process's database (its data directory is locked to one opener), so two
 * instances cannot share one and there is nothing to share.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)("two outbox workers on one PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  // Retried: on a machine loaded far past its cores a send can start >150 ms after its slot, and two processes may
  // then put a 31st send inside one second (the README says so). Each message is still sent exactly once.
  it("stay together under 30 sends a second and one a second per chat, and send each message once", {
    retry: 2,
  }, async () => {
    const calls: { chatId: number; text: string; at: number }[] = [];
    const make = () => {
      const api = new Api("123456:TEST-token-not-a-real-one-xyz");
      let nextMessageId = 1;
      api.config.use(async (_prev, _method, payload) => {
        // When the request leaves: what Telegram's windows would see, give or take the network.
        const at = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 2));
        const fields = payload as { chat_id: number; text: string };
        calls.push({ chatId: fields.chat_id, text: fields.text, at });
        return {
          ok: true,
          result: { message_id: nextMessageId++, date: 0, chat: { id: fields.chat_id, type: "private" } },
        } as never;
      });
      return createOutboxWorker({
        db: database.db,
        api,
        clock: () => new Date(),
        log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
        limiter: createSharedSendLimiter(database.db),
      });
    };
    const workers = [make(), make()];
    const now = new Date();
    await enqueueMessages(
      database.db,
      Array.from({ length: 90 }, (_, i) => say(2000 + (i % 30), `m${i}`, { nextAttemptAt: now })),
    );
    const started = Date.now();
    for (const worker of workers) worker.start(50);
    try {
      await vi.waitFor(async () => expect((await outboxDepth(database.db)).sent).toBe(90), {
        timeout: 20_000,
        interval: 200,
      });
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    expect(new Set(calls.map((c) => c.text)).size).toBe(90);
    expect(calls).toHaveLength(90);
    // Slots are spaced by the database. A send starts at or after its slot, later when its process is busy, and each
    // process keeps its own starts to the pace; across the two, starts drift by their lateness (under 130 ms in four
    // runs at a load average of 20; one run with a longer stall went past this). Two budgets not shared would put 60
    // sends in a second.
    const jitter = 150;
    const times = calls.map((c) => c.at).sort((a, b) => a - b);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000 - jitter);
    for (let chat = 2000; chat < 2030; chat++) {
      const chatTimes = calls.filter((c) => c.chatId === chat).map((c) => c.at);
      for (let i = 1; i < chatTimes.length; i++)
        expect(chatTimes[i]! - chatTimes[i - 1]!).toBeGreaterThanOrEqual(1000 - jitter);
      // Each chat reads its three messages in the order they were written.
      expect(calls.filter((c) => c.chatId === chat).map((c) => Number(c.text.slice(1)))).toEqual([
        chat - 2000,
        chat - 1970,
        chat - 1940,
      ]);
    }
    // 90 messages at 30 a second, three to each chat a second apart: about three seconds, not one worker's pace twice.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
