import type PDFDocument from "pdfkit";
import type { Direction } from "./bidi-line.ts";
import { FONT_FILES, type FontWeight } from "./fonts.ts";
import { drawLine, storeRightToLeftLigaturesReversed, wrapParagraph } from "./pdf-text.ts";

type Doc = InstanceType<typeof PDFDocument>;

/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { side: 48, top: 48, bottom: 64 };
const LINE = 1.55;
const CELL_PAD = 4;

export type TextStyle = { size?: number; weight?: FontWeight; color?: string; align?: "start" | "center" };
export type Column = { title: string; share: number };

/**
 * Content flowing down A4 pages in one direction: paragraphs, headings and bordered tables, with a page break
 * wherever the next line would not fit (a table repeats its header on the new page). The footer goes on every page
 * once the pages are counted. Columns are given in reading order: a right-to-left page puts the first on the right.
 */
export class PageFlow {
  readonly doc: Doc;
  private y = MARGIN.top;
  private readonly width = A4.width - 2 * MARGIN.side;

  /**
   * A new document. pdfkit is loaded on the first document, not when the bot starts: most runs of the process print
   * nothing for hours, and it is a fifth of the start-up's module loading.
   */
  static async open(direction: Direction, info: { title: string; author: string; date: Date }): Promise<PageFlow> {
    const { default: pdfkit } = await import("pdfkit");
    return new PageFlow(pdfkit, direction, info);
  }

  private constructor(
    pdfkit: typeof PDFDocument,
    readonly direction: Direction,
    info: { title: string; author: string; date: Date },
  ) {
    this.doc = new pdfkit({
      size: "A4",
      margin: 0,
      bufferPages: true,
      // The record's own time, not the moment of printing: two prints of one version carry the same date.
      info: {
        Title: info.title,
        Author: info.author,
        Producer: "Kargoruh",
        Creator: "Kargoruh",
        CreationDate: info.date,
      },
    });
    this.doc.registerFont("regular", FONT_FILES.regular);
    this.doc.registerFont("bold", FONT_FILES.bold);
    this.doc.font("regular");
  }

  private style(style: TextStyle): number {
    const size = style.size ?? 10;
    this.doc
      .font(style.weight ?? "regular")
      .fontSize(size)
      .fillColor(style.color ?? "#000000");
    return size * LINE;
  }

  private breakIfBelow(height: number): boolean {
    if (this.y + height <= A4.height - MARGIN.bottom) return false;
    this.doc.addPage();
    this.y = MARGIN.top;
    return true;
  }

  space(points: number): void {
    this.y += points;
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const height = this.style(style);
    for (const line of wrapParagraph(this.doc, text, this.direction, this.width)) {
      this.breakIfBelow(height);
      this.style(style);
      drawLine(this.doc, line, this.direction, { x: MARGIN.side, y: this.y, width: this.width, align: style.align });
      this.y += height;
    }
  }

  /** `following`: the height in points of what must stay with the heading (two lines unless told). */
  heading(text: string, following = 12 * LINE * 2): void {
    // A heading never ends a page alone: it needs room for itself and what follows it.
    this.breakIfBelow(12 * LINE + following);
    this.space(4);
    this.paragraph(text, { size: 12, weight: "bold" });
    this.rule();
  }

  rule(): void {
    this.doc
      .moveTo(MARGIN.side, this.y)
      .lineTo(MARGIN.side + this.width, this.y)
      .lineWidth(0.5)
      .strokeColor("#888888")
      .stroke();
    this.space(4);
  }

  /** A picture's size on the page: its own, or narrowed to the text width. */
  fitted(size: { width: number; height: number }): { width: number; height: number } {
    const scale = Math.min(1, this.width / size.width);
    return { width: size.width * scale, height: size.height * scale };
  }

  /**
   * A picture (a chart's PNG) centred on the line, at its own size in points or narrowed to the text width; it moves
   * to the next page whole when it does not fit below.
   */
  image(png: Buffer, size: { width: number; height: number }): void {
    const { width, height } = this.fitted(size);
    this.breakIfBelow(height);
    this.doc.image(png, MARGIN.side + (this.width - width) / 2, this.y, { width, height });
    this.y += height;
    this.space(8);
  }

  table(columns: Column[], rows: string[][], style: TextStyle = {}): void {
    const total = columns.reduce((sum, c) => sum + c.share, 0);
    const widths = columns.map((c) => (c.share / total) * this.width);
    // x of each column in reading order: from the right edge on a right-to-left page.
    const xs: number[] = [];
    let edge = this.direction === "rtl" ? MARGIN.side + this.width : MARGIN.side;
    for (const w of widths) {
      if (this.direction === "rtl") {
        edge -= w;
        xs.push(edge);
      } else {
        xs.push(edge);
        edge += w;
      }
    }
    const header = columns.map((c) => c.title);
    const headerStyle: TextStyle = { ...style, weight: "bold" };
    const measure = (cells: string[], rowStyle: TextStyle) => {
      const lineHeight = this.style(rowStyle);
      const lines = cells.map((cell, i) => wrapParagraph(this.doc, cell, this.direction, widths[i]! - 2 * CELL_PAD));
      return { lines, lineHeight, height: Math.max(...lines.map((l) => l.length)) * lineHeight + 2 * CELL_PAD };
    };
    const drawRow = (row: ReturnType<typeof measure>, rowStyle: TextStyle, shade: boolean): void => {
      if (shade) this.doc.rect(MARGIN.side, this.y, this.width, row.height).fillColor("#eeeeee").fill();
      this.style(rowStyle);
      row.lines.forEach((lines, i) => {
        lines.forEach((line, k) => {
          drawLine(this.doc, line, this.direction, {
            x: xs[i]! + CELL_PAD,
            y: this.y + CELL_PAD + k * row.lineHeight,
            width: widths[i]! - 2 * CELL_PAD,
          });
        });
        this.doc.rect(xs[i]!, this.y, widths[i]!, row.height).lineWidth(0.5).strokeColor("#555555").stroke();
      });
      this.y += row.height;
    };
    const headerRow = measure(header, headerStyle);
    const measured = rows.map((cells) => measure(cells, style));
    // The header never ends a page alone: it moves with the first row.
    this.breakIfBelow(headerRow.height + (measured[0]?.height ?? 0));
    drawRow(headerRow, headerStyle, true);
    for (const row of measured) {
      // A row that moves to a new page gets the header drawn above it there.
      if (this.breakIfBelow(row.height)) drawRow(headerRow, headerStyle, true);
      drawRow(row, style, false);
    }
    this.space(6);
  }

  /** Draws the footer on every page (it is given the page's number and the count) and returns the file's bytes. */
  async finish(footer: (page: number, pages: number) => string[]): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      const lines = footer(i + 1, range.count);
      let y = A4.height - MARGIN.bottom + 14;
      this.doc
        .moveTo(MARGIN.side, y - 6)
        .lineTo(MARGIN.side + this.width, y - 6)
        .lineWidth(0.5)
        .strokeColor("#888888")
        .stroke();
      for (const line of lines) {
        this.style({ size: 7.5, color: "#333333" });
        drawLine(this.doc, line, this.direction, { x: MARGIN.side, y, width: this.width, align: "center" });
        y += 7.5 * LINE;
      }
    }
    storeRightToLeftLigaturesReversed(this.doc);
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.doc.end();
    return done;
  }
}
