import { Composer } from "grammy";
import { mayOpenOverview } from "../../services/overview/overview.ts";
import type { BotContext } from "../context.ts";

export const overviewFeature = new Composer<BotContext>();

/**
 * /overview (issue #15 part 3): HQ and provincial staff get a button that opens the overview Mini App. Telegram offers
 * web_app buttons in private chats only, and a Mini App opens for the one who pressed; without WEB_APP_BASE_URL the
 * answer says so instead of a button that leads nowhere.
 */
overviewFeature.command("overview", async (ctx) => {
  if (ctx.chat.type !== "private") {
    await ctx.reply(ctx.t("overview-private-only"));
    return;
  }
  if (!ctx.person || !(await mayOpenOverview(ctx.deps.db, ctx.person.id))) {
    await ctx.reply(ctx.t("overview-not-staff"));
    return;
  }
  if (!ctx.overviewUrl) {
    await ctx.reply(ctx.t("overview-not-configured"));
    return;
  }
  await ctx.reply(ctx.t("overview-open"), {
    reply_markup: {
      inline_keyboard: [
        [{ text: ctx.t("overview-button"), web_app: { url: `${ctx.overviewUrl}?lang=${ctx.locale}` } }],
      ],
    },
  });
});
