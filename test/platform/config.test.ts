import { describe, expect, it } from "vitest";
import { ConfigError, parseCliConfig, parseConfig } from "../../src/config.ts";

const TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function refusal(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("accepted");
}

describe("PLATFORM and BOT_API_ROOT", () => {
  it("Telegram by default, at Telegram's Bot API", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN })).toMatchObject({
      platform: "telegram",
      botApiRoot: "https://api.telegram.org",
    });
    expect(parseConfig({ BOT_TOKEN: TOKEN, PLATFORM: "" }).platform).toBe("telegram");
  });

  it("PLATFORM=bale: Bale's Bot API unless BOT_API_ROOT says otherwise", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, PLATFORM: "bale" })).toMatchObject({
      platform: "bale",
      botApiRoot: "https://tapi.bale.ai",
    });
    expect(parseConfig({ BOT_TOKEN: TOKEN, PLATFORM: "bale", BOT_API_ROOT: "http://127.0.0.1:8081/" }).botApiRoot).toBe(
      "http://127.0.0.1:8081",
    );
    expect(parseCliConfig({ PLATFORM: "bale" })).toMatchObject({
      platform: "bale",
      botApiRoot: "https://tapi.bale.ai",
    });
  });

  it("TELEGRAM_API_ROOT, the former name, still works; BOT_API_ROOT wins when both are set", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "http://127.0.0.1:9000" }).botApiRoot).toBe(
      "http://127.0.0.1:9000",
    );
    expect(
      parseConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "http://old:1", BOT_API_ROOT: "http://new:2" }).botApiRoot,
    ).toBe("http://new:2");
  });

  it("refuses what it cannot use, naming the variable", () => {
    expect(refusal({ BOT_TOKEN: TOKEN, PLATFORM: "eitaa" })).toBe("PLATFORM must be telegram or bale");
    expect(refusal({ BOT_TOKEN: TOKEN, PLATFORM: "Bale" })).toContain("PLATFORM");
    expect(refusal({ BOT_TOKEN: TOKEN, BOT_API_ROOT: "tapi.bale.ai" })).toContain("BOT_API_ROOT");
    expect(refusal({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "not a url" })).toContain("TELEGRAM_API_ROOT");
  });

  it("an http webhook is refused for Bale's Bot API as for Telegram's, and allowed with a local server", () => {
    const webhook = { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_SECRET: "s".repeat(32) };
    expect(refusal({ ...webhook, WEBHOOK_URL: "http://bot.example.org/tg" })).toContain("https");
    const local = { ...webhook, BOT_API_ROOT: "http://127.0.0.1:8081", WEBHOOK_URL: "http://10.0.0.5:8443/tg" };
    expect(parseConfig(local).mode).toMatchObject({ kind: "webhook" });
  });

  it("on Bale's own Bot API a webhook must use port 443 or 88; a local server or the emulator may use any", () => {
    const webhook = { BOT_TOKEN: TOKEN, PLATFORM: "bale", BOT_MODE: "webhook", WEBHOOK_SECRET: "s".repeat(32) };
    expect(refusal({ ...webhook, WEBHOOK_URL: "https://bot.example.org:8443/bale" })).toContain("port 443 or 88");
    expect(parseConfig({ ...webhook, WEBHOOK_URL: "https://bot.example.org/bale" }).mode).toMatchObject({
      kind: "webhook",
    });
    expect(parseConfig({ ...webhook, WEBHOOK_URL: "https://bot.example.org:88/bale" }).mode).toMatchObject({
      kind: "webhook",
    });
    const local = { ...webhook, BOT_API_ROOT: "http://127.0.0.1:8081", WEBHOOK_URL: "http://10.0.0.5:8443/bale" };
    expect(parseConfig(local).mode).toMatchObject({ kind: "webhook" });
  });
});
