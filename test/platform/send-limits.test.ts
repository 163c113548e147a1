import { describe, expect, it } from "vitest";
import { createSendLimiter } from "../../src/delivery/send-limiter.ts";
import { platformNamed } from "../../src/platform/platform.ts";
import { BALE_SEND_LIMITS, TELEGRAM_SEND_LIMITS } from "../../src/platform/send-limits.ts";

/** How many sends the limiter lets through within [0, ms) when asked every millisecond for the chats in turn. */
function sendsWithin(limits: typeof TELEGRAM_SEND_LIMITS, chats: number[], ms: number): number {
  const limiter = createSendLimiter(limits);
  let sent = 0;
  for (let now = 0; now < ms; now++) for (const chat of chats) if (limiter.reserve(chat, now) === 0) sent++;
  return sent;
}

describe("each platform's send limits, as the send budget applies them", () => {
  it("the platform chooses them: Telegram's unchanged, Bale's its own", () => {
    expect(platformNamed("telegram").sendLimits).toBe(TELEGRAM_SEND_LIMITS);
    expect(TELEGRAM_SEND_LIMITS).toEqual({
      perSecondOverall: 30,
      chatGapMs: 1000,
      perMinutePerGroup: 20,
      overallGapMs: 34,
    });
    expect(platformNamed("bale").sendLimits).toBe(BALE_SEND_LIMITS);
  });

  it("Telegram: one a second to a chat, twenty a minute to a group, thirty a second overall", () => {
    expect(sendsWithin(TELEGRAM_SEND_LIMITS, [7], 10_000)).toBe(10);
    expect(sendsWithin(TELEGRAM_SEND_LIMITS, [-7], 60_000)).toBe(20);
    const many = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(sendsWithin(TELEGRAM_SEND_LIMITS, many, 1000)).toBe(30);
  });

  it("Bale: about 120 a minute to any chat, group or private, and 20 a second overall", () => {
    expect(sendsWithin(BALE_SEND_LIMITS, [7], 60_000)).toBe(120);
    expect(sendsWithin(BALE_SEND_LIMITS, [-7], 60_000)).toBe(120);
    const many = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(sendsWithin(BALE_SEND_LIMITS, many, 1000)).toBe(20);
    // No second anywhere holds more than 20, however the sends fall.
    const limiter = createSendLimiter(BALE_SEND_LIMITS);
    const times: number[] = [];
    for (let now = 0; now < 3000; now += 7)
      for (const chat of many) if (limiter.reserve(chat, now) === 0) times.push(now);
    for (const start of times)
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(20);
  });
});
