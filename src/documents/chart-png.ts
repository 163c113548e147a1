import type { TopLevelSpec } from "vega-lite";
import { FONT_FILES } from "./fonts.ts";

/** A chart drawn at this many pixels per CSS pixel: sharp when printed at its CSS size in points. */
const SCALE = 3;

export type ChartImage = { png: Buffer; width: number; height: number };

const RTL_CHAR = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * resvg reorders a text line with the Unicode bidi algorithm but takes every line as left-to-right, so «۱ از ۸»
 * comes out «۱ ۸ از». A line with right-to-left letters is wrapped in a right-to-left isolate (RLI … PDI), which
 * makes it read from the right as it should; the controls themselves are not drawn. A line is a <text> element, or
 * each of its <tspan>s placed on a line of its own (vega's multi-line text). Pure, for tests.
 */
export function isolateRightToLeftText(svg: string): string {
  return svg.replace(/(<text\b[^>]*>)([\s\S]*?)(<\/text>)/g, (_whole, open: string, content: string, close: string) => {
    if (!RTL_CHAR.test(content)) return `${open}${content}${close}`;
    const lines = /<tspan\b[^>]*\b(?:x|dy)=/.test(content);
    const inner = lines
      ? content.replace(/(<tspan\b[^>]*>)([^<]*)(<\/tspan>)/g, (_t, a: string, text: string, b: string) =>
          RTL_CHAR.test(text) ? `${a}${isolate(text)}${b}` : `${a}${text}${b}`,
        )
      : isolate(content);
    return `${open}${inner}${close}`;
  });
}

const isolate = (text: string) => `\u2067${text}\u2069`;

/**
 * vega-lite spec → vega view (no browser, renderer "none") → SVG → PNG with the Vazirmatn files, no system fonts.
 * The three libraries load with the first chart, not when the bot starts (they are a third of its start-up).
 */
export async function chartPng(spec: TopLevelSpec): Promise<ChartImage> {
  const [{ Resvg }, vega, { compile }] = await Promise.all([
    import("@resvg/resvg-js"),
    import("vega"),
    import("vega-lite"),
  ]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    const svg = isolateRightToLeftText(await view.toSVG());
    const rendered = new Resvg(svg, {
      fitTo: { mode: "zoom", value: SCALE },
      background: "white",
      font: {
        fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
        loadSystemFonts: false,
        defaultFontFamily: "Vazirmatn",
      },
    }).render();
    return { png: rendered.asPng(), width: rendered.width / SCALE, height: rendered.height / SCALE };
  } finally {
    view.finalize();
  }
}
