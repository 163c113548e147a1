import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

/** Registered last: whatever no feature handled still gets an answer in the person's language. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("message:text", async (ctx) => {
  const text = ctx.message.text;
  const isCommand = text.startsWith("/");
  if (ctx.chat.type !== "private" && !isCommand) return;
  if (isCommand) {
    const command = text.split(/\s/, 1)[0]!.slice(0, 64);
    await ctx.reply(ctx.t("unknown-command", { command }));
    return;
  }
  await ctx.reply(ctx.t("unknown-text"));
});

fallbackFeature.on("message", async (ctx) => {
  if (ctx.chat.type === "private") await ctx.reply(ctx.t("unknown-text"));
});

fallbackFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
});
