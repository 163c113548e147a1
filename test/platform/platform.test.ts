import { Bot, type Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { addCommandEntities } from "../../src/platform/command-entities.ts";
import { platformNamed, startLink } from "../../src/platform/platform.ts";

describe("the platform: where the Bot API is and what a deep link looks like", () => {
  it("Telegram: api.telegram.org and t.me links, with nothing rewritten", () => {
    const telegram = platformNamed("telegram");
    expect(telegram.defaultApiRoot).toBe("https://api.telegram.org");
    expect([telegram.displayName, telegram.tokenIssuer]).toEqual(["Telegram", "@BotFather"]);
    expect(startLink(telegram, "kargoruh_bot", "abc_123")).toBe("https://t.me/kargoruh_bot?start=abc_123");
    expect(telegram.apiTransformers()).toEqual([]);
    expect(telegram.updateMiddleware()).toEqual([]);
  });

  it("Bale: tapi.bale.ai and ble.ir links, one transformer and one update middleware", () => {
    const bale = platformNamed("bale");
    expect(bale.defaultApiRoot).toBe("https://tapi.bale.ai");
    expect([bale.displayName, bale.tokenIssuer]).toEqual(["Bale", "@botfather in Bale"]);
    expect(startLink(bale, "kargoruh_bot", "abc_123")).toBe("https://ble.ir/kargoruh_bot?start=abc_123");
    expect(bale.apiTransformers()).toHaveLength(1);
    expect(bale.updateMiddleware()).toHaveLength(1);
  });
});

/** Only the username matters to command matching ("/help@kargoruh_bot"). */
const ME = { id: 1, is_bot: true, first_name: "Kargoruh", username: "kargoruh_bot" } as UserFromGetMe;

function textUpdate(
  text: string,
  entities?: { type: "bot_command" | "bold"; offset: number; length: number }[],
): Update {
  const from = { id: 5, is_bot: false, first_name: "S" };
  return {
    update_id: 1,
    message: { message_id: 1, date: 0, chat: { id: 5, type: "private", first_name: "S" }, from, text, entities },
  } as Update;
}

/** What the bot's /help and /start handlers saw of each text, with or without the Bale middleware. */
async function matched(texts: Update[], withMiddleware: boolean): Promise<string[]> {
  const bot = new Bot<Context>("123:ABCDEFGHIJKLMNOPQRSTUVWXYZ", { botInfo: ME });
  const seen: string[] = [];
  if (withMiddleware) bot.use(addCommandEntities());
  bot.command(["help", "start"], (ctx) => {
    seen.push(`${ctx.message?.text?.split(" ")[0]}|${ctx.match}`);
  });
  bot.on("message", () => {
    seen.push("other");
  });
  for (const update of texts) await bot.handleUpdate(update);
  return seen;
}

describe("commands that Bale delivers without a bot_command entity", () => {
  const bare = () => [
    textUpdate("/help"),
    textUpdate("/start tok_1"),
    textUpdate("/help@kargoruh_bot"),
    textUpdate("/help@other_bot"),
    textUpdate("/helpme"),
    textUpdate("help /start"),
    textUpdate("/"),
  ];

  it("are missed by grammY's command() alone", async () => {
    expect(await matched(bare(), false)).toEqual(Array(7).fill("other"));
  });

  it("are matched, with their words, once the entity is added; others stay ordinary messages", async () => {
    expect(await matched(bare(), true)).toEqual([
      "/help|",
      "/start|tok_1",
      "/help@kargoruh_bot|",
      "other",
      "other",
      "other",
      "other",
    ]);
  });

  it("a command that has its entity is left as it came, other entities kept", async () => {
    const update = textUpdate("/help now", [
      { type: "bot_command", offset: 0, length: 5 },
      { type: "bold", offset: 6, length: 3 },
    ]);
    const entities = update.message!.entities!;
    expect(await matched([update], true)).toEqual(["/help|now"]);
    expect(update.message!.entities).toBe(entities);
    const bold = textUpdate("/start x", [{ type: "bold", offset: 7, length: 1 }]);
    expect(await matched([bold], true)).toEqual(["/start|x"]);
    expect(bold.message!.entities).toEqual([
      { type: "bot_command", offset: 0, length: 6 },
      { type: "bold", offset: 7, length: 1 },
    ]);
  });
});
