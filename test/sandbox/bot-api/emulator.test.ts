import { Bot, GrammyError, HttpError, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import {
  BotApiEmulator,
  type EmulatorOptions,
  makeCallback,
  makeDocumentMessage,
  makeGroupMessage,
  makeUserMessage,
} from "../../../src/sandbox/bot-api/emulator.ts";

const alice = { id: 1001, first_name: "Alice", language_code: "fa", username: "alice" };
const bob = { id: 1002, first_name: "Bob", language_code: "en" };
const group = { id: -4001, title: "Working group" };

let emulators: BotApiEmulator[] = [];

async function setup(options: EmulatorOptions = {}): Promise<{ emu: BotApiEmulator; bot: Bot }> {
  const emu = await BotApiEmulator.start(options);
  emulators.push(emu);
  const bot = new Bot(emu.token, { client: { apiRoot: emu.url } });
  return { emu, bot };
}

afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});

async function outcome<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}

function grammyError(e: unknown): GrammyError {
  expect(e).toBeInstanceOf(GrammyError);
  return e as GrammyError;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("BotApiEmulator basics", () => {
  it("answers getMe with the Kargoruh bot info", async () => {
    const { bot, emu } = await setup();
    await bot.init();
    expect(bot.botInfo).toMatchObject({
      id: 777000111,
      is_bot: true,
      first_name: "Kargoruh",
      username: "kargoruh_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    });
    expect(emu.calls[0]?.method).toBe("getMe");
  });

  it("records sendMessage and returns realistic messages with per-chat increasing ids", async () => {
    const { bot, emu } = await setup();
    const m1 = await bot.api.sendMessage(alice.id, "سلام", {
      reply_markup: { inline_keyboard: [[{ text: "ok", callback_data: "v:1" }]] },
    });
    const m2 = await bot.api.sendMessage(alice.id, "second");
    const g1 = await bot.api.sendMessage(group.id, "group hello");
    expect(m1.message_id).toBe(1);
    expect(m2.message_id).toBe(2);
    expect(g1.message_id).toBe(1);
    expect(m1.chat).toMatchObject({ id: alice.id, type: "private" });
    expect(g1.chat).toMatchObject({ id: group.id, type: "group" });
    expect(m1.from?.username).toBe("kargoruh_bot");
    expect(m1.text).toBe("سلام");
    expect(m1.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("ok");
    expect(typeof m1.date).toBe("number");

    expect(emu.calls.map((c) => c.method)).toEqual(["sendMessage", "sendMessage", "sendMessage"]);
    expect(emu.calls[0]).toMatchObject({ status: 200, ok: true, params: { chat_id: alice.id, text: "سلام" } });
    expect(emu.sent().map((m) => m.text)).toEqual(["سلام", "second", "group hello"]);
    expect(emu.sent(alice.id)).toHaveLength(2);
    expect(emu.lastSent(alice.id)?.text).toBe("second");
    expect(emu.stats().sends).toBe(3);
  });

  it("answers unknown methods with 404 Not Found", async () => {
    const { bot } = await setup();
    const r = await outcome(bot.api.raw.sendPhoto({ chat_id: 1, photo: "x" }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const e = grammyError(r.error);
      expect(e.error_code).toBe(404);
      expect(e.description).toBe("Not Found");
    }
  });

  it("records sendDocument uploads with file name, size and caption", async () => {
    const { bot, emu } = await setup();
    const content = Buffer.from("name,votes\nآزاده,3\n", "utf8");
    const msg = await bot.api.sendDocument(group.id, new InputFile(content, "report.csv"), {
      caption: "<b>Report</b> &amp; tallies",
      parse_mode: "HTML",
    });
    expect(msg.document).toMatchObject({ file_name: "report.csv", file_size: content.length, mime_type: "text/csv" });
    expect(msg.caption).toBe("Report & tallies");
    const call = emu.calls.find((c) => c.method === "sendDocument");
    const doc = call?.params.document as { filename: string; size: number; content: Buffer };
    expect(doc.filename).toBe("report.csv");
    expect(doc.size).toBe(content.length);
    expect(doc.content.equals(content)).toBe(true);
    expect(call?.params.caption).toBe("<b>Report</b> &amp; tallies");
    const sent = emu.lastSent(group.id);
    expect(sent).toMatchObject({ kind: "document", caption: "Report & tallies", raw: "<b>Report</b> &amp; tallies" });
    expect(sent?.upload?.filename).toBe("report.csv");

    // the bot can download what it uploaded (file_id reuse + getFile)
    const file = await bot.api.getFile(msg.document.file_id);
    const res = await fetch(`${emu.url}/file/bot${emu.token}/${file.file_path}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(content)).toBe(true);
  });
});

describe("permissions", () => {
  it("refuses a user who has not started the bot, and one who blocked it", async () => {
    const { bot, emu } = await setup({ requireStart: true });
    const first = await outcome(bot.api.sendMessage(alice.id, "hi"));
    expect(first.ok).toBe(false);
    if (!first.ok) {
      const e = grammyError(first.error);
      expect(e.error_code).toBe(403);
      expect(e.description).toBe("Forbidden: bot can't initiate conversation with a user");
    }
    // groups are not affected
    await bot.api.sendMessage(group.id, "hi all");

    emu.markStarted(alice.id);
    await bot.api.sendMessage(alice.id, "hi");

    // a message from the user starts the chat as well
    emu.pushUpdate(emu.userMessage(bob, "/start"));
    await bot.api.sendMessage(bob.id, "welcome");

    emu.block(alice.id);
    const blocked = await outcome(bot.api.sendMessage(alice.id, "still there?"));
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(grammyError(blocked.error).description).toBe("Forbidden: bot was blocked by the user");
    expect(emu.stats().rejected403).toBe(2);
    expect(emu.sent().map((m) => m.text)).toEqual(["hi all", "hi", "welcome"]);
  });

  it("reports group migration with migrate_to_chat_id and lack of pin rights", async () => {
    const { bot, emu } = await setup();
    const m = await bot.api.sendMessage(group.id, "to pin");
    emu.setBotAdmin(group.id, false);
    const pin = await outcome(bot.api.pinChatMessage(group.id, m.message_id));
    expect(pin.ok).toBe(false);
    if (!pin.ok) expect(grammyError(pin.error).description).toMatch(/not enough rights/);
    emu.setBotAdmin(group.id, true);
    await bot.api.pinChatMessage(group.id, m.message_id);
    expect(emu.messagesIn(group.id)[0]?.pinned).toBe(true);
    const chat = await bot.api.getChat(group.id);
    expect(chat.pinned_message?.message_id).toBe(m.message_id);
    await bot.api.unpinChatMessage(group.id);
    expect(emu.messagesIn(group.id)[0]?.pinned).toBe(false);

    emu.migrateChat(group.id, -1001234567890);
    const r = await outcome(bot.api.sendMessage(group.id, "x"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const e = grammyError(r.error);
      expect(e.error_code).toBe(400);
      expect(e.parameters.migrate_to_chat_id).toBe(-1001234567890);
    }
    const moved = await bot.api.sendMessage(-1001234567890, "x");
    expect(moved.chat.type).toBe("supergroup");
  });
});

describe("rate limits", () => {
  it("allows a burst of 3 to one private chat, then 429 with retry_after", async () => {
    const { bot, emu } = await setup({ enforceLimits: true });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => outcome(bot.api.sendMessage(alice.id, `m${i}`))),
    );
    const ok = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(2);
    for (const r of refused) {
      if (r.ok) continue;
      const e = grammyError(r.error);
      expect(e.error_code).toBe(429);
      expect(e.description).toMatch(/^Too Many Requests: retry after \d+$/);
      expect(e.parameters.retry_after).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(e.parameters.retry_after)).toBe(true);
    }
    // another chat is unaffected
    await bot.api.sendMessage(bob.id, "hello bob");
    const s = emu.stats();
    expect(s.rejected429).toBe(2);
    expect(s.sends).toBe(4);
    expect(s.perChatMaxPerSecond).toBe(3);
  });

  it("refills one message per (scaled) second for a private chat", async () => {
    const { bot } = await setup({ enforceLimits: true, timeScale: 5 });
    for (let i = 0; i < 3; i++) await bot.api.sendMessage(alice.id, `burst ${i}`);
    const refused = await outcome(bot.api.sendMessage(alice.id, "too soon"));
    expect(refused.ok).toBe(false);
    const retry = refused.ok ? 0 : (grammyError(refused.error).parameters.retry_after ?? 0);
    expect(retry).toBe(1);
    await sleep((retry * 1000) / 5 + 20); // 1 emulated second = 200 ms
    await bot.api.sendMessage(alice.id, "now fine");
  });

  it("limits a group to 20 messages per emulated minute (timeScale shortens the window)", async () => {
    const { bot, emu } = await setup({ enforceLimits: true, timeScale: 60 }); // 1 emulated minute = 1 s
    for (let i = 0; i < 20; i++) await bot.api.sendMessage(group.id, `g${i}`);
    const r = await outcome(bot.api.sendMessage(group.id, "twenty-first"));
    expect(r.ok).toBe(false);
    const e = grammyError(r.ok ? undefined : r.error);
    expect(e.error_code).toBe(429);
    const retry = e.parameters.retry_after ?? 0;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60); // emulated seconds
    await sleep((retry * 1000) / 60 + 20);
    await bot.api.sendMessage(group.id, "after the window");
    const s = emu.stats();
    expect(s.perGroupMaxPerMinute).toBe(20);
    expect(s.rejected429).toBe(1);
  });

  it("limits all chats together to 30 per second", async () => {
    const { bot, emu } = await setup({ enforceLimits: true });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => outcome(bot.api.sendMessage(50_000 + i, "broadcast"))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(emu.stats()).toMatchObject({ rejected429: 10, globalMaxPerSecond: 30, perChatMaxPerSecond: 1 });
  });

  it("counts edits against the chat's limit", async () => {
    const { bot, emu } = await setup({ enforceLimits: true });
    const m = await bot.api.sendMessage(alice.id, "tally 0");
    await bot.api.editMessageText(alice.id, m.message_id, "tally 1");
    await bot.api.editMessageText(alice.id, m.message_id, "tally 2");
    const r = await outcome(bot.api.editMessageText(alice.id, m.message_id, "tally 3"));
    expect(r.ok).toBe(false);
    expect(emu.stats()).toMatchObject({ sends: 1, edits: 2, rejected429: 1 });
  });

  it("handles thousands of concurrent sends without limits", async () => {
    const { bot, emu } = await setup();
    const chats = 50;
    const perChat = 40;
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: chats * perChat }, (_, i) => bot.api.sendMessage(70_000 + (i % chats), `n${i}`)),
    );
    const elapsed = performance.now() - started;
    expect(results).toHaveLength(chats * perChat);
    for (let c = 0; c < chats; c++) {
      const ids = emu.sent(70_000 + c).map((m) => m.message_id);
      expect(ids).toEqual(Array.from({ length: perChat }, (_, i) => i + 1));
    }
    expect(emu.stats().sends).toBe(chats * perChat);
    expect(elapsed).toBeLessThan(15_000);
  });
});

describe("validation", () => {
  it("detects HTML parse errors", async () => {
    const { bot, emu } = await setup();
    const ok = await bot.api.sendMessage(
      alice.id,
      '<b>bold</b> &amp; <i>it</i> <a href="https://t.me/x?a=1&amp;b=2">l</a> 3 > 2',
      {
        parse_mode: "HTML",
      },
    );
    expect(ok.text).toBe("bold & it l 3 > 2");
    expect(ok.entities).toEqual([
      { type: "bold", offset: 0, length: 4 },
      { type: "italic", offset: 7, length: 2 },
      { type: "text_link", offset: 10, length: 1, url: "https://t.me/x?a=1&b=2" },
    ]);
    for (const bad of ["a < b", "Tom & Jerry", "<b>unclosed", "<b><i>x</b></i>", "<foo>x</foo>", "x</b>", "<br>"]) {
      const r = await outcome(bot.api.sendMessage(alice.id, bad, { parse_mode: "HTML" }));
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        const e = grammyError(r.error);
        expect(e.error_code).toBe(400);
        expect(e.description).toMatch(/^Bad Request: can't parse entities: /);
      }
    }
    // without parse_mode the same text is fine
    await bot.api.sendMessage(alice.id, "a < b & c");
    expect(emu.sent(alice.id)).toHaveLength(2);
  });

  it("rejects empty and too long texts", async () => {
    const { bot } = await setup();
    const long = await outcome(bot.api.sendMessage(alice.id, "x".repeat(4097)));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(grammyError(long.error).description).toBe("Bad Request: message is too long");
    await bot.api.sendMessage(alice.id, "x".repeat(4096));
    // length counts after entity parsing
    await bot.api.sendMessage(alice.id, `<b>${"&amp;".repeat(4096)}</b>`, { parse_mode: "HTML" });
    const empty = await outcome(bot.api.sendMessage(alice.id, ""));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(grammyError(empty.error).description).toBe("Bad Request: message text is empty");
  });

  it("rejects callback_data over 64 bytes", async () => {
    const { bot } = await setup();
    const r = await outcome(
      bot.api.sendMessage(alice.id, "vote", {
        reply_markup: { inline_keyboard: [[{ text: "بله", callback_data: "رای".repeat(11) }]] },
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(grammyError(r.error).description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("edits messages, reports 'not modified' and tracks the current state", async () => {
    const { bot, emu } = await setup();
    const kb = { inline_keyboard: [[{ text: "Yes (0)", callback_data: "y" }]] };
    const m = await bot.api.sendMessage(group.id, "Vote", { reply_markup: kb });
    const same = await outcome(bot.api.editMessageText(group.id, m.message_id, "Vote", { reply_markup: kb }));
    expect(same.ok).toBe(false);
    if (!same.ok) expect(grammyError(same.error).description).toMatch(/^Bad Request: message is not modified/);

    const kb1 = { inline_keyboard: [[{ text: "Yes (1)", callback_data: "y" }]] };
    await bot.api.editMessageReplyMarkup(group.id, m.message_id, { reply_markup: kb1 });
    const edited = await bot.api.editMessageText(group.id, m.message_id, "Vote closed");
    expect(edited).toMatchObject({ text: "Vote closed" });
    expect((edited as { reply_markup?: unknown }).reply_markup).toBeUndefined();

    const now = emu.messagesIn(group.id);
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ text: "Vote closed", edit_count: 2 });
    expect(emu.sent(group.id)[0]?.text).toBe("Vote"); // as sent

    const missing = await outcome(bot.api.editMessageText(group.id, 999, "x"));
    expect(missing.ok).toBe(false);
    await bot.api.deleteMessage(group.id, m.message_id);
    expect(emu.messagesIn(group.id)).toHaveLength(0);
  });
});

describe("commands and chats", () => {
  it("stores commands per scope and language", async () => {
    const { bot, emu } = await setup();
    await bot.api.setMyCommands([{ command: "start", description: "شروع" }], {
      scope: { type: "all_private_chats" },
      language_code: "fa",
    });
    await bot.api.setMyCommands([{ command: "start", description: "Start" }], { scope: { type: "all_private_chats" } });
    await bot.api.setMyCommands([{ command: "agenda", description: "Agenda" }], {
      scope: { type: "chat_administrators", chat_id: group.id },
      language_code: "en",
    });
    expect(emu.commands("all_private_chats", "fa")).toEqual([{ command: "start", description: "شروع" }]);
    expect(emu.commands("all_private_chats")).toEqual([{ command: "start", description: "Start" }]);
    expect(emu.commands({ type: "chat_administrators", chat_id: group.id }, "en")?.[0]?.command).toBe("agenda");
    expect(emu.commands("default")).toBeUndefined();
    expect(await bot.api.getMyCommands({ scope: { type: "all_private_chats" }, language_code: "fa" })).toHaveLength(1);
    expect(await bot.api.getMyCommands()).toEqual([]);
    const bad = await outcome(bot.api.setMyCommands([{ command: "Bad-Name", description: "x" }]));
    expect(bad.ok).toBe(false);
  });

  it("answers getChat, getChatMember, sendChatAction, setChatMenuButton and callbacks", async () => {
    const { bot, emu } = await setup();
    emu.registerChat(group);
    emu.setMember(group.id, alice.id, "creator");
    expect(await bot.api.getChat(group.id)).toMatchObject({ id: group.id, type: "group", title: "Working group" });
    expect((await bot.api.getChatMember(group.id, alice.id)).status).toBe("creator");
    expect((await bot.api.getChatMember(group.id, bob.id)).status).toBe("member");
    expect((await bot.api.getChatMember(group.id, emu.botInfo.id)).status).toBe("administrator");
    expect(await bot.api.sendChatAction(alice.id, "typing")).toBe(true);
    expect(await bot.api.setChatMenuButton({ menu_button: { type: "commands" } })).toBe(true);
    expect(emu.menuButton()).toEqual({ type: "commands" });

    const m = await bot.api.sendMessage(group.id, "Vote", {
      reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "v:1:y" }]] },
    });
    const update = emu.callback(bob, emu.lastSent(group.id) ?? m, "v:1:y");
    expect(update.callback_query).toMatchObject({
      from: { id: bob.id },
      data: "v:1:y",
      message: { message_id: m.message_id },
    });
    const id = update.callback_query?.id ?? "";
    expect(await bot.api.answerCallbackQuery(id, { text: "Counted" })).toBe(true);
    expect(emu.callbackAnswers.get(id)?.text).toBe("Counted");
    const twice = await outcome(bot.api.answerCallbackQuery(id));
    expect(twice.ok).toBe(false);
  });
});

describe("updates", () => {
  it("long-polls: getUpdates waits for a pushed update and confirms by offset", async () => {
    const { bot, emu } = await setup();
    const t0 = Date.now();
    const pending = bot.api.getUpdates({ timeout: 10 });
    setTimeout(() => emu.pushUpdate(emu.userMessage(alice, "/start")), 50);
    const updates = await pending;
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(updates).toHaveLength(1);
    const u = updates[0] as Update;
    expect(u.message?.text).toBe("/start");
    expect(u.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);

    // unconfirmed: delivered again
    expect(await bot.api.getUpdates({ timeout: 0 })).toHaveLength(1);
    // confirmed by offset: dropped
    expect(await bot.api.getUpdates({ offset: u.update_id + 1, timeout: 0 })).toEqual([]);
    expect(emu.pendingUpdates).toBe(0);

    // limit and allowed_updates
    emu.pushUpdate(emu.userMessage(alice, "a"));
    emu.pushUpdate(emu.userMessage(alice, "b"));
    emu.pushUpdate(emu.callback(alice, emu.sent(alice.id)[0] ?? makeUserMessage(1, alice, "x").message!, "d"));
    expect(await bot.api.getUpdates({ limit: 1 })).toHaveLength(1);
    const onlyCallbacks = await bot.api.getUpdates({ allowed_updates: ["callback_query"] });
    expect(onlyCallbacks.map((x) => Object.keys(x).find((k) => k !== "update_id"))).toEqual(["callback_query"]);
  });

  it("times out with [] and returns right away on timeout 0", async () => {
    const { bot } = await setup();
    const t0 = Date.now();
    expect(await bot.api.getUpdates({ timeout: 1 })).toEqual([]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(await bot.api.getUpdates({ timeout: 0 })).toEqual([]);
  });

  it("delivers updates to bot.start() polling and records the replies", async () => {
    const { bot, emu } = await setup();
    bot.command("start", (ctx) => ctx.reply(`Hello ${ctx.from?.first_name}`));
    bot.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: `got ${ctx.callbackQuery.data}` }));
    const running = bot.start({ drop_pending_updates: false, timeout: 5 });
    emu.pushUpdate(emu.userMessage(alice, "/start@kargoruh_bot"));
    const [reply] = await emu.waitForSent(alice.id, 1);
    expect(reply?.text).toBe("Hello Alice");
    emu.pushUpdate(emu.callback(alice, reply!, "x"));
    const answer = await emu.waitFor((c) => c.method === "answerCallbackQuery");
    expect(answer.params.text).toBe("got x");
    await bot.stop();
    await running;
    expect(emu.pendingUpdates).toBe(0); // bot.stop() confirmed the offset
  });

  it("409 when a second poller competes, and when a webhook is set", async () => {
    const { bot, emu } = await setup();
    const first = outcome(bot.api.getUpdates({ timeout: 5 }));
    await sleep(50);
    const second = bot.api.getUpdates({ timeout: 0 });
    expect(await second).toEqual([]);
    const pending = bot.api.getUpdates({ timeout: 5 });
    const r = await first;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(grammyError(r.error).error_code).toBe(409);
    await bot.api.setWebhook("https://example.org/hook", { secret_token: "s3cret" });
    await expect(pending).rejects.toBeInstanceOf(GrammyError);
    expect(emu.webhook?.secret_token).toBe("s3cret");
    expect((await bot.api.getWebhookInfo()).url).toBe("https://example.org/hook");
    await expect(bot.api.getUpdates()).rejects.toThrow(/webhook is active/);
    await bot.api.deleteWebhook();
    expect(await bot.api.getUpdates()).toEqual([]);
  });

  it("stop() ends pending long polls quickly", async () => {
    const emu = await BotApiEmulator.start();
    const bot = new Bot(emu.token, { client: { apiRoot: emu.url } });
    const poll = outcome(bot.api.getUpdates({ timeout: 30 }));
    await sleep(50);
    const t0 = Date.now();
    await emu.stop();
    const r = await poll;
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(r).toEqual({ ok: true, value: [] });
  });

  it("waitFor rejects with the recent calls listed", async () => {
    const { bot, emu } = await setup();
    await bot.api.sendMessage(alice.id, "only this");
    await expect(emu.waitFor((c) => c.method === "deleteMessage", 100)).rejects.toThrow(
      /timed out after 100 ms[\s\S]*sendMessage\(chat_id=1001, "only this"\) → 200/,
    );
  });
});

describe("faults", () => {
  async function run(seed: number): Promise<string[]> {
    const { bot, emu } = await setup({ faults: { rate: 0.3, kinds: ["429", "502", "network"], seed } });
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      const r = await outcome(bot.api.sendMessage(alice.id, `m${i}`));
      if (r.ok) seen.push("ok");
      else if (r.error instanceof HttpError) seen.push("network");
      else {
        const e = grammyError(r.error);
        seen.push(String(e.error_code));
        if (e.error_code === 429) expect(e.parameters.retry_after).toBe(1);
        if (e.error_code === 502) expect(e.description).toBe("Bad Gateway");
      }
    }
    const s = emu.stats();
    expect(s.faults).toBe(seen.filter((x) => x !== "ok").length);
    expect(s.sends).toBe(seen.filter((x) => x === "ok").length);
    expect(emu.sent(alice.id)).toHaveLength(s.sends);
    // getMe and other methods are never faulted
    await bot.api.getMe();
    return seen;
  }

  it("injects faults at the configured rate, deterministically for a seed", async () => {
    const a = await run(42);
    const b = await run(42);
    const c = await run(7);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const faults = a.filter((x) => x !== "ok");
    expect(faults.length).toBeGreaterThanOrEqual(6);
    expect(faults.length).toBeLessThanOrEqual(32);
    expect(new Set(faults)).toEqual(new Set(["429", "502", "network"]));
  });
});

describe("plain builders", () => {
  it("build realistic updates usable with bot.handleUpdate", async () => {
    const { bot, emu } = await setup();
    const seen: string[] = [];
    bot.command("help", (ctx) => {
      seen.push(`help:${ctx.chat.type}`);
    });
    bot.on("callback_query:data", (ctx) => {
      seen.push(`cb:${ctx.callbackQuery.data}`);
    });
    bot.on("message:document", (ctx) => {
      seen.push(`doc:${ctx.message.document.file_name}:${ctx.message.caption}`);
    });
    await bot.init();

    const u1 = makeUserMessage(1, alice, "/help@kargoruh_bot now");
    expect(u1.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 18 }]);
    expect(u1.message?.from).toEqual({
      id: alice.id,
      is_bot: false,
      first_name: "Alice",
      username: "alice",
      language_code: "fa",
    });
    const u2 = makeGroupMessage(2, bob, group, "/help");
    expect(u2.message?.chat).toEqual({ id: group.id, type: "group", title: "Working group" });
    const u3 = makeCallback(3, bob, u2.message!, "v:9");
    expect(u3.callback_query?.chat_instance).toMatch(/^-?\d+$/);
    const u4 = makeDocumentMessage(4, alice, "minutes.pdf", "Minutes");
    expect(u4.message?.document?.mime_type).toBe("application/pdf");
    const u5 = makeGroupMessage(5, bob, { id: -1009876543210, title: "Super" }, "hi", { asAnonymousAdmin: true });
    expect(u5.message?.chat.type).toBe("supergroup");
    expect(u5.message?.from?.id).toBe(1087968824);
    expect(u5.message?.sender_chat?.id).toBe(-1009876543210);

    for (const u of [u1, u2, u3, u4]) await bot.handleUpdate(u);
    expect(seen).toEqual(["help:private", "help:group", "cb:v:9", "doc:minutes.pdf:Minutes"]);

    // instance builders allocate update ids and per-chat message ids
    const e1 = emu.userMessage(alice, "a");
    const e2 = emu.userMessage(alice, "b");
    expect(e2.update_id).toBe(e1.update_id + 1);
    expect(e2.message?.message_id).toBe((e1.message?.message_id ?? 0) + 1);
    const d = emu.documentMessage(alice, "list.csv", "import", { content: "a,b\n" });
    const file = await bot.api.getFile(d.message?.document?.file_id ?? "");
    expect(file.file_size).toBe(4);
  });
});

describe("latency and webhooks", () => {
  it("delays answers by latencyMs and stop() does not wait for it", async () => {
    const { bot, emu } = await setup({ latencyMs: 80 });
    const t0 = Date.now();
    await bot.api.sendMessage(alice.id, "slow");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(70);
    const pending = outcome(bot.api.sendMessage(alice.id, "never answered"));
    await sleep(10);
    const t1 = Date.now();
    await emu.stop();
    expect(Date.now() - t1).toBeLessThan(500);
    expect((await pending).ok).toBe(false);
  });

  it("delivers an update to a webhook with the secret and executes a webhook reply", async () => {
    const { createServer } = await import("node:http");
    const { emu, bot } = await setup();
    const seen: Array<{ secret: string | undefined; update: Update }> = [];
    const hook = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => {
        body += c.toString();
      });
      req.on("end", () => {
        seen.push({
          secret: req.headers["x-telegram-bot-api-secret-token"] as string | undefined,
          update: JSON.parse(body),
        });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ method: "sendMessage", chat_id: alice.id, text: "via webhook reply" }));
      });
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", () => r()));
    const port = (hook.address() as { port: number }).port;
    try {
      await bot.api.setWebhook(`http://127.0.0.1:${port}/hook`, { secret_token: "abc_123" });
      const { status } = await emu.deliverToWebhook(emu.userMessage(alice, "/start"));
      expect(status).toBe(200);
      expect(seen[0]?.secret).toBe("abc_123");
      expect(seen[0]?.update.message?.text).toBe("/start");
      expect(emu.lastSent(alice.id)?.text).toBe("via webhook reply");
    } finally {
      await new Promise<void>((r) => hook.close(() => r()));
    }
  });
});

describe("what the sandbox's page reads", () => {
  it("commandMenu resolves the scopes as Telegram does (chat, then all private or all group chats, then default; the person's language first)", async () => {
    const { emu, bot } = await setup();
    const set = (command: string, scope: Record<string, unknown>, language_code?: string) =>
      bot.api.setMyCommands(
        [{ command, description: command }],
        (language_code ? { scope, language_code } : { scope }) as unknown as Parameters<
          typeof bot.api.setMyCommands
        >[1],
      );
    await set("start", { type: "default" });
    await set("help", { type: "all_private_chats" });
    await set("komak", { type: "all_private_chats" }, "fa");
    await set("me", { type: "chat", chat_id: alice.id }, "fa");
    await set("vote", { type: "all_group_chats" });
    const menu = (chat: number, user: number, lang: string) => emu.commandMenu(chat, user, lang).map((c) => c.command);
    expect(menu(alice.id, alice.id, "fa")).toEqual(["me"]);
    expect(menu(alice.id, alice.id, "en"), "the chat's menu was set in Persian only").toEqual(["help"]);
    expect(menu(bob.id, bob.id, "fa")).toEqual(["komak"]);
    expect(menu(bob.id, bob.id, "en")).toEqual(["help"]);
    expect(menu(group.id, bob.id, "fa")).toEqual(["vote"]);
    await bot.api.deleteMyCommands({ scope: { type: "all_group_chats" } });
    expect(menu(group.id, bob.id, "fa")).toEqual(["start"]);
  });

  it("observe sees every answered call until it is stopped", async () => {
    const { emu, bot } = await setup();
    const seen: string[] = [];
    const stop = emu.observe((call) => seen.push(`${call.method}:${call.ok}`));
    await bot.api.sendMessage(alice.id, "one");
    await expect(bot.api.sendMessage(alice.id, "")).rejects.toThrow(GrammyError);
    stop();
    await bot.api.sendMessage(alice.id, "two");
    expect(seen).toEqual(["sendMessage:true", "sendMessage:false"]);
  });
});
