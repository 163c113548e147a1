import type { BotContext } from "../context.ts";
import { GROUP_ANONYMOUS_BOT_ID } from "../middleware/load-person.ts";

/** An anonymous group admin cannot be identified, so role-restricted commands are refused with the reason. */
export async function refuseAnonymous(ctx: BotContext): Promise<boolean> {
  if (ctx.from?.id !== GROUP_ANONYMOUS_BOT_ID && !ctx.message?.sender_chat) return false;
  await ctx.reply(ctx.t("anonymous-admin"));
  return true;
}

/** Role commands need a registered person; anyone else is told how to join. */
export async function requirePerson(ctx: BotContext): Promise<number | null> {
  if (ctx.person) return ctx.person.id;
  await ctx.reply(ctx.t("not-registered"));
  return null;
}
