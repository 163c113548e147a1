import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";

const TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const WEBHOOK = { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_SECRET: "s".repeat(32) };

function refusal(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("accepted");
}

describe("configuration: every documented variable is checked and used", () => {
  it("DEFAULT_TIMEZONE must be a real time zone", () => {
    expect(refusal({ BOT_TOKEN: TOKEN, DEFAULT_TIMEZONE: "Mars/Olympus" })).toContain("DEFAULT_TIMEZONE");
    expect(parseConfig({ BOT_TOKEN: TOKEN, DEFAULT_TIMEZONE: "Asia/Kabul" }).defaultTimezone).toBe("Asia/Kabul");
    expect(parseConfig({ BOT_TOKEN: TOKEN }).defaultTimezone).toBe("Asia/Tehran");
  });

  it("WEBHOOK_URL must be https for Telegram's Bot API, as its error says; a local Bot API server also posts to http", () => {
    expect(refusal({ ...WEBHOOK, WEBHOOK_URL: "http://bot.example.org/tg" })).toContain("https");
    expect(refusal({ ...WEBHOOK, WEBHOOK_URL: "ftp://bot.example.org/tg" })).toContain("https");
    expect(parseConfig({ ...WEBHOOK, WEBHOOK_URL: "https://bot.example.org/tg" }).mode).toMatchObject({
      kind: "webhook",
    });
    const local = { ...WEBHOOK, TELEGRAM_API_ROOT: "http://127.0.0.1:8081", WEBHOOK_URL: "http://10.0.0.5:8443/tg" };
    expect(parseConfig(local).mode).toMatchObject({ kind: "webhook", url: "http://10.0.0.5:8443/tg" });
  });

  it("HOST is where the HTTP server listens: every address when unset, refused when it is not an address", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).host).toBeUndefined();
    expect(parseConfig({ BOT_TOKEN: TOKEN, HOST: "127.0.0.1" }).host).toBe("127.0.0.1");
    expect(refusal({ BOT_TOKEN: TOKEN, HOST: "http://127.0.0.1/" })).toContain("HOST");
  });

  it("START_TIMEOUT_SECONDS bounds how long a start tries to reach Telegram", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).startTimeoutMs).toBe(60_000);
    expect(parseConfig({ BOT_TOKEN: TOKEN, START_TIMEOUT_SECONDS: "10" }).startTimeoutMs).toBe(10_000);
    expect(refusal({ BOT_TOKEN: TOKEN, START_TIMEOUT_SECONDS: "soon" })).toContain("START_TIMEOUT_SECONDS");
  });

  it("the README's configuration table names exactly the variables the program reads", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const table = readme.slice(
      readme.indexOf("## Configuration"),
      readme.indexOf("\n## ", readme.indexOf("## Configuration") + 5),
    );
    const documented = new Set(
      [...table.matchAll(/^\| `([A-Z_]+)`(?:, `([A-Z_]+)`)?/gm)].flatMap((m) => [m[1], m[2]]).filter(Boolean),
    );
    const source = readFileSync(new URL("../src/config.ts", import.meta.url), "utf8");
    const read = new Set([...source.matchAll(/^ {2}([A-Z][A-Z_]+):/gm)].map((m) => m[1]));
    read.add("BOT_TOKEN");
    expect([...documented].sort()).toEqual([...read].sort());
  });
});
