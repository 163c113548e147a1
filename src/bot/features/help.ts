import { Composer } from "grammy";
import { profileOf } from "../../services/shared/people.ts";
import { commandsFor } from "../commands.ts";
import type { BotContext } from "../context.ts";

export const helpFeature = new Composer<BotContext>();

helpFeature.command("help", async (ctx) => {
  const roles = ctx.person ? (await profileOf(ctx.deps.db, ctx.person)).roles : new Set<never>();
  const lines = [ctx.t("help-title")];
  for (const spec of commandsFor(roles)) {
    lines.push(ctx.t("help-line", { command: spec.command, description: ctx.t(spec.description) }));
  }
  if (roles.size === 0) lines.push("", ctx.t("help-visitor-note"));
  // Where the platform keeps no command menu (found at start-up), this list is the menu, and says so.
  if (ctx.platform.optional.lacks("commandMenu"))
    lines.push("", ctx.t("help-no-menu-note", { messenger: ctx.platform.localName[ctx.locale] }));
  await ctx.reply(lines.join("\n"));
});
