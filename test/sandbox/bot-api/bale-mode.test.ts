import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
