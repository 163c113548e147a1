import type PDFDocument from "pdfkit";
import { type Direction, reorderLine, type VisualPiece } from "./bidi-line.ts";

type Doc = InstanceType<typeof PDFDocument>;

/**
 * Lines of mixed-direction text on a pdfkit page. pdfkit shapes a run of Arabic-script letters with the font's own
 * tables (fontkit) and then reverses that run by itself; it never reorders a line. So a line is reordered here
 * (bidi-line.ts), drawn piece by piece left to right, and a piece whose script the shaper reads as right-to-left is
 * handed over in reading order so that the shaper's reversal puts it back where the line needs it.
 *
 * Every call passes `features`, which makes pdfkit lay out the piece as one run instead of word by word (word by
 * word it would keep the words of a right-to-left piece in reading order from left to right).
 */
const AS_ONE_RUN = { features: [] as [], lineBreak: false } as const;

function shaperInput(piece: VisualPiece): string {
  return piece.rtlScript ? [...piece.visual].reverse().join("") : piece.visual;
}

/** The printed width of a logical line at the document's current font and size. */
export function lineWidth(doc: Doc, line: string, base: Direction): number {
  let width = 0;
  for (const piece of reorderLine(line, base)) width += doc.widthOfString(shaperInput(piece), AS_ONE_RUN);
  return width;
}

/**
 * Draws one logical line (no line breaks) inside [x, x + width] at y: right-aligned for a right-to-left line,
 * left-aligned otherwise, or centred.
 */
export function drawLine(
  doc: Doc,
  line: string,
  base: Direction,
  box: { x: number; y: number; width: number; align?: "start" | "center" },
): void {
  const pieces = reorderLine(line, base).map((piece) => {
    const text = shaperInput(piece);
    return { text, width: doc.widthOfString(text, AS_ONE_RUN) };
  });
  const total = pieces.reduce((sum, piece) => sum + piece.width, 0);
  let x = box.align === "center" ? box.x + (box.width - total) / 2 : base === "rtl" ? box.x + box.width - total : box.x;
  for (const piece of pieces) {
    if (piece.text.trim()) doc.text(piece.text, x, box.y, AS_ONE_RUN);
    x += piece.width;
  }
}

/**
 * Breaks a logical paragraph into logical lines that fit `width`, at spaces (a word longer than a line is cut
 * between characters). Each line is then drawn with drawLine, which reorders it on its own: the bidi algorithm is
 * applied per visual line, after breaking, as UAX #9 prescribes.
 */
export function wrapParagraph(doc: Doc, paragraph: string, base: Direction, width: number): string[] {
  const space = doc.widthOfString(" ", AS_ONE_RUN);
  const lines: string[] = [];
  for (const hardLine of paragraph.split("\n")) {
    // Each word is measured once; a line is its words and the spaces between them.
    let current: string[] = [];
    let currentWidth = 0;
    for (let word of hardLine.split(" ").filter((w) => w !== "")) {
      let wordWidth = lineWidth(doc, word, base);
      const joined = current.length === 0 ? wordWidth : currentWidth + space + wordWidth;
      if (joined <= width) {
        current.push(word);
        currentWidth = joined;
        continue;
      }
      if (current.length > 0) lines.push(current.join(" "));
      // A word wider than the line (a hash, a long URL) is cut where it no longer fits.
      while (wordWidth > width) {
        const chars = [...word];
        let take = 1;
        while (take < chars.length && lineWidth(doc, chars.slice(0, take + 1).join(""), base) <= width) take++;
        lines.push(chars.slice(0, take).join(""));
        word = chars.slice(take).join("");
        wordWidth = lineWidth(doc, word, base);
      }
      current = [word];
      currentWidth = wordWidth;
    }
    lines.push(current.join(" "));
  }
  return lines;
}

const RTL_SCRIPT_CHAR = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * The text a reader copies or searches comes from each glyph's Unicode (the font's ToUnicode map). A glyph that
 * stands for several characters — lam-alef «لا» is one glyph — is stored by pdfkit in reading order, but extractors
 * (poppler, pdf.js) turn a right-to-left run's glyph sequence back into reading order by reversing it character by
 * character, so «بلاتصدی» would come out as «بالتصدی». Storing such a glyph's characters reversed makes the reversal
 * give them back in order. Only right-to-left ligatures change (a Latin "fi" stays as it is); called once, just
 * before the file is written, when every glyph used is known. It reads pdfkit's fonts (pinned 0.20.2); the
 * extraction test of the minutes checks a lam-alef word.
 */
export function storeRightToLeftLigaturesReversed(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies: Record<string, { unicode?: (number[] | undefined)[] }> })
    ._fontFamilies;
  for (const font of new Set(Object.values(families))) {
    const unicode = font.unicode;
    if (!unicode) continue;
    unicode.forEach((codePoints, gid) => {
      if (!codePoints || codePoints.length < 2) return;
      if (!codePoints.every((cp) => RTL_SCRIPT_CHAR.test(String.fromCodePoint(cp)))) return;
      unicode[gid] = [...codePoints].reverse();
    });
  }
}
