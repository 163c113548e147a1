import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";

const TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("FORM_TIMEOUT_MINUTES", () => {
  it("defaults to 30 minutes", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).formTimeoutMinutes).toBe(30);
    expect(parseConfig({ BOT_TOKEN: TOKEN, FORM_TIMEOUT_MINUTES: "" }).formTimeoutMinutes).toBe(30);
  });

  it("takes a whole number of minutes", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, FORM_TIMEOUT_MINUTES: "45" }).formTimeoutMinutes).toBe(45);
  });

  it.each(["0", "-5", "2.5", "thirty", "1441"])("refuses %s, naming the variable", (value) => {
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, FORM_TIMEOUT_MINUTES: value })).toThrow(ConfigError);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, FORM_TIMEOUT_MINUTES: value })).toThrow(/FORM_TIMEOUT_MINUTES/);
  });
});
