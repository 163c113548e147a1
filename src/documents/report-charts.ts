import type { TopLevelSpec } from "vega-lite";
import type { NumberLocale } from "vega";
import type { Locale } from "../domain/text.ts";

/**
 * The report's two charts as declarative vega-lite specs (chart-png.ts draws them): pure data in, spec out. A Persian
 * chart reads from the right — the category axis stands on the right and bars grow leftwards — and prints Persian
 * digits through the number locale; an English one is the mirror image with Latin digits.
 */
export type AttendanceBar = { seat: string; present: number; meetings: number };
export type ResolutionState = "approved" | "in_progress" | "done" | "overdue";
export type ResolutionBar = { state: ResolutionState; label: string; count: number };

/** Titles and axis names, already translated. */
export type ChartWords = { title: string; axis: string };

/**
 * Plot widths in CSS pixels, drawn one to one in points: with their labels both charts fit A4's text width. Without
 * a canvas vega estimates a label's width from its length, generously for Persian, so seat names get room.
 */
const WIDTH = 440;
const ATTENDANCE_WIDTH = 220;
const STATE_COLOURS: Record<ResolutionState, string> = {
  approved: "#3b7dd8",
  in_progress: "#e0a526",
  done: "#2e9e5b",
  overdue: "#c9423b",
};

const PERSIAN_DIGITS: NonNullable<NumberLocale["numerals"]> = ["۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"];

/** d3-format's number locale: Persian digits, separators and percent sign for fa. */
function numberLocale(locale: Locale): NumberLocale {
  const common = { grouping: [3], currency: ["", ""] as [string, string] };
  return locale === "fa"
    ? { ...common, decimal: "٫", thousands: "٬", numerals: PERSIAN_DIGITS, percent: "٪" }
    : { ...common, decimal: ".", thousands: "," };
}

function config(locale: Locale): TopLevelSpec["config"] {
  return {
    font: "Vazirmatn",
    locale: { number: numberLocale(locale) },
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: "normal" as const },
    title: { fontSize: 13, anchor: locale === "fa" ? ("end" as const) : ("start" as const) },
  };
}

/** (1) Attendance by seat/agency over the period: the share of held meetings each seat attended, 0–100%. */
export function attendanceChartSpec(rows: readonly AttendanceBar[], words: ChartWords, locale: Locale): TopLevelSpec {
  const rtl = locale === "fa";
  const values = rows
    .filter((row) => row.meetings > 0)
    .map((row) => ({ seat: row.seat, rate: row.present / row.meetings, present: row.present, meetings: row.meetings }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: words.title,
    width: ATTENDANCE_WIDTH,
    height: { step: 22 },
    config: config(locale),
    data: { values },
    encoding: {
      y: {
        field: "seat",
        type: "nominal",
        sort: null,
        title: null,
        axis: { orient: rtl ? "right" : "left", labelLimit: 250 },
      },
      x: {
        field: "rate",
        type: "quantitative",
        title: words.axis,
        scale: { domain: [0, 1], reverse: rtl },
        axis: { format: ".0%", tickCount: 5 },
      },
    },
    layer: [
      { mark: { type: "bar", color: "#3b7dd8" } },
      {
        // The share printed inside the bar's far end, white on blue; a bar too short to hold it goes without (the
        // table above the chart gives every share).
        mark: { type: "text", align: rtl ? "left" : "right", dx: rtl ? 4 : -4, color: "white", fontSize: 10 },
        encoding: { text: { field: "rate", type: "quantitative", format: ".0%" } },
        transform: [{ filter: "datum.rate >= 0.12" }],
      },
    ],
  };
}

/** (2) The period's resolutions by state: approved, in progress, done, overdue — in reading order. */
export function resolutionsChartSpec(bars: readonly ResolutionBar[], words: ChartWords, locale: Locale): TopLevelSpec {
  const rtl = locale === "fa";
  const order = bars.map((bar) => bar.label);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: words.title,
    width: WIDTH,
    height: 150,
    config: config(locale),
    data: { values: bars.map((bar) => ({ ...bar, colour: STATE_COLOURS[bar.state] })) },
    encoding: {
      x: {
        field: "label",
        type: "nominal",
        sort: order,
        title: null,
        scale: { reverse: rtl },
        axis: { labelAngle: 0, labelLimit: 120 },
      },
      y: {
        field: "count",
        type: "quantitative",
        title: words.axis,
        axis: { format: "d", tickMinStep: 1, orient: rtl ? "right" : "left" },
        scale: { domainMin: 0, nice: true },
      },
    },
    layer: [
      {
        mark: { type: "bar", width: { band: 0.6 } },
        encoding: { color: { field: "colour", type: "nominal", scale: null } },
      },
      {
        mark: { type: "text", baseline: "bottom", dy: -3, fontSize: 11 },
        encoding: { text: { field: "count", type: "quantitative", format: "d" } },
      },
    ],
  };
}

/**
 * The four states as the report's figures give them: approved is every resolution of the period approved or further
 * along, done those implemented, in progress the approved ones not yet done, overdue the standing backlog.
 */
export function resolutionStates(figures: {
  resolutionsApproved: number;
  resolutionsImplemented: number;
  resolutionsOverdue: number;
}): Record<ResolutionState, number> {
  return {
    approved: figures.resolutionsApproved,
    in_progress: Math.max(figures.resolutionsApproved - figures.resolutionsImplemented, 0),
    done: figures.resolutionsImplemented,
    overdue: figures.resolutionsOverdue,
  };
}
