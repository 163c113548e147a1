import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartPng, isolateRightToLeftText } from "../../src/documents/chart-png.ts";
import { FONT_FILES } from "../../src/documents/fonts.ts";
import { attendanceChartSpec, resolutionStates, resolutionsChartSpec } from "../../src/documents/report-charts.ts";

/** The spec read back as plain JSON data, as vega reads it. */
// biome-ignore lint/suspicious/noExplicitAny: a test reads the spec's JSON freely
type Spec = Record<string, any>;

const words = { title: "حضور", axis: "درصد" };
const seats = [
  { seat: "فرماندار", present: 3, meetings: 4 },
  { seat: "شهرداری", present: 0, meetings: 4 },
  { seat: "عضو بی‌جلسه", present: 0, meetings: 0 },
];

describe("chart specs (issue #15 part 2)", () => {
  it("attendance: one bar per seat that had meetings, its share attended, read from the right in Persian", () => {
    const fa = attendanceChartSpec(seats, words, "fa") as Spec;
    expect(fa.data.values).toEqual([
      { seat: "فرماندار", rate: 0.75, present: 3, meetings: 4 },
      { seat: "شهرداری", rate: 0, present: 0, meetings: 4 },
    ]);
    expect(fa.encoding.y.axis.orient).toBe("right");
    expect(fa.encoding.x.scale).toEqual({ domain: [0, 1], reverse: true });
    expect(fa.config.locale.number.numerals[7]).toBe("۷");
    expect(fa.config.locale.number.percent).toBe("٪");
    expect(fa.title).toBe("حضور");
    const en = attendanceChartSpec(seats, words, "en") as Spec;
    expect(en.encoding.y.axis.orient).toBe("left");
    expect(en.encoding.x.scale.reverse).toBe(false);
    expect(en.config.locale.number.numerals).toBeUndefined();
  });

  it("resolutions: the four states in the given order with their counts and colours", () => {
    const states = resolutionStates({ resolutionsApproved: 5, resolutionsImplemented: 2, resolutionsOverdue: 1 });
    expect(states).toEqual({ approved: 5, in_progress: 3, done: 2, overdue: 1 });
    // A stored report whose counts disagree never draws a negative bar.
    expect(
      resolutionStates({ resolutionsApproved: 1, resolutionsImplemented: 2, resolutionsOverdue: 0 }).in_progress,
    ).toBe(0);
    const bars = (["approved", "in_progress", "done", "overdue"] as const).map((state) => ({
      state,
      label: state,
      count: states[state],
    }));
    const fa = resolutionsChartSpec(bars, words, "fa") as Spec;
    expect(fa.data.values.map((v: { count: number }) => v.count)).toEqual([5, 3, 2, 1]);
    expect(fa.encoding.x.sort).toEqual(["approved", "in_progress", "done", "overdue"]);
    expect(fa.encoding.x.scale.reverse).toBe(true);
    expect(fa.encoding.y.axis.orient).toBe("right");
    expect(new Set(fa.data.values.map((v: { colour: string }) => v.colour)).size).toBe(4);
    expect((resolutionsChartSpec(bars, words, "en") as Spec).encoding.x.scale.reverse).toBe(false);
  });

  it("right-to-left lines are isolated, others left alone", () => {
    expect(isolateRightToLeftText('<text x="1">۱ از ۸</text><text>50%</text>')).toBe(
      '<text x="1">\u2067۱ از ۸\u2069</text><text>50%</text>',
    );
    // Inline spans belong to one line; spans placed on lines of their own are lines each.
    expect(isolateRightToLeftText('<text><tspan fill="red">۱</tspan> از ۸</text>')).toBe(
      '<text>\u2067<tspan fill="red">۱</tspan> از ۸\u2069</text>',
    );
    expect(isolateRightToLeftText('<text><tspan x="0">خط یک</tspan><tspan x="0" dy="12">Line</tspan></text>')).toBe(
      '<text><tspan x="0">\u2067خط یک\u2069</tspan><tspan x="0" dy="12">Line</tspan></text>',
    );
  });

  /**
   * Where resvg puts two marked words of a line: the red one is to the right of the blue one when the line reads
   * from the right. Plain text fails this for «۱ از ۸» and «فرمانداری (Governor)» (resvg takes each line as
   * left-to-right); the isolate fixes every case.
   */
  it("resvg draws an isolated Persian line from the right, digits and Latin inside it in place", () => {
    const cases: [string, string, string][] = [
      ["۱", " از ", "۸"],
      ["فرمانداری", " (", "Governor)"],
      ["اداره", " ۱ (بند ۸) ", "آموزش"],
      ["گزارش", " Q3 ", "سال"],
    ];
    const redRightOfBlue = (svgText: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><text x="20" y="45" font-size="30">${svgText}</text></svg>`;
      const image = new Resvg(isolateRightToLeftText(svg), {
        font: { fontFiles: [FONT_FILES.regular], loadSystemFonts: false, defaultFontFamily: "Vazirmatn" },
      }).render();
      const px = image.pixels;
      const red = { x: 0, n: 0 };
      const blue = { x: 0, n: 0 };
      for (let i = 0; i < px.length; i += 4) {
        const x = (i / 4) % image.width;
        if (px[i + 3]! < 200) continue;
        const mark = px[i]! > 200 && px[i + 2]! < 60 ? red : px[i + 2]! > 200 && px[i]! < 60 ? blue : null;
        if (!mark) continue;
        mark.x += x;
        mark.n += 1;
      }
      expect(red.n).toBeGreaterThan(0);
      expect(blue.n).toBeGreaterThan(0);
      return red.x / red.n > blue.x / blue.n;
    };
    for (const [first, middle, last] of cases) {
      const line = `<tspan fill="#ff0000">${first}</tspan>${middle}<tspan fill="#0000ff">${last}</tspan>`;
      expect(redRightOfBlue(line), `${first}${middle}${last}`).toBe(true);
    }
  });

  it("a chart comes out as a PNG that fits A4's text width (499 pt) at its own size", async () => {
    const chart = await chartPng(attendanceChartSpec(seats, words, "fa"));
    expect(chart.png.subarray(1, 4).toString()).toBe("PNG");
    expect(chart.width).toBeGreaterThan(220);
    expect(chart.width).toBeLessThan(499);
    expect(chart.height).toBeGreaterThan(40);
    const bars = (["approved", "in_progress", "done", "overdue"] as const).map((state) => ({
      state,
      label: state,
      count: 1,
    }));
    expect((await chartPng(resolutionsChartSpec(bars, words, "fa"))).width).toBeLessThan(499);
  });
});
