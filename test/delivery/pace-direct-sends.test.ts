import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paceDirectSends } from "../../src/delivery/pace-direct-sends.ts";
import { createSendLimiter } from "../../src/delivery/send-limiter.ts";
import { BotApiEmulator } from "../../src/sandbox/bot-api/emulator.ts";

describe("direct replies share the outbox's send budget", () => {
  let emulator: BotApiEmulator;
  beforeAll(async () => {
    emulator = await BotApiEmulator.start({ enforceLimits: true });
  });
  afterAll(() => emulator.stop());

  it("a reply waits for its slot instead of being answered 429 when the budget is taken", async () => {
    const limiter = createSendLimiter();
    // The outbox has just used the whole second's budget.
    const start = Date.now();
    for (let chat = 1; chat <= 30; chat++)
      while (limiter.reserve(chat, Date.now()) > 0) await new Promise((r) => setTimeout(r, 5));
    const api = new Api(emulator.token, { apiRoot: emulator.url });
    api.config.use(paceDirectSends(limiter));
    const sent = await api.sendMessage(9001, "reply");
    expect(sent.message_id).toBeGreaterThan(0);
    expect(Date.now() - start).toBeGreaterThanOrEqual(30 * 34 - 50);
    expect(emulator.stats().rejected429).toBe(0);
  });

  it("methods that are not sends pass straight through", async () => {
    const limiter = createSendLimiter();
    for (let i = 0; i < 5; i++) limiter.reserve(1, Date.now());
    const api = new Api(emulator.token, { apiRoot: emulator.url });
    api.config.use(paceDirectSends(limiter));
    const before = Date.now();
    await api.getMe();
    expect(Date.now() - before).toBeLessThan(500);
  });
});
