import type { Bidi } from "bidi-js";
import * as bidiJs from "bidi-js";

/**
 * One line of text in the order the eye meets it on paper, left to right (Unicode bidi algorithm, UAX #9, by
 * bidi-js): a Persian line with a Latin name, digits and brackets in it comes out as a reader expects it, brackets
 * mirrored. A page lays out pieces left to right; each piece is one direction and one script, so a shaper can join
 * its letters (see pdf-text.ts for how the pieces reach the font).
 */
export type Direction = "rtl" | "ltr";

export type VisualPiece = {
  /** The piece's characters as they appear left to right (RTL letters reversed, brackets mirrored). */
  visual: string;
  /** Right-to-left embedding level (odd): its characters were reversed. */
  rtl: boolean;
  /** The first strong script of the piece is a right-to-left one (Arabic letters or Persian digits). */
  rtlScript: boolean;
};

// A CommonJS package: its factory is the default export under Node, and in the ES build vite loads.
const bidi = (bidiJs as unknown as { default: () => Bidi }).default();

// Direction controls steer the algorithm and are then dropped: a font has no glyph for them.
const CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const SCRIPT_NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** "rtl" / "ltr" / null (no strong script: punctuation, spaces, marks) — the script a shaper would see. */
function scriptDirection(char: string): Direction | null {
  if (RTL_SCRIPT.test(char)) return "rtl";
  return SCRIPT_NEUTRAL.test(char) ? null : "ltr";
}

/** The line's characters in visual order, left to right, without direction controls, with mirrored brackets. */
export function reorderLine(line: string, base: Direction): VisualPiece[] {
  if (line.length === 0) return [];
  const levels = bidi.getEmbeddingLevels(line, base);
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const order = bidi.getReorderedIndices(line, levels);
  type Cell = { char: string; level: number; script: Direction | null };
  const cells: Cell[] = [];
  for (const index of order) {
    const code = line.charCodeAt(index);
    // A surrogate pair is one character: emitted at its high half, in its own order.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const high = line.charCodeAt(index - 1);
      if (high >= 0xd800 && high <= 0xdbff) continue;
    }
    const char = String.fromCodePoint(line.codePointAt(index)!);
    if (CONTROLS.test(char)) continue;
    const level = levels.levels[index]!;
    cells.push({ char: mirrored.get(index) ?? char, level, script: scriptDirection(char) });
  }
  const pieces: VisualPiece[] = [];
  let current: { chars: string[]; level: number; script: Direction | null } | null = null;
  const close = () => {
    if (!current) return;
    pieces.push({ visual: current.chars.join(""), rtl: current.level % 2 === 1, rtlScript: current.script === "rtl" });
    current = null;
  };
  for (const cell of cells) {
    const sameLevel = current !== null && current.level === cell.level;
    const sameScript =
      current === null || cell.script === null || current.script === null || current.script === cell.script;
    if (!current || !sameLevel || !sameScript) {
      close();
      current = { chars: [cell.char], level: cell.level, script: cell.script };
      continue;
    }
    current.chars.push(cell.char);
    current.script ??= cell.script;
  }
  close();
  return pieces;
}

/** The whole line as it reads left to right on the page (what a test compares with). */
export function visualLine(line: string, base: Direction): string {
  return reorderLine(line, base)
    .map((piece) => piece.visual)
    .join("");
}

/** The direction controls a line may carry (Fluent's isolates, marks pasted in): not printable. */
export function withoutDirectionControls(text: string): string {
  return text.replace(new RegExp(CONTROLS.source, "g"), "");
}
