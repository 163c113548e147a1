import { Composer } from "grammy";
import { committeeOfChat } from "../../services/shared/officers.ts";
import type { BotContext } from "../context.ts";
import { refuseAnonymous } from "../shared/guards.ts";
import { commandBody } from "../shared/command-body.ts";

export const conveningFeature = new Composer<BotContext>();

conveningFeature.command("convene", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const fullText = commandBody(ctx.message?.text ?? "");
  if (ctx.chat.type === "private") {
    await ctx.conversation.enter("convene", fullText ? { text: fullText } : {});
    return;
  }
  const committee = await committeeOfChat(ctx.deps.db, ctx.chat.id);
  if (!committee) {
    await ctx.reply(ctx.t("group-not-a-committee"));
    return;
  }
  if (!fullText) {
    await ctx.reply(ctx.t("convene-group-needs-text"));
    return;
  }
  await ctx.conversation.enter("convene", { committeeId: committee.id, text: fullText });
});
