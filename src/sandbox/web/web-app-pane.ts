import { signInitData } from "../../platform/web-app-init-data.ts";
import type { EmuMessage } from "../bot-api/emulator.ts";
import type { EmuUser } from "../bot-api/types.ts";

// A bot's web_app button in the web chat: the page opens the Mini App in a pane over the chat (an iframe), with launch
// data signed with the sandbox's bot token for the person who pressed, as Telegram would pass it.

/** The Mini App addresses of a message's web_app buttons. */
export function webAppUrlsOf(message: EmuMessage): string[] {
  const rows = (message.reply_markup?.inline_keyboard ?? []) as { web_app?: { url?: unknown } }[][];
  return rows.flatMap((row) => row.flatMap((b) => (typeof b.web_app?.url === "string" ? [b.web_app.url] : [])));
}

/** The button's address with `#tgWebAppData=…` (and the version and platform Telegram adds) in the fragment. */
export function webAppLaunchUrl(url: string, user: EmuUser, botToken: string, now: Date): string {
  const initData = signInitData(
    {
      id: user.id,
      first_name: user.first_name,
      ...(user.last_name ? { last_name: user.last_name } : {}),
      ...(user.language_code ? { language_code: user.language_code } : {}),
    },
    botToken,
    now,
  );
  const fragment = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: "8.0", tgWebAppPlatform: "web" });
  return `${url.split("#")[0]}#${fragment.toString()}`;
}
