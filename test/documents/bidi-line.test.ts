import { describe, expect, it } from "vitest";
import { reorderLine, visualLine, withoutDirectionControls } from "../../src/documents/bidi-line.ts";

/** What a reader's eye meets from left to right, spelled out character by character for the expectation. */
const reversed = (word: string) => [...word].reverse().join("");

describe("a line of printed minutes in visual order (UAX #9 per line)", () => {
  it("a Persian line keeps a Latin name and a time in their own order, and its words right to left", () => {
    expect(visualLine("جلسه با Ali Rezaei ساعت ۱۰:۳۰", "rtl")).toBe(
      `۱۰:۳۰ ${reversed("ساعت")} Ali Rezaei ${reversed("با")} ${reversed("جلسه")}`,
    );
  });

  it("brackets are mirrored inside right-to-left text, and digits inside them read left to right", () => {
    expect(visualLine("بررسی طرح (فاز ۱۲)", "rtl")).toBe(
      `(۱۲ ${reversed("فاز")}) ${reversed("طرح")} ${reversed("بررسی")}`,
    );
    expect(visualLine("موافق ۵، مخالف ۲ [بند ۳]", "rtl")).toBe(
      `[۳ ${reversed("بند")}] ۲ ${reversed("مخالف")} ${reversed("،")}۵ ${reversed("موافق")}`,
    );
    // A minutes number keeps its digits and slash in reading order.
    expect(visualLine("شماره ۱۲/۱", "rtl")).toBe(`۱۲/۱ ${reversed("شماره")}`);
  });

  it("an English line keeps a Persian name whole and reversed for the eye, and Latin brackets as typed", () => {
    expect(visualLine("Delegate of مریم احمدی (Housing)", "ltr")).toBe(
      `Delegate of ${reversed("احمدی")} ${reversed("مریم")} (Housing)`,
    );
  });

  it("Fluent's isolates steer the order and are not printed; a zero-width non-joiner stays inside its word", () => {
    const line = "نماینده \u2068Ali (A) 2\u2069 در کارگروه‌ها";
    const visual = visualLine(line, "rtl");
    expect(visual).toBe(`${reversed("کارگروه‌ها")} ${reversed("در")} Ali (A) 2 ${reversed("نماینده")}`);
    expect(visual).not.toMatch(/[\u2066-\u2069]/);
    expect(withoutDirectionControls(line)).toBe("نماینده Ali (A) 2 در کارگروه‌ها");
    // The word with the non-joiner is one piece, so the shaper sees it whole.
    expect(reorderLine("کارگروه‌ها", "ltr")).toEqual([{ visual: reversed("کارگروه‌ها"), rtl: true, rtlScript: true }]);
  });

  it("a character outside the basic plane is not split when its run is reversed", () => {
    expect(visualLine("سلام 😀 دنیا", "rtl")).toBe(`${reversed("دنیا")} 😀 ${reversed("سلام")}`);
  });

  it("pieces are one direction and one script each, so the font shaper is given something it can join", () => {
    const pieces = reorderLine("ساعت ۱۰:۳۰ (Room 2)", "rtl");
    expect(pieces.map((p) => p.visual).join("")).toBe(`(Room 2) ۱۰:۳۰ ${reversed("ساعت")}`);
    // Persian digits are laid out left to right but are Arabic script: the shaper must be told to keep them.
    expect(pieces).toContainEqual({ visual: "۱۰:۳۰", rtl: false, rtlScript: true });
    expect(pieces).toContainEqual({ visual: "Room 2", rtl: false, rtlScript: false });
    expect(pieces.find((p) => p.visual.includes(reversed("ساعت")))).toMatchObject({ rtl: true, rtlScript: true });
  });

  it("an empty line has no pieces", () => {
    expect(reorderLine("", "rtl")).toEqual([]);
  });
});
