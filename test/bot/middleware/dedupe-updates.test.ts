import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BotHarness, persian } from "../../helpers/bot-harness.ts";

describe("updates are de-duplicated by update_id", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it("the same update delivered three times has one effect and one reply", async () => {
    const update = h.emulator.userMessage(persian(4001), "/start");
    const replies = [...(await h.handle(update)), ...(await h.handle(update)), ...(await h.handle(update))];
    expect(replies).toHaveLength(1);
    expect((await h.database.rowCounts()).people).toBe(1);
  });

  it("a redelivery after a restart is still recognised", async () => {
    const update = h.emulator.userMessage(persian(4002), "/lang en");
    await h.handle(update);
    h.restart();
    expect(await h.handle(update)).toHaveLength(0);
  });

  it("concurrent deliveries of one update produce a single reply", async () => {
    const update = h.emulator.userMessage(persian(4003), "/help");
    const results = await Promise.all([h.handle(update), h.handle(update), h.handle(update)]);
    expect(h.emulator.sent(4003)).toHaveLength(1);
    expect(results.length).toBe(3);
  });
});
