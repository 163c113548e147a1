import { Composer, InlineKeyboard } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../../../src/bot/context.ts";
import { TELEGRAM_ALERT_LIMIT } from "../../../src/domain/text.ts";
import { BotHarness, english } from "../../helpers/bot-harness.ts";
import { COMMITTEE_CHAT } from "../../helpers/rosters.ts";

/** A refusal as long as the English B4 one that once showed nothing: it cites the rule and says who may act. */
const LONG_REASON =
  "By bylaw rule 4 meetings are convened by the working group's secretary; in this bot the chair may also convene, reschedule or cancel in the secretary's place. You are neither this working group's secretary nor its chair.";

describe("every refusal shown on a press arrives, whatever its length", () => {
  let h: BotHarness;
  beforeAll(async () => {
    const probe = new Composer<BotContext>();
    probe.command("post", (ctx) =>
      ctx.reply("…", { reply_markup: new InlineKeyboard().text("Cancel", "probe:long").text("Short", "probe:short") }),
    );
    probe.callbackQuery("probe:long", (ctx) => ctx.answerCallbackQuery({ text: LONG_REASON, show_alert: true }));
    probe.callbackQuery("probe:short", (ctx) => ctx.answerCallbackQuery({ text: "Counted" }));
    h = await BotHarness.create(undefined, [probe]);
  });
  afterAll(() => h.close());

  const answerTo = (callbackId: string) =>
    (h.emulator.callbackAnswers.get(callbackId) as { text?: string } | undefined)?.text;

  it("an alert over 200 characters is shown clipped, and the whole reason reaches the presser privately, not the group", async () => {
    expect(LONG_REASON.length).toBeGreaterThan(TELEGRAM_ALERT_LIMIT);
    const member = english(5101);
    await h.say(member, "/start");
    const [post] = await h.say(member, "/post", { id: COMMITTEE_CHAT, type: "supergroup" });
    const press = h.emulator.callback(member, post!, "probe:long");
    const sent = await h.handle(press);
    const shown = answerTo(press.callback_query!.id)!;
    expect(shown.length).toBeLessThanOrEqual(TELEGRAM_ALERT_LIMIT);
    expect(shown.endsWith("…")).toBe(true);
    expect(LONG_REASON.startsWith(shown.slice(0, -1))).toBe(true);
    expect(sent.map((m) => [m.chat_id, m.text])).toEqual([[member.id, LONG_REASON]]);
  });

  it("a short answer is left as it is, with no message", async () => {
    const member = english(5102);
    const [post] = await h.say(member, "/post", { id: COMMITTEE_CHAT, type: "supergroup" });
    const press = h.emulator.callback(member, post!, "probe:short");
    expect(await h.handle(press)).toEqual([]);
    expect(answerTo(press.callback_query!.id)).toBe("Counted");
  });

  it("someone the bot cannot write to privately (blocked, never opened it) still sees the clipped alert", async () => {
    const stranger = english(5103);
    h.emulator.block(stranger.id);
    const [post] = await h.say(english(5104), "/post", { id: COMMITTEE_CHAT, type: "supergroup" });
    const press = h.emulator.callback(stranger, post!, "probe:long");
    expect(await h.handle(press)).toEqual([]);
    expect(answerTo(press.callback_query!.id)!.endsWith("…")).toBe(true);
  });
});
