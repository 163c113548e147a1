import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clipText,
  escapeHtml,
  localizeDigits,
  normalizeDigits,
  normalizePersian,
  splitForTelegram,
  toPersianDigits,
} from "../../src/domain/text.ts";

describe("normalizeDigits", () => {
  it("turns Persian digits into Latin digits", () => {
    expect(normalizeDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
  });

  it("turns Arabic-Indic digits into Latin digits", () => {
    expect(normalizeDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("leaves Latin digits and letters alone", () => {
    expect(normalizeDigits("جلسه 12 و ۱۳ و ١٤")).toBe("جلسه 12 و 13 و 14");
  });
});

describe("normalizePersian", () => {
  it("replaces Arabic yeh (ي, ى) and kaf (ك) with the Persian letters", () => {
    expect(normalizePersian("علي")).toBe("علی");
    expect(normalizePersian("موسى")).toBe("موسی");
    expect(normalizePersian("كارگروه")).toBe("کارگروه");
  });

  it("strips direction marks but keeps the zero-width non-joiner", () => {
    const typed = "\u200F\u202Bکارگروه\u200Cها\u202C\u2066\u2069\u200E";
    expect(normalizePersian(typed)).toBe("کارگروه\u200Cها");
  });

  it("trims and normalizes digits", () => {
    expect(normalizePersian("  ۱۴۰۵/٠٩/20 \n")).toBe("1405/09/20");
  });
});

describe("toPersianDigits and localizeDigits", () => {
  it("turns Latin digits into Persian digits", () => {
    expect(toPersianDigits("ساعت 10:30")).toBe("ساعت ۱۰:۳۰");
  });

  it("localizes digits only for the Persian locale", () => {
    expect(localizeDigits("2026-12-12", "fa")).toBe("۲۰۲۶-۱۲-۱۲");
    expect(localizeDigits("2026-12-12", "en")).toBe("2026-12-12");
  });

  it("round-trips through normalizeDigits", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-z ]*$/), (s) => {
        expect(normalizeDigits(toPersianDigits(s))).toBe(s);
      }),
    );
  });
});

describe("escapeHtml", () => {
  it("escapes the characters Telegram's HTML parser reserves", () => {
    expect(escapeHtml(`<b>"A" & B</b>`)).toBe("&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;");
  });

  it("escapes an ampersand that already looks like an entity", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it("leaves Persian text alone", () => {
    expect(escapeHtml("صورتجلسه ارسال شد")).toBe("صورتجلسه ارسال شد");
  });
});

describe("splitForTelegram", () => {
  it("returns short text as a single part", () => {
    expect(splitForTelegram("سلام")).toEqual(["سلام"]);
  });

  it("returns no parts for empty or blank text", () => {
    expect(splitForTelegram("")).toEqual([]);
    expect(splitForTelegram(" \n\n ")).toEqual([]);
  });

  it("breaks at a blank line before a newline or a space", () => {
    const text = "aaaa bb\ncc\n\ndd ee";
    expect(splitForTelegram(text, 14)).toEqual(["aaaa bb\ncc", "dd ee"]);
  });

  it("breaks at a newline when no blank line fits", () => {
    expect(splitForTelegram("aaa bbb\nccc ddd", 10)).toEqual(["aaa bbb", "ccc ddd"]);
  });

  it("breaks at a space when no newline fits", () => {
    expect(splitForTelegram("aaa bbb ccc", 8)).toEqual(["aaa bbb", "ccc"]);
  });

  it("accepts a break right after a full-length part", () => {
    expect(splitForTelegram("abcd efgh", 4)).toEqual(["abcd", "efgh"]);
  });

  it("cuts a word with no break inside the limit", () => {
    expect(splitForTelegram("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("never splits a surrogate pair", () => {
    expect(splitForTelegram("ab😀cd", 3)).toEqual(["ab", "😀c", "d"]);
  });

  it("uses Telegram's 4096-character limit by default", () => {
    const parts = splitForTelegram("x".repeat(5000));
    expect(parts.map((p) => p.length)).toEqual([4096, 904]);
  });

  it("rejects a limit that cannot hold a surrogate pair", () => {
    expect(() => splitForTelegram("abc", 1)).toThrow(RangeError);
  });

  const textPiece = fc.constantFrom("ا", "b", "ک", " ", "\n", "\n\n", "😀", "\u200C", "کارگروه");
  const anyText = fc.array(textPiece, { maxLength: 200 }).map((pieces) => pieces.join(""));

  it("keeps every part within the limit, non-blank and free of broken surrogates", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 40 }), (text, limit) => {
        for (const part of splitForTelegram(text, limit)) {
          expect(part.length).toBeLessThanOrEqual(limit);
          expect(part.trim()).not.toBe("");
          expect(hasBrokenSurrogate(part)).toBe(false);
        }
      }),
    );
  });

  it("preserves the content: parts appear in order, separated only by whitespace", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 40 }), (text, limit) => {
        let position = 0;
        for (const part of splitForTelegram(text, limit)) {
          const found = text.indexOf(part, position);
          expect(found).toBeGreaterThanOrEqual(position);
          expect(text.slice(position, found).trim()).toBe("");
          position = found + part.length;
        }
        expect(text.slice(position).trim()).toBe("");
      }),
    );
  });
});

describe("splitForTelegram with HTML", () => {
  it("moves a break that would fall inside a tag to before it", () => {
    const text = 'aaaa <a href="x y">b</a>';
    expect(splitForTelegram(text, 20, { html: true })).toEqual(["aaaa", '<a href="x y">b</a>']);
    // Plain text has no tags to protect: the last space wins.
    expect(splitForTelegram(text, 20)).toEqual(['aaaa <a href="x', 'y">b</a>']);
  });

  it("a hard cut never lands inside a tag", () => {
    expect(splitForTelegram(`${"x".repeat(8)}<b>yy</b>`, 10, { html: true })).toEqual(["xxxxxxxx", "<b>yy</b>"]);
  });
});

function hasBrokenSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

describe("clipText", () => {
  it("keeps text within the limit as it is", () => {
    expect(clipText("رأی شما ثبت شد.", 200)).toBe("رأی شما ثبت شد.");
  });

  it("cuts at a word boundary in the second half and ends with …", () => {
    expect(clipText("one two three four five six", 15)).toBe("one two three…");
  });

  it("cuts between letters when there is no space late enough, never inside a surrogate pair", () => {
    expect(clipText("abcdefghij", 6)).toBe("abcde…");
    expect(clipText("😀😀😀😀", 6)).toBe("😀😀…");
  });

  it("never exceeds the limit in UTF-16 code units, as Telegram counts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, max) => {
        expect(clipText(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
