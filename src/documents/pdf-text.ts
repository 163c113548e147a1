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
  const lines: string[] = [];
  for (const hardLine of paragraph.split("\n")) {
    const words = hardLine.split(/(?<= )/);
    let current = "";
    for (const word of words) {
      const candidate = current + word;
      if (lineWidth(doc, candidate.trimEnd(), base) <= width) {
        current = candidate;
        continue;
      }
      if (current.trim()) lines.push(current.trimEnd());
      current = "";
      // A word wider than the line (a hash, a long URL) is cut where it no longer fits.
      let rest = word;
      while (lineWidth(doc, rest.trimEnd(), base) > width) {
        const chars = [...rest];
        let take = 1;
        while (take < chars.length && lineWidth(doc, chars.slice(0, take + 1).join(""), base) <= width) take++;
        lines.push(chars.slice(0, take).join(""));
        rest = chars.slice(take).join("");
      }
      current = rest;
    }
    lines.push(current.trimEnd());
  }
  return lines;
}
