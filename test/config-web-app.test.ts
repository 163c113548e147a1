import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";

const TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("WEB_APP_BASE_URL (the HQ overview Mini App)", () => {
  it("unset or empty: no overview, and polling serves no HTTP unless PORT says so", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN })).toMatchObject({ webAppBaseUrl: undefined, port: undefined });
    expect(parseConfig({ BOT_TOKEN: TOKEN, WEB_APP_BASE_URL: "" }).webAppBaseUrl).toBeUndefined();
  });

  it("set: kept without a trailing slash, and the HTTP server listens (8080 unless PORT)", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, WEB_APP_BASE_URL: "https://bot.example.org/kargoruh/" })).toMatchObject({
      webAppBaseUrl: "https://bot.example.org/kargoruh",
      port: 8080,
    });
    expect(parseConfig({ BOT_TOKEN: TOKEN, WEB_APP_BASE_URL: "https://bot.example.org", PORT: "3000" }).port).toBe(
      3000,
    );
    expect(parseConfig({ BOT_TOKEN: TOKEN, WEB_APP_BASE_URL: "http://127.0.0.1:8081" }).webAppBaseUrl).toBe(
      "http://127.0.0.1:8081",
    );
  });

  it.each(["http://bot.example.org", "bot.example.org", "ftp://bot.example.org"])(
    "refuses %s with a sentence naming the variable",
    (value) => {
      expect(() => parseConfig({ BOT_TOKEN: TOKEN, WEB_APP_BASE_URL: value })).toThrow(/WEB_APP_BASE_URL must be/);
    },
  );
});
