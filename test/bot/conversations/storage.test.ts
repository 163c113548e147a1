import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BotContext, ConversationContext } from "../../../src/bot/context.ts";
import type { Conversation } from "@grammyjs/conversations";
import { BotHarness, english } from "../../helpers/bot-harness.ts";

/** A two-step wizard used only to prove the plumbing every real wizard relies on. */
async function probe(conversation: Conversation<BotContext, ConversationContext>, ctx: ConversationContext) {
  await ctx.reply("name?");
  const answer = await conversation.waitFor("message:text");
  if (answer.message.text === "explode") throw new Error("probe failure");
  await answer.reply(`hello ${answer.message.text} (${answer.t("role-name", { role: "chair" })})`);
}

const probeFeature = new Composer<BotContext>();
probeFeature.use(createConversation(probe, "probe"));
probeFeature.command("probe", (ctx) => ctx.conversation.enter("probe"));

describe("conversation state lives in the database", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create(undefined, [probeFeature]);
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it("a wizard survives a restart of the bot", async () => {
    await h.say(english(6001), "/probe");
    expect((await h.database.rowCounts()).conversation_state).toBe(1);
    h.restart();
    expect(await h.replyTo(english(6001), "Ali")).toBe("hello Ali (chair)");
    expect((await h.database.rowCounts()).conversation_state).toBe(0);
  });

  it("an error inside a conversation ends it with a message instead of hanging the chat", async () => {
    await h.say(english(6002), "/probe");
    expect(await h.replyTo(english(6002), "explode")).toContain("something went wrong");
    expect((await h.database.rowCounts()).conversation_state).toBe(0);
    expect(await h.replyTo(english(6002), "/help")).toContain("Commands you can use");
  });
});
