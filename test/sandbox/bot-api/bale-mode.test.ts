import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRateLimited } from "../../../src/platform/rate-limit.ts";
import { baleTransformer } from "../../../src/platform/bale-api.ts";
import { BotApiEmulator } from "../../../src/sandbox/bot-api/emulator.ts";

describe("the emulator's Bale mode behaves as Bale's Bot API", () => {
  let bale: BotApiEmulator;
  let telegram: BotApiEmulator;
  const user = { id: 42, first_name: "Sara" };
  beforeAll(async () => {
    bale = await BotApiEmulator.start({ platform: "bale" });
    telegram = await BotApiEmulator.start();
  });
  afterAll(async () => {
    await bale.stop();
    await telegram.stop();
  });
  const apiOf = (emulator: BotApiEmulator) => new Api(emulator.token, { apiRoot: emulator.url });

  it("refuses parse_mode, reply_parameters and the other Telegram-only fields with a 400 naming the field", async () => {
    const api = apiOf(bale);
    await expect(api.sendMessage(42, "<b>x</b>", { parse_mode: "HTML" })).rejects.toMatchObject({
      error_code: 400,
      description: 'Bad Request: field "parse_mode" is not supported',
    });
    const first = await api.sendMessage(42, "first");
    await expect(
      api.sendMessage(42, "re", { reply_parameters: { message_id: first.message_id } }),
    ).rejects.toMatchObject({ error_code: 400, description: expect.stringContaining("reply_parameters") });
    await expect(api.sendMessage(42, "x", { link_preview_options: { is_disabled: true } })).rejects.toMatchObject({
      error_code: 400,
    });
    await expect(api.getUpdates({ timeout: 0, allowed_updates: ["message"] })).rejects.toMatchObject({
      error_code: 400,
    });
    // What Bale has is taken: a reply by reply_to_message_id.
    const reply = await api.raw.sendMessage({
      chat_id: 42,
      text: "re",
      reply_to_message_id: first.message_id,
    } as never);
    expect(reply.message_id).toBeGreaterThan(first.message_id);
  });

  it("answers setMyName and setMyDescription 501", async () => {
    await expect(apiOf(bale).setMyName("Kargoruh")).rejects.toMatchObject({ error_code: 501 });
    await expect(apiOf(bale).setMyDescription("…")).rejects.toMatchObject({ error_code: 501 });
  });

  it("answers an edit with a stub message (message_id 0), and the chat's message is edited", async () => {
    const api = apiOf(bale);
    const sent = await api.sendMessage(42, "before");
    const edited = await api.editMessageText(42, sent.message_id, "after");
    expect(edited).toMatchObject({ message_id: 0, text: "after" });
    expect(bale.messagesIn(42).find((m) => m.message_id === sent.message_id)?.text).toBe("after");
  });

  it("sends commands without a bot_command entity", () => {
    expect(bale.userMessage(user, "/help").message!.entities).toBeUndefined();
    expect(bale.userMessage(user, "/start tok").message!.text).toBe("/start tok");
  });

  it("Telegram mode is unchanged: HTML taken, edits answered with the message, commands with their entity", async () => {
    const api = apiOf(telegram);
    const sent = await api.sendMessage(42, "<b>x</b>", { parse_mode: "HTML" });
    expect(sent.text).toBe("x");
    expect((await api.editMessageText(42, sent.message_id, "y")) as { message_id: number }).toMatchObject({
      message_id: sent.message_id,
    });
    expect(telegram.userMessage(user, "/help").message!.entities).toEqual([
      { type: "bot_command", offset: 0, length: 5 },
    ]);
    expect(telegram.platform).toBe("telegram");
    expect(bale.platform).toBe("bale");
  });
});

describe("the emulator's Bale limits and unreliabilities", () => {
  const started: BotApiEmulator[] = [];
  afterAll(async () => {
    await Promise.all(started.map((e) => e.stop()));
  });
  async function bale(options: Omit<Parameters<typeof BotApiEmulator.start>[0] & object, "platform"> = {}) {
    const emu = await BotApiEmulator.start({ platform: "bale", ...options });
    started.push(emu);
    return { emu, api: new Api(emu.token, { apiRoot: emu.url }) };
  }
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: { error_code: number; description: string; parameters?: { retry_after?: number } }) => e,
    );

  it("20 sends a second overall: the 21st is refused, in turn as a 429, 'bot limit exceed' and 'local_rate_limited'", async () => {
    const { api, emu } = await bale({ enforceLimits: true });
    for (let chat = 1; chat <= 20; chat++) await api.sendMessage(chat, "x");
    const refusals = [];
    for (let chat = 21; chat <= 23; chat++) refusals.push(await failure(api.sendMessage(chat, "x")));
    expect(refusals.map((r) => [r?.error_code, r?.description])).toEqual([
      [429, expect.stringMatching(/^Too Many Requests: retry after \d+$/)],
      [400, "bot limit exceed"],
      [403, "local_rate_limited"],
    ]);
    expect(refusals[0]?.parameters?.retry_after).toBeGreaterThan(0);
    // Every one of them is "slow down" to the bot, not a refusal of the message.
    expect(refusals.every((r) => r !== undefined && isRateLimited(r))).toBe(true);
    expect(emu.stats().rejected429).toBe(3);
  });

  it("about 120 a minute to one group: the 121st within the minute is refused", async () => {
    const { api } = await bale({ enforceLimits: true, timeScale: 20 });
    let accepted = 0;
    let refused: unknown;
    // 3 ms apart at timeScale 20 is 60 emulated ms: under 20 a second overall, so only the group's minute counts.
    for (let i = 0; i < 125 && !refused; i++) {
      refused = await failure(api.sendMessage(-500, `m${i}`));
      if (!refused) accepted++;
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    expect(accepted).toBe(120);
    expect(refused).toBeDefined();
  });

  it("the bot's Bale transformer with auto-retry gets through all three kinds of refusal", async () => {
    const { api, emu } = await bale({ enforceLimits: true, timeScale: 10 });
    // As the bot installs them: the platform's transformer innermost, auto-retry around it.
    api.config.use(baleTransformer());
    api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 10 }));
    const sends = Array.from({ length: 24 }, (_, i) => api.sendMessage(100 + i, "x"));
    expect((await Promise.all(sends)).length).toBe(24);
    expect(emu.stats().rejected429).toBeGreaterThanOrEqual(3);
  }, 20_000);

  it("more methods can be answered 501, and edits of keyboard messages can fail, as reported of Bale", async () => {
    const { api } = await bale({ bale: { notImplemented: ["pinChatMessage"], keyboardEditsFail: true } });
    const keyboard = { inline_keyboard: [[{ text: "حاضرم", callback_data: "x" }]] };
    const withKeys = await api.sendMessage(-7, "حضور", { reply_markup: keyboard });
    expect(await failure(api.pinChatMessage(-7, withKeys.message_id))).toMatchObject({ error_code: 501 });
    expect(await failure(api.editMessageText(-7, withKeys.message_id, "حضور ۲"))).toMatchObject({
      error_code: 400,
      description: "Bad Request: message can't be edited",
    });
    const plain = await api.sendMessage(-7, "متن");
    expect(await api.editMessageText(-7, plain.message_id, "متن ۲")).toMatchObject({ message_id: 0 });
  });
});
