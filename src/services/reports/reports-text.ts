import { formatDate, type InstantRange } from "../../domain/calendar.ts";
import { attendanceRate, type PerformanceFigures, type ReportPeriod } from "../../domain/performance.ts";
import { type Locale, localizeDigits } from "../../domain/text.ts";
import type { MessageKey, Translate } from "../shared/deps.ts";

/** What a performance report says, resolved to plain data. */
export type ReportView = {
  period: ReportPeriod;
  committeeTitle: { fa: string; en: string };
  hqName: string;
  zone: string;
  range: InstantRange;
  figures: PerformanceFigures;
  /** Set for a period still running: the figures are as of this moment. */
  asOf: Date | null;
};

const n = (value: number, locale: Locale) => localizeDigits(String(value), locale);

export function percent(rate: number | null, locale: Locale): string {
  if (rate === null) return "—";
  const whole = String(Math.round(rate * 100));
  return locale === "fa" ? `${localizeDigits(whole, "fa")}٪` : `${whole}%`;
}

const QUARTER_KEYS: readonly MessageKey[] = [
  "report-quarter-1",
  "report-quarter-2",
  "report-quarter-3",
  "report-quarter-4",
];
const MONTH_KEYS: readonly MessageKey[] = [
  "report-month-1",
  "report-month-2",
  "report-month-3",
  "report-month-4",
  "report-month-5",
  "report-month-6",
  "report-month-7",
  "report-month-8",
  "report-month-9",
  "report-month-10",
  "report-month-11",
  "report-month-12",
];

/** `پاییز ۱۴۰۵` / `Autumn 1405`, `آذر ۱۴۰۵` / `Azar 1405`. */
export function periodName(t: Translate, locale: Locale, period: ReportPeriod): string {
  const name =
    period.kind === "quarterly"
      ? t(locale, QUARTER_KEYS[period.quarter - 1]!)
      : t(locale, MONTH_KEYS[period.month - 1]!);
  return `${name} ${n(period.jy, locale)}`;
}

function counts(locale: Locale, f: PerformanceFigures) {
  return {
    held: n(f.meetingsHeld, locale),
    quorate: n(f.meetingsQuorate, locale),
    passed: n(f.resolutionsPassed, locale),
    approved: n(f.resolutionsApproved, locale),
    implemented: n(f.resolutionsImplemented, locale),
    overdue: n(f.resolutionsOverdue, locale),
    received: n(f.referralsReceived, locale),
    answered: n(f.referralsAnswered, locale),
    late: n(f.minutesSignedLate, locale),
    unsigned: n(f.minutesUnsigned, locale),
    rate: percent(attendanceRate(f.attendance), locale),
  };
}

/** Title, committee, period and (while running) the as-of date: the top of the text and of the PDF. */
export function reportHeaderLines(t: Translate, locale: Locale, view: ReportView): string[] {
  const lastDay = new Date(view.range.end.getTime() - 1);
  return [
    t(locale, view.period.kind === "quarterly" ? "report-title-quarterly" : "report-title-monthly", {
      period: periodName(t, locale, view.period),
    }),
    t(locale, "report-committee", { committee: view.committeeTitle[locale], hq: view.hqName }),
    t(locale, "report-range", {
      from: formatDate(view.range.start, locale, view.zone),
      to: formatDate(lastDay, locale, view.zone),
    }),
    ...(view.asOf ? [t(locale, "report-as-of", { date: formatDate(view.asOf, locale, view.zone) })] : []),
  ];
}

/** Meetings, resolutions, referrals and minutes: one sentence each, the same in the text and the PDF. */
export function reportFigureLines(t: Translate, locale: Locale, figures: PerformanceFigures): string[] {
  const values = counts(locale, figures);
  return [
    t(locale, "report-meetings", values),
    ...(figures.meetingsNotHeld > 0
      ? [t(locale, "report-meetings-not-held", { count: n(figures.meetingsNotHeld, locale) })]
      : []),
    t(locale, "report-resolutions", values),
    t(locale, "report-referrals", values),
    t(locale, "report-minutes", values),
  ];
}

/** The whole period's attendance rate, as the monthly text gives it. */
export function overallAttendanceLine(t: Translate, locale: Locale, figures: PerformanceFigures): string {
  return t(locale, "report-attendance-overall", counts(locale, figures));
}

/** B13 quarterly in full (attendance per member agency); note 3's monthly in short form. */
export function reportText(t: Translate, locale: Locale, view: ReportView): string {
  const f = view.figures;
  const lines = [...reportHeaderLines(t, locale, view), "", ...reportFigureLines(t, locale, f)];
  if (view.period.kind === "monthly") return [...lines, overallAttendanceLine(t, locale, f)].join("\n");
  lines.push("", t(locale, "report-attendance-title"));
  if (f.attendance.length === 0) lines.push(t(locale, "report-attendance-none"));
  for (const seat of f.attendance) {
    lines.push(
      t(locale, "report-attendance-line", {
        seat: seat.seat,
        present: n(seat.present, locale),
        meetings: n(seat.meetings, locale),
        rate: percent(attendanceRate([seat]), locale),
      }),
    );
  }
  return lines.join("\n");
}

export type AnnualView = {
  jy: number;
  hqName: string;
  committees: {
    title: { fa: string; en: string };
    quarters: (PerformanceFigures | null)[];
    total: PerformanceFigures;
  }[];
};

/** One committee's four quarters and the year's total, a line each. */
export function annualCommitteeLines(
  t: Translate,
  locale: Locale,
  committee: AnnualView["committees"][number],
): string[] {
  const lines = committee.quarters.map((figures, i) => {
    const label = t(locale, QUARTER_KEYS[i]!);
    return figures
      ? t(locale, "annual-line", { label, ...counts(locale, figures) })
      : t(locale, "annual-line-not-yet", { label });
  });
  lines.push(t(locale, "annual-line", { label: t(locale, "annual-total"), ...counts(locale, committee.total) }));
  return lines;
}

/** Part C: the county groups' quarterly figures in one report for the provincial HQ secretariat. */
export function annualText(t: Translate, locale: Locale, view: AnnualView): string {
  const lines = [
    t(locale, "annual-title", { hq: view.hqName, year: n(view.jy, locale) }),
    t(locale, "annual-for-province"),
  ];
  if (view.committees.length === 0) lines.push("", t(locale, "annual-no-committees"));
  for (const committee of view.committees) {
    lines.push("", t(locale, "annual-committee", { committee: committee.title[locale] }));
    lines.push(...annualCommitteeLines(t, locale, committee));
  }
  return lines.join("\n");
}
