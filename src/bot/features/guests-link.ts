import { redeemGuestLink } from "../../services/guests/guests.ts";
import type { BotContext } from "../context.ts";

/** `/start <token>` when the token is a guest link; false when it is not one. */
export async function answerGuestLink(ctx: BotContext, token: string): Promise<boolean> {
  const result = await redeemGuestLink(ctx.deps, ctx.from!, token);
  switch (result.kind) {
    case "unknown_token":
      return false;
    case "registered":
    case "already_registered":
      await ctx.reply(result.invitation);
      return true;
    case "used":
      await ctx.reply(ctx.t("guest-link-used"));
      return true;
    case "member":
      await ctx.reply(ctx.t("guest-link-member"));
      return true;
    case "meeting_closed":
      await ctx.reply(ctx.t("guest-link-meeting-closed"));
      return true;
  }
}
