import { Bot, type Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { orderingKeys, orderUpdates } from "../../../src/bot/middleware/order-updates.ts";

// Only what grammY reads to route updates; the rest of getMe's answer does not matter here.
const botInfo = { id: 1, is_bot: true, first_name: "Kargoruh", username: "kargoruh_bot" } as UserFromGetMe;

let nextUpdateId = 1;
function message(chatId: number, userId: number, text: string): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: 0,
      text,
      chat: chatId > 0 ? { id: chatId, type: "private", first_name: "P" } : { id: chatId, type: "group", title: "G" },
      from: { id: userId, is_bot: false, first_name: "P" },
    },
  } as Update;
}

/**
 * A bot whose handler waits until released by text; `log` records starts and ends. Updates are handed in concurrently,
 * as the runner and the webhook server do.
 */
function harness() {
  const log: string[] = [];
  const gates = new Map<string, () => void>();
  const started = new Map<string, () => void>();
  const startedPromises = new Map<string, Promise<void>>();
  const bot = new Bot<Context>("1:test", { botInfo });
  bot.use(orderUpdates());
  bot.on("message:text", async (ctx) => {
    const text = ctx.message.text;
    log.push(`start ${text}`);
    started.get(text)?.();
    await new Promise<void>((resolve) => gates.set(text, resolve));
    log.push(`end ${text}`);
  });
  return {
    log,
    handle: (update: Update) => bot.handleUpdate(update),
    whenStarted(text: string): Promise<void> {
      const promise = new Promise<void>((resolve) => started.set(text, resolve));
      startedPromises.set(text, promise);
      return promise;
    },
    async release(text: string): Promise<void> {
      for (let i = 0; i < 50 && !gates.has(text); i++) await new Promise((resolve) => setTimeout(resolve, 1));
      gates.get(text)?.();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("updates handled concurrently, in order per chat and per person", () => {
  it("keys an update by its chat and its sender, one without a chat by its sender alone", () => {
    const ctxOf = (update: Update) =>
      ({ chatId: update.message?.chat.id, from: update.message?.from }) as unknown as Context;
    expect(orderingKeys(ctxOf(message(-100, 7, "a")))).toEqual(["chat:-100", "user:7"]);
    expect(orderingKeys({ chatId: undefined, from: { id: 9 } } as unknown as Context)).toEqual(["user:9"]);
    expect(orderingKeys({ chatId: undefined, from: undefined } as unknown as Context)).toEqual([]);
  });

  it("a wait in one chat holds no other chat: the second chat's update starts and ends while the first still waits", async () => {
    const h = harness();
    const slowStarted = h.whenStarted("slow");
    const slow = h.handle(message(-100, 1, "slow"));
    await slowStarted;
    const fast = h.handle(message(-200, 2, "fast"));
    await h.release("fast");
    await fast;
    expect(h.log).toEqual(["start slow", "start fast", "end fast"]);
    await h.release("slow");
    await slow;
  });

  it("the same chat's updates run one after another, in the order they arrived, whoever sent them", async () => {
    const h = harness();
    const first = h.handle(message(-100, 1, "first"));
    const second = h.handle(message(-100, 2, "second"));
    await tick();
    expect(h.log).toEqual(["start first"]);
    await h.release("first");
    await first;
    await h.release("second");
    await second;
    expect(h.log).toEqual(["start first", "end first", "start second", "end second"]);
  });

  it("one person's updates stay in order across chats: their group command waits for their private answer", async () => {
    const h = harness();
    const inPrivate = h.handle(message(5, 5, "private"));
    const inGroup = h.handle(message(-300, 5, "group"));
    await tick();
    expect(h.log).toEqual(["start private"]);
    await h.release("private");
    await h.release("group");
    await Promise.all([inPrivate, inGroup]);
    expect(h.log).toEqual(["start private", "end private", "start group", "end group"]);
  });

  it("a failing update does not stop the next one of its chat", async () => {
    const bot = new Bot<Context>("1:test", { botInfo });
    const seen: string[] = [];
    bot.use(orderUpdates());
    bot.on("message:text", (ctx) => {
      seen.push(ctx.message.text);
      if (ctx.message.text === "boom") throw new Error("boom");
    });
    const failing = bot.handleUpdate(message(-100, 1, "boom"));
    const next = bot.handleUpdate(message(-100, 2, "after"));
    await expect(failing).rejects.toThrow("boom");
    await next;
    expect(seen).toEqual(["boom", "after"]);
  });
});
