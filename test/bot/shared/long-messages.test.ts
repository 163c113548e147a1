import { Composer, InlineKeyboard } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../../../src/bot/context.ts";
import { TELEGRAM_TEXT_LIMIT } from "../../../src/domain/text.ts";
import { BotHarness, buttonsOf, persian } from "../../helpers/bot-harness.ts";

/** A reply as long as a big group's minutes draft: 300 numbered lines of Persian text, about 15,000 characters. */
const LONG = Array.from({ length: 300 }, (_, i) => `${i + 1}. بند صورتجلسه درباره بازآفرینی بافت تاریخی محله`).join(
  "\n",
);

describe("every direct reply arrives, whatever its length", () => {
  let h: BotHarness;
  beforeAll(async () => {
    const probe = new Composer<BotContext>();
    probe.command("long", (ctx) =>
      ctx.reply(LONG, { reply_markup: new InlineKeyboard().text("✍️ امضا", "probe:sign") }),
    );
    probe.command("longhtml", (ctx) =>
      ctx.reply(
        Array.from(
          { length: 200 },
          (_, i) => `<b>بند ${i + 1}</b> <a href="https://example.org/${i}">پیوند</a> متن بند`,
        ).join(" "),
        { parse_mode: "HTML" },
      ),
    );
    h = await BotHarness.create(undefined, [probe]);
  });
  afterAll(() => h.close());

  it("a reply over 4,096 characters goes as consecutive messages split at line ends, with the buttons on the last", async () => {
    const sent = await h.say(persian(5001), "/long");
    expect(sent.length).toBeGreaterThan(3);
    for (const message of sent) expect(message.text!.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(sent.map((m) => m.text).join("\n")).toBe(LONG);
    expect(sent.slice(0, -1).every((m) => buttonsOf(m).length === 0)).toBe(true);
    expect(buttonsOf(sent.at(-1)!).map((b) => b.callback_data)).toEqual(["probe:sign"]);
  });

  it("HTML is never cut inside a tag", async () => {
    const sent = await h.say(persian(5002), "/longhtml");
    expect(sent.length).toBeGreaterThan(1);
    for (const message of sent) expect(message.text!.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
  });
});
