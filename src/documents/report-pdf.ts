import { attendanceRate, type PerformanceFigures, sumFigures } from "../domain/performance.ts";
import { type Locale, localizeDigits } from "../domain/text.ts";
import {
  type AnnualView,
  annualCommitteeLines,
  overallAttendanceLine,
  percent,
  type ReportView,
  reportFigureLines,
  reportHeaderLines,
} from "../services/reports/reports-text.ts";
import type { Translate } from "../services/shared/deps.ts";
import { chartPng } from "./chart-png.ts";
import { PageFlow } from "./page-flow.ts";
import {
  type AttendanceBar,
  attendanceChartSpec,
  type ResolutionState,
  resolutionStates,
  resolutionsChartSpec,
} from "./report-charts.ts";

/**
 * B13's performance reports on A4 (quarterly, monthly, and part C's annual): the very sentences and figures of the
 * text report, the attendance of each seat in a table, and the two charts — attendance by seat/agency, resolutions by
 * state. Persian right to left with Persian digits, English left to right.
 */

export function reportPdfName(view: ReportView): string {
  const { period } = view;
  const label =
    period.kind === "quarterly"
      ? `${period.jy}-Q${period.quarter}`
      : `${period.jy}-${String(period.month).padStart(2, "0")}`;
  return `report-${label}.pdf`;
}

export function annualPdfName(view: AnnualView): string {
  return `annual-report-${view.jy}.pdf`;
}

// The emoji that open a chat line have no glyph in Vazirmatn; on paper the line starts with its words.
const PICTOGRAPHS = /\p{Extended_Pictographic}|\uFE0F/gu;
const printable = (line: string) => line.replace(PICTOGRAPHS, "").trim();

const STATE_KEYS: Record<ResolutionState, string> = {
  approved: "report-pdf-state-approved",
  in_progress: "report-pdf-state-in-progress",
  done: "report-pdf-state-done",
  overdue: "report-pdf-state-overdue",
};

async function charts(
  t: Translate,
  locale: Locale,
  flow: PageFlow,
  figures: PerformanceFigures,
  seats: AttendanceBar[],
) {
  const attendance = seats.some((seat) => seat.meetings > 0)
    ? await chartPng(
        attendanceChartSpec(
          seats,
          { title: t(locale, "report-pdf-chart-attendance"), axis: t(locale, "report-pdf-chart-attendance-axis") },
          locale,
        ),
      )
    : null;
  const states = resolutionStates(figures);
  const resolutions = await chartPng(
    resolutionsChartSpec(
      (Object.keys(STATE_KEYS) as ResolutionState[]).map((state) => ({
        state,
        label: t(locale, STATE_KEYS[state]),
        count: states[state],
      })),
      { title: t(locale, "report-pdf-chart-resolutions"), axis: t(locale, "report-pdf-chart-resolutions-axis") },
      locale,
    ),
  );
  // The heading goes to the next page with its first chart rather than end a page alone.
  flow.heading(t(locale, "report-pdf-charts"), flow.fitted(attendance ?? resolutions).height);
  if (attendance) flow.image(attendance.png, attendance);
  else flow.paragraph(t(locale, "report-attendance-none"));
  flow.image(resolutions.png, resolutions);
}

function attendanceTable(t: Translate, locale: Locale, flow: PageFlow, seats: readonly AttendanceBar[]): void {
  const n = (value: number) => localizeDigits(String(value), locale);
  flow.table(
    [
      { title: t(locale, "report-pdf-col-seat"), share: 4 },
      { title: t(locale, "report-pdf-col-present"), share: 1.3 },
      { title: t(locale, "report-pdf-col-meetings"), share: 1.3 },
      { title: t(locale, "report-pdf-col-rate"), share: 1.3 },
    ],
    seats.map((seat) => [seat.seat, n(seat.present), n(seat.meetings), percent(attendanceRate([seat]), locale)]),
  );
}

function footer(t: Translate, locale: Locale, title: string) {
  const n = (value: number) => localizeDigits(String(value), locale);
  return (page: number, pages: number) => [t(locale, "report-pdf-footer", { title, page: n(page), pages: n(pages) })];
}

/** A quarterly or monthly report of one working group. */
export async function reportPdf(t: Translate, locale: Locale, view: ReportView, issuedAt: Date): Promise<Buffer> {
  const [title = "", ...header] = reportHeaderLines(t, locale, view).map(printable);
  const flow = await PageFlow.open(locale === "fa" ? "rtl" : "ltr", { title, author: view.hqName, date: issuedAt });
  flow.paragraph(view.hqName, { size: 15, weight: "bold", align: "center" });
  flow.paragraph(title, { size: 13, weight: "bold", align: "center" });
  for (const line of header) flow.paragraph(line, { align: "center" });

  flow.heading(t(locale, "report-pdf-figures"));
  for (const line of reportFigureLines(t, locale, view.figures)) flow.paragraph(printable(line));
  flow.paragraph(overallAttendanceLine(t, locale, view.figures));

  flow.heading(printable(t(locale, "report-attendance-title")));
  if (view.figures.attendance.length === 0) flow.paragraph(t(locale, "report-attendance-none"));
  else attendanceTable(t, locale, flow, view.figures.attendance);

  await charts(t, locale, flow, view.figures, view.figures.attendance);
  return flow.finish(footer(t, locale, title));
}

/** Seats of every group merged by their title: an agency sitting in several groups is one bar. */
function seatsAcrossCommittees(view: AnnualView): AttendanceBar[] {
  const bySeat = new Map<string, AttendanceBar>();
  for (const committee of view.committees) {
    for (const row of committee.total.attendance) {
      const seat = bySeat.get(row.seat) ?? { seat: row.seat, present: 0, meetings: 0 };
      seat.present += row.present;
      seat.meetings += row.meetings;
      bySeat.set(row.seat, seat);
    }
  }
  return [...bySeat.values()];
}

/** Part C: the HQ's groups for a Jalali year, with the charts over all of them. */
export async function annualPdf(t: Translate, locale: Locale, view: AnnualView, issuedAt: Date): Promise<Buffer> {
  const title = printable(
    t(locale, "annual-title", { hq: view.hqName, year: localizeDigits(String(view.jy), locale) }),
  );
  const flow = await PageFlow.open(locale === "fa" ? "rtl" : "ltr", { title, author: view.hqName, date: issuedAt });
  flow.paragraph(view.hqName, { size: 15, weight: "bold", align: "center" });
  flow.paragraph(title, { size: 13, weight: "bold", align: "center" });
  flow.paragraph(t(locale, "annual-for-province"), { align: "center" });
  if (view.committees.length === 0) flow.paragraph(t(locale, "annual-no-committees"));
  for (const committee of view.committees) {
    flow.heading(committee.title[locale]);
    for (const line of annualCommitteeLines(t, locale, committee)) flow.paragraph(line);
  }
  const seats = seatsAcrossCommittees(view);
  flow.heading(printable(t(locale, "report-attendance-title")));
  if (seats.length === 0) flow.paragraph(t(locale, "report-attendance-none"));
  else attendanceTable(t, locale, flow, seats);
  // Overdue is a standing backlog per group: the year's is the groups' year-end backlogs added up.
  const all = sumFigures(view.committees.map((c) => c.total));
  all.resolutionsOverdue = view.committees.reduce((sum, c) => sum + c.total.resolutionsOverdue, 0);
  await charts(t, locale, flow, all, seats);
  return flow.finish(footer(t, locale, title));
}
