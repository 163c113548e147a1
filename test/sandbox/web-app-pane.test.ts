import { describe, expect, it } from "vitest";
import { checkInitData } from "../../src/platform/web-app-init-data.ts";
import type { EmuMessage } from "../../src/sandbox/bot-api/emulator.ts";
import { webAppLaunchUrl, webAppUrlsOf } from "../../src/sandbox/web/web-app-pane.ts";

const TOKEN = "123456:TEST-token-for-the-local-emulator";
const NOW = new Date("2026-12-07T10:00:00Z");

describe("the sandbox's web_app pane", () => {
  it("signs launch data for the presser that the bot's check accepts, in the fragment as Telegram passes it", () => {
    const src = webAppLaunchUrl(
      "http://127.0.0.1:9000/overview?lang=fa",
      { id: 5000, first_name: "کارشناس", language_code: "fa" },
      TOKEN,
      NOW,
    );
    expect(src.startsWith("http://127.0.0.1:9000/overview?lang=fa#tgWebAppData=")).toBe(true);
    const initData = new URLSearchParams(new URL(src).hash.slice(1)).get("tgWebAppData");
    expect(checkInitData(initData, TOKEN, NOW)).toMatchObject({ ok: true, user: { id: 5000, language_code: "fa" } });
    expect(checkInitData(initData, "999:another-token-abcdefghijklmnop", NOW)).toEqual({ ok: false, reason: "forged" });
  });

  it("finds the web_app buttons of a message, and only those", () => {
    const message = {
      reply_markup: {
        inline_keyboard: [
          [{ text: "a", web_app: { url: "http://127.0.0.1:9000/overview?lang=fa" } }],
          [
            { text: "b", callback_data: "x" },
            { text: "c", url: "https://example.org" },
          ],
        ],
      },
    } as unknown as EmuMessage;
    expect(webAppUrlsOf(message)).toEqual(["http://127.0.0.1:9000/overview?lang=fa"]);
    expect(webAppUrlsOf({} as EmuMessage)).toEqual([]);
  });
});
