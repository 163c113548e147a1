import { describe, expect, it } from "vitest";
import { cliLocale } from "../src/cli/cli-locale.ts";

describe("the CLI's language", () => {
  it("--lang wins over the shell", () => {
    expect(cliLocale("en", { LANG: "fa_IR.UTF-8" })).toBe("en");
    expect(cliLocale("fa", { LANG: "en_US.UTF-8" })).toBe("fa");
  });
  it("a Persian shell gets Persian; LC_ALL before LC_MESSAGES before LANG", () => {
    expect(cliLocale(undefined, { LANG: "fa_IR.UTF-8" })).toBe("fa");
    expect(cliLocale(undefined, { LANG: "fa" })).toBe("fa");
    expect(cliLocale(undefined, { LC_ALL: "en_US.UTF-8", LANG: "fa_IR.UTF-8" })).toBe("en");
    expect(cliLocale(undefined, { LC_MESSAGES: "fa_IR.UTF-8", LANG: "C.UTF-8" })).toBe("fa");
  });
  it("anything else, or nothing, is English; an unknown --lang is ignored", () => {
    expect(cliLocale(undefined, {})).toBe("en");
    expect(cliLocale(undefined, { LANG: "C.UTF-8" })).toBe("en");
    expect(cliLocale(undefined, { LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(cliLocale("de", { LANG: "fa_IR.UTF-8" })).toBe("fa");
  });
});
