import * as bidiJs from "bidi-js";
import type { Bidi } from "bidi-js";
import { describe, expect, it } from "vitest";
import { keepRtlIsolates, withoutIsolates } from "../../src/domain/text.ts";
import { createI18n, translatorOf } from "../../src/i18n.ts";

// A CommonJS package: its factory is the default export under Node's types, whatever form vite loads.
/** The translation exactly as the bot sends it, isolates included. */
const translate = translatorOf(createI18n());
const bidi = (bidiJs as unknown as { default: () => Bidi }).default();

/** The line as a phone shows it, left to right on the screen, with the paragraph's direction taken from its text. */
function shown(line: string): { rtl: boolean; visual: string } {
  const levels = bidi.getEmbeddingLevels(line);
  const chars = [...line];
  for (const [start = 0, end = 0] of bidi.getReorderSegments(line, levels)) {
    const reversed = chars.slice(start, end + 1).reverse();
    chars.splice(start, reversed.length, ...reversed);
  }
  return { rtl: levels.paragraphs[0]!.level % 2 === 1, visual: chars.join("").replace(/[\u2068\u2069]/g, "") };
}

describe("Persian messages keep their direction when a value is Latin (Persian review: display direction)", () => {
  it("a line that starts with a Latin file name or name stays right-to-left", () => {
    const line = translate("fa", "restore-done", { file: "backup-1405.pgdump", target: "postgres://db/kargoruh" });
    expect(shown(line).rtl).toBe(true);
    // Without the isolation the same line turns left-to-right, which is the defect the review found.
    expect(shown(line.replace(/[\u2068\u2069]/g, "")).rtl).toBe(false);
  });

  it("a slash command inside a Persian sentence reads /command, not command/", () => {
    const line = translate("fa", "unknown-command", { command: "/foo" });
    expect(shown(line).visual).toContain("/foo");
    expect(shown(line).visual).not.toContain("foo/");
  });

  it("a Latin name inside a Persian sentence keeps its own word order", () => {
    const line = translate("fa", "follow-through-private-only", { command: "/cancelvisit" });
    expect(shown(line).visual).toContain("/cancelvisit");
  });

  it("only values with a Latin letter stay isolated; Persian text, numbers and multi-line blocks are left bare", () => {
    const isolate = (value: string) => `\u2068${value}\u2069`;
    expect(keepRtlIsolates(`سلام ${isolate("علی رضایی")}`)).toBe("سلام علی رضایی");
    expect(keepRtlIsolates(`عدد ${isolate("۱۲")}`)).toBe("عدد ۱۲");
    expect(keepRtlIsolates(`نام ${isolate("Ali Rezaei")}`)).toBe(`نام ${isolate("Ali Rezaei")}`);
    expect(keepRtlIsolates(`متن ${isolate("Ali\nرضا")}`)).toBe("متن Ali\nرضا");
    expect(keepRtlIsolates(`پیوند: ${isolate("https://t.me/kargoruh_bot?start=abc")}`)).toBe(
      "پیوند: https://t.me/kargoruh_bot?start=abc",
    );
    // A value that is itself a translated line with an isolate inside keeps only the inner one.
    expect(keepRtlIsolates(`خط ${isolate(`جلسه ${isolate("Room 2")}`)}`)).toBe(`خط جلسه ${isolate("Room 2")}`);
    expect(keepRtlIsolates(`خط ${isolate(isolate("Room 2"))}`)).toBe(`خط ${isolate("Room 2")}`);
    // A left-to-right isolate written on purpose (a Gregorian date) is kept, and its PDI is not taken for Fluent's.
    const date = "\u2066۲۰۲۶-۰۲-۲۸\u2069";
    expect(keepRtlIsolates(`روز ${isolate(`آخرین روز ${date}`)}`)).toBe(`روز آخرین روز ${date}`);
    expect(withoutIsolates(`day ${isolate(`last ${date}`)}`)).toBe(`day last ${date}`);
  });

  it("a Latin value that chooses a variant (a Fluent selector) still chooses it", () => {
    const group = translate("fa", "convene-too-soon", { source: "group", value: "۵", bylaw: "۳", earliest: "شنبه" });
    expect(group).toContain("طبق قاعده این کارگروه");
  });

  it("English messages get no marks", () => {
    expect(translate("en", "unknown-command", { command: "/foo" })).not.toMatch(/[\u2068\u2069]/);
  });
});
