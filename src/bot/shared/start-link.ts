import type { Context } from "grammy";
import type { AppFlavor } from "../context.ts";
import { type StartLinkOf, startLink } from "../../platform/platform.ts";

/** Deep links to this bot on the platform it runs on (t.me on Telegram, ble.ir on Bale). */
export function startLinksOf(ctx: Context & Pick<AppFlavor, "platform">): StartLinkOf {
  return (payload) => startLink(ctx.platform, ctx.me.username, payload);
}
