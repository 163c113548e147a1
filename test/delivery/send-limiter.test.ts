import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TELEGRAM_SEND_LIMITS, createSendLimiter } from "../../src/delivery/send-limiter.ts";

type Grant = { chatId: number; at: number };

/** Most grants inside any half-open window [t, t + width) that starts at a grant. */
function busiestWindow(times: number[], width: number): number {
  let most = 0;
  for (let start = 0, end = 0; start < times.length; start++) {
    while (end < times.length && times[end]! < times[start]! + width) end++;
    most = Math.max(most, end - start);
  }
  return most;
}

function timesOf(grants: Grant[], chatId?: number): number[] {
  return grants.filter((g) => chatId === undefined || g.chatId === chatId).map((g) => g.at);
}

const PRIVATE = [101, 102, 103];
const GROUPS = [-201, -1002];

type Step = { chatId: number; advance: number; obeyWait: boolean };

/** Plays the steps against a fresh limiter: each asks for a slot, and sometimes waits as told and asks again. */
function simulate(steps: Step[]): Grant[] {
  const limiter = createSendLimiter();
  const grants: Grant[] = [];
  let now = 1_700_000_000_000;
  for (const { chatId, advance, obeyWait } of steps) {
    now += advance;
    const wait = limiter.reserve(chatId, now);
    if (wait === 0) {
      grants.push({ chatId, at: now });
      continue;
    }
    expect(wait).toBeGreaterThan(0);
    if (!obeyWait) continue;
    now += wait;
    // Nothing else was reserved meanwhile, so the named wait must be exactly enough.
    expect(limiter.reserve(chatId, now)).toBe(0);
    grants.push({ chatId, at: now });
  }
  return grants;
}

function expectWithinTelegramLimits(grants: Grant[]): void {
  expect(busiestWindow(timesOf(grants), 1000)).toBeLessThanOrEqual(30);
  for (const chatId of new Set(grants.map((g) => g.chatId))) {
    const times = timesOf(grants, chatId);
    expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(1);
    if (chatId < 0) expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(20);
  }
}

const step = (chatId: fc.Arbitrary<number>, advance: fc.Arbitrary<number>) =>
  fc.record({ chatId, advance, obeyWait: fc.boolean() });

describe("send limiter", () => {
  it("never lets the bot as a whole exceed 30 sends in any second", () => {
    // Hundreds of chats asking a few milliseconds apart: only the overall limit binds.
    const burst = step(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(burst, { minLength: 31, maxLength: 400 }), (steps) => {
        const grants = simulate(steps);
        expectWithinTelegramLimits(grants);
        expect(grants.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("never lets one chat have 2 sends in a second, nor a group 21 in a minute", () => {
    // Groups asked for often enough that only their per-minute limit can hold them.
    const chats = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...GROUPS) },
      { weight: 1, arbitrary: fc.constantFrom(...PRIVATE) },
    );
    const paced = step(chats, fc.oneof(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 100 })));
    fc.assert(
      fc.property(fc.array(paced, { minLength: 150, maxLength: 400 }), (steps) => {
        expectWithinTelegramLimits(simulate(steps));
      }),
      { numRuns: 300 },
    );
  });

  it("spaces sends evenly: no two sends closer than the overall gap, so no burst crosses Telegram's second", () => {
    const limiter = createSendLimiter();
    expect(limiter.reserve(1, 5000)).toBe(0);
    expect(limiter.reserve(2, 5000)).toBe(TELEGRAM_SEND_LIMITS.overallGapMs);
    expect(limiter.reserve(2, 5000 + TELEGRAM_SEND_LIMITS.overallGapMs)).toBe(0);
  });

  it("without the even pace, lets 30 chats go in one instant and makes the 31st wait for the second to pass", () => {
    const limiter = createSendLimiter({ ...TELEGRAM_SEND_LIMITS, overallGapMs: 0 });
    for (let chat = 1; chat <= 30; chat++) expect(limiter.reserve(chat, 5000)).toBe(0);
    expect(limiter.reserve(31, 5000)).toBe(1000);
    expect(limiter.reserve(31, 5999)).toBe(1);
    expect(limiter.reserve(31, 6000)).toBe(0);
  });

  it("holds a group to 20 in a rolling minute, with a second to spare for a late first message", () => {
    const limiter = createSendLimiter();
    for (let i = 0; i < 20; i++) expect(limiter.reserve(-5, i * 1000)).toBe(0);
    expect(limiter.reserve(-5, 20_000)).toBe(41_000);
    expect(limiter.reserve(-5, 61_000)).toBe(0);
    expect(limiter.reserve(-5, 62_000)).toBe(0);
  });

  it("spaces a private chat a second apart without holding up other chats", () => {
    const limiter = createSendLimiter();
    expect(limiter.reserve(7, 0)).toBe(0);
    expect(limiter.reserve(7, 400)).toBe(600);
    expect(limiter.reserve(8, 400)).toBe(0);
    expect(limiter.reserve(7, 1000)).toBe(0);
  });

  it("pauses one chat, or everything, until the given time", () => {
    const limiter = createSendLimiter();
    limiter.pauseUntil(7, 7000);
    expect(limiter.reserve(7, 0)).toBe(7000);
    expect(limiter.reserve(8, 0)).toBe(0);
    limiter.pauseUntil("all", 3000);
    expect(limiter.reserve(9, 1000)).toBe(2000);
    // A shorter pause never cuts a longer one short.
    limiter.pauseUntil("all", 2000);
    expect(limiter.reserve(9, 2500)).toBe(500);
    expect(limiter.reserve(9, 3000)).toBe(0);
    expect(limiter.reserve(7, 6999)).toBe(1);
  });

  it("forgets chats that have been idle for a minute", () => {
    const limiter = createSendLimiter();
    for (let chat = 1; chat <= 5000; chat++) limiter.reserve(chat, chat * 40);
    expect(limiter.trackedChats()).toBeGreaterThan(1000);
    limiter.reserve(1, 400_000);
    expect(limiter.trackedChats()).toBe(1);
  });

  it("takes slots ahead of time for a list of chats, in order, within the limits, and only within the time asked", () => {
    const chats = fc.oneof(
      fc.constantFrom(...GROUPS),
      fc.constantFrom(...PRIVATE),
      fc.integer({ min: 1000, max: 1100 }),
    );
    const asks = fc.record({
      chatIds: fc.uniqueArray(chats, { minLength: 1, maxLength: 40 }),
      advance: fc.integer({ min: 0, max: 400 }),
      withinMs: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.asyncProperty(fc.array(asks, { minLength: 1, maxLength: 60 }), async (steps) => {
        const limiter = createSendLimiter();
        const grants: Grant[] = [];
        let now = 1_700_000_000_000;
        for (const { chatIds, advance, withinMs } of steps) {
          now += advance;
          const slots = await limiter.takeSlots(chatIds, now, withinMs);
          slots.forEach((slot, index) => {
            expect(slot.at).toBeGreaterThanOrEqual(now);
            expect(slot.taken).toBe(slot.at <= now + withinMs);
            if (slot.taken) grants.push({ chatId: chatIds[index]!, at: slot.at });
          });
        }
        grants.sort((a, b) => a.at - b.at);
        expectWithinTelegramLimits(grants);
      }),
      { numRuns: 200 },
    );
  });

  it("lets a chat that may send now take a free slot before a reply reserved a second ahead", async () => {
    const limiter = createSendLimiter();
    expect(limiter.reserve(7, 0)).toBe(0);
    expect(await limiter.takeSlots([7], 10, 5000)).toEqual([{ at: 1000, taken: true }]);
    expect(await limiter.takeSlots([8, 9], 10, 250)).toEqual([
      { at: 34, taken: true },
      { at: 68, taken: true },
    ]);
  });

  it("names the chats held past a time by their own budget, and when each may send again", async () => {
    const limiter = createSendLimiter();
    for (let i = 0; i < 20; i++) limiter.reserve(-5, i * 1000);
    limiter.reserve(7, 19_100);
    await limiter.pauseUntil(8, 30_000);
    expect(await limiter.heldChats(19_500)).toEqual(
      expect.arrayContaining([
        { chatId: -5, readyAt: 61_000 },
        { chatId: 7, readyAt: 20_100 },
        { chatId: 8, readyAt: 30_000 },
      ]),
    );
    expect((await limiter.heldChats(30_000)).map((held) => held.chatId)).toEqual([-5]);
  });
});
