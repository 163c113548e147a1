import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendBudget } from "../../src/db/schema.ts";
import { createSendLimiter } from "../../src/delivery/send-limiter.ts";
import { createSharedSendLimiter } from "../../src/delivery/shared-send-budget.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const T0 = 1_700_000_000_000;

describe("send budget held in the database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => database.reset());
  afterAll(() => database.close());

  it("hands out the very slots the in-memory budget would, with the same rules", async () => {
    const chats = fc.oneof(fc.constantFrom(-5, -6), fc.integer({ min: 1, max: 12 }));
    const asks = fc.record({
      chatIds: fc.uniqueArray(chats, { minLength: 1, maxLength: 8 }),
      advance: fc.integer({ min: 0, max: 1500 }),
      withinMs: fc.integer({ min: 0, max: 1000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(asks, { minLength: 1, maxLength: 15 }), async (steps) => {
        await database.db.delete(sendBudget);
        const shared = createSharedSendLimiter(database.db);
        const local = createSendLimiter();
        let now = T0;
        for (const { chatIds, advance, withinMs } of steps) {
          now += advance;
          expect(await shared.takeSlots(chatIds, now, withinMs)).toEqual(await local.takeSlots(chatIds, now, withinMs));
        }
      }),
      { numRuns: 10 },
    );
  }, 60_000);

  it("is one budget for every limiter on the database: a second process's slots come after the first's", async () => {
    const first = createSharedSendLimiter(database.db);
    const second = createSharedSendLimiter(database.db);
    expect(await first.takeSlots([1, 2], T0, 1000)).toEqual([
      { at: T0, taken: true },
      { at: T0 + 34, taken: true },
    ]);
    // Chat 1 waits out its second; chat 3 takes the bot's next free slot meanwhile instead of queueing behind it.
    expect(await second.takeSlots([1, 3], T0, 1000)).toEqual([
      { at: T0 + 1000, taken: true },
      { at: T0 + 68, taken: true },
    ]);
    // Asked for slots no later than 100 ms from now, chat 4 gets none and is told when to ask.
    expect(await second.takeSlots([4], T0, 100)).toEqual([{ at: T0 + 102, taken: false }]);
  });

  it("keeps a 429's pause for every process, never shortened by a shorter one, and names held chats", async () => {
    const first = createSharedSendLimiter(database.db);
    const second = createSharedSendLimiter(database.db);
    await first.pauseUntil(7, T0 + 7000);
    await second.pauseUntil(7, T0 + 3000);
    expect(await second.takeSlots([7, 8], T0, 10_000)).toEqual([
      { at: T0 + 7000, taken: true },
      { at: T0, taken: true },
    ]);
    expect(await first.heldChats(T0 + 500)).toEqual(
      expect.arrayContaining([
        { chatId: 7, readyAt: T0 + 8000 },
        { chatId: 8, readyAt: T0 + 1000 },
      ]),
    );
    expect(await first.heldChats(T0 + 7500)).toEqual([{ chatId: 7, readyAt: T0 + 8000 }]);
    await first.pauseUntil("all", T0 + 20_000);
    expect(await second.takeSlots([9], T0 + 9000, 1000)).toEqual([{ at: T0 + 20_000, taken: false }]);
  });

  it("holds a group to 20 a rolling minute across processes", async () => {
    const limiters = [createSharedSendLimiter(database.db), createSharedSendLimiter(database.db)];
    const taken: number[] = [];
    for (let i = 0; i < 25; i++) {
      const [slot] = await limiters[i % 2]!.takeSlots([-5], T0 + i * 1000, 0);
      if (slot!.taken) taken.push(slot!.at);
    }
    expect(taken).toHaveLength(20);
    expect(await limiters[0]!.heldChats(T0 + 25_000)).toEqual([{ chatId: -5, readyAt: T0 + 61_000 }]);
  });

  it("forgets chats silent for a minute", async () => {
    const limiter = createSharedSendLimiter(database.db);
    await limiter.takeSlots([1, 2, 3], T0, 1000);
    await limiter.takeSlots([4], T0 + 120_000, 0);
    const chats = (await database.db.select({ chatId: sendBudget.chatId }).from(sendBudget))
      .map((row) => row.chatId)
      .sort();
    expect(chats).toEqual([0, 4]);
  });
});
