import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type Transformer } from "grammy";
import { describe, expect, it } from "vitest";
import { BALE_LIMIT_RETRY_SECONDS, baleTransformer, isAnswerableCallbackId } from "../../src/platform/bale-api.ts";

type Call = { method: string; payload: Record<string, unknown> };
type Answer =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: object };

/**
 * An Api whose network is a script: every call is recorded as it would reach the Bot API, and answered by `answer`.
 * Transformers installed after the network stand where they stand in the bot (the platform's innermost).
 */
function scriptedApi(answer: (call: Call) => Answer = () => ({ ok: true, result: true })) {
  const calls: Call[] = [];
  const network: Transformer = async (_prev, method, payload) => {
    const call = { method, payload: { ...(payload as Record<string, unknown>) } };
    calls.push(call);
    return answer(call) as never;
  };
  const api = new Api("123:ABCDEFGHIJKLMNOPQRSTUVWXYZ", { apiRoot: "http://127.0.0.1:9" });
  api.config.use(network);
  api.config.use(baleTransformer());
  return { api, calls };
}

const SENT = { ok: true as const, result: { message_id: 7, date: 0, chat: { id: 5, type: "private" }, text: "x" } };

describe("the Bale transformer rewrites what the bot sends into what Bale's Bot API takes", () => {
  it("an HTML message: parse_mode and entities gone, the text rendered plain with its link", async () => {
    const { api, calls } = scriptedApi(() => SENT);
    await api.sendMessage(
      -100,
      '<b>جلسهٔ کارگروه</b> &amp; <i>دستور</i>: <a href="https://ble.ir/kargoruh_bot?start=tok&amp;x=1">پیوند</a>',
      { parse_mode: "HTML", link_preview_options: { is_disabled: true }, message_thread_id: 3 },
    );
    expect(calls).toEqual([
      {
        method: "sendMessage",
        payload: { chat_id: -100, text: "جلسهٔ کارگروه & دستور: پیوند (https://ble.ir/kargoruh_bot?start=tok&x=1)" },
      },
    ]);
  });

  it("a keyboard message in reply: reply_parameters becomes reply_to_message_id, the keyboard is kept", async () => {
    const { api, calls } = scriptedApi(() => SENT);
    const keyboard = { inline_keyboard: [[{ text: "بله", callback_data: "r:1:y" }]] };
    await api.sendMessage(5, "حاضرید؟ <b>نه</b> & 1 < 2", {
      reply_markup: keyboard,
      reply_parameters: { message_id: 41, allow_sending_without_reply: true },
      entities: [{ type: "bold", offset: 0, length: 5 }],
    });
    // Without parse_mode the text is already plain: a person's "<b>" or "&" is theirs and stays.
    expect(calls[0]).toEqual({
      method: "sendMessage",
      payload: { chat_id: 5, text: "حاضرید؟ <b>نه</b> & 1 < 2", reply_markup: keyboard, reply_to_message_id: 41 },
    });
  });

  it("an edit and a document caption in HTML are rendered too", async () => {
    const { api, calls } = scriptedApi(() => SENT);
    await api.editMessageText(-100, 9, "<b>رأی</b>: ۳ &gt; ۲", { parse_mode: "HTML" });
    await api.sendDocument(-100, "file-id", { caption: "<i>صورت‌جلسه</i>", parse_mode: "HTML", caption_entities: [] });
    expect(calls.map((c) => c.payload)).toEqual([
      { chat_id: -100, message_id: 9, text: "رأی: ۳ > ۲" },
      { chat_id: -100, document: "file-id", caption: "صورت‌جلسه" },
    ]);
  });

  it("HTML Telegram would refuse is answered with Telegram's 400 and never reaches Bale", async () => {
    const { api, calls } = scriptedApi(() => SENT);
    await expect(api.sendMessage(5, "<b>باز", { parse_mode: "HTML" })).rejects.toMatchObject({
      error_code: 400,
      description: expect.stringMatching(/^Bad Request: can't parse entities: /),
    });
    expect(calls).toEqual([]);
  });

  it("a 501 (a method Bale lacks) comes back as a 400 refusal, so it is not retried as a server error", async () => {
    const { api, calls } = scriptedApi(() => ({ ok: false, error_code: 501, description: "Not Implemented" }));
    api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 }));
    await expect(api.pinChatMessage(-5, 9)).rejects.toMatchObject({
      error_code: 400,
      description: "Bad Request: not implemented: pinChatMessage",
    });
    expect(calls).toHaveLength(1);
  });

  it("getUpdates goes without allowed_updates", async () => {
    const { api, calls } = scriptedApi(() => ({ ok: true, result: [] }));
    await api.getUpdates({ offset: 3, timeout: 30, allowed_updates: ["message", "callback_query"] });
    expect(calls[0]!.payload).toEqual({ offset: 3, timeout: 30 });
  });

  it("setMyName and setMyDescription are not called (Bale answers 501), and are reported done", async () => {
    const { api, calls } = scriptedApi(() => ({ ok: false, error_code: 501, description: "Not Implemented" }));
    await expect(api.setMyName("کارگروه")).resolves.toBe(true);
    await expect(api.setMyDescription("…")).resolves.toBe(true);
    expect(calls).toEqual([]);
    // Anything else still reaches Bale, and its refusal still reaches the bot.
    await expect(api.setMyCommands([{ command: "help", description: "help" }])).rejects.toThrow(
      "not implemented: setMyCommands",
    );
    expect(calls.map((c) => c.method)).toEqual(["setMyCommands"]);
  });

  it("a press from an old Bale client (query id starting with 1) is not answered; others are, with the alert", async () => {
    const { api, calls } = scriptedApi();
    await expect(api.answerCallbackQuery("1234", { text: "x" })).resolves.toBe(true);
    await api.answerCallbackQuery("9876", { text: "ثبت شد", show_alert: true });
    expect(calls).toEqual([
      { method: "answerCallbackQuery", payload: { callback_query_id: "9876", text: "ثبت شد", show_alert: true } },
    ]);
    expect(isAnswerableCallbackId("1")).toBe(false);
    expect(isAnswerableCallbackId("2")).toBe(true);
    expect(isAnswerableCallbackId(undefined)).toBe(false);
  });

  it("'bot limit exceed' comes back as a 429 with a pause, so auto-retry sends again", async () => {
    let refusals = 1;
    const { api, calls } = scriptedApi(() =>
      refusals-- > 0 ? { ok: false, error_code: 400, description: "bot limit exceed" } : SENT,
    );
    api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 }));
    const started = Date.now();
    expect((await api.sendMessage(5, "hi")).message_id).toBe(7);
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(BALE_LIMIT_RETRY_SECONDS * 1000 - 50);
  }, 10_000);

  it("'local_rate_limited' keeps Bale's own retry_after; other errors are left as they are", async () => {
    const answers: Answer[] = [
      { ok: false, error_code: 403, description: "local_rate_limited", parameters: { retry_after: 9 } },
      { ok: false, error_code: 400, description: "Bad Request: chat not found" },
    ];
    const { api } = scriptedApi(() => answers.shift()!);
    await expect(api.sendMessage(5, "a")).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 9 } });
    await expect(api.sendMessage(5, "b")).rejects.toMatchObject({ error_code: 400 });
  });
});
