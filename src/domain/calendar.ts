// Dates as officials type and read them: Jalali in Persian, Gregorian in English, wall-clock time in the
// HQ's zone. Pure: instants and zones are always passed in. Jalali arithmetic uses jalaali-js rather than
// Intl so output does not depend on the ICU build.
import * as jalaali from "jalaali-js";
import { DateTime } from "luxon";
import { type Locale, normalizePersian, toPersianDigits } from "./text.ts";
import { readWrittenDate, type WrittenDate } from "./written-dates.ts";

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A Gregorian calendar date without a zone. */
export type LocalDate = { year: number; month: number; day: number };
export type LocalTime = { hour: number; minute: number };
export type JalaliDate = { jy: number; jm: number; jd: number };
export type CalendarKind = "jalali" | "gregorian";
export type JalaliQuarter = 1 | 2 | 3 | 4;

export type DateError =
  | { code: "date_format" }
  /** The year was not written with four digits (e.g. `05/09/20`). */
  | { code: "year_format" }
  | { code: "year_out_of_range"; calendar: CalendarKind; year: number; min: number; max: number }
  | { code: "month_out_of_range"; calendar: CalendarKind; month: number }
  | { code: "day_out_of_range"; calendar: CalendarKind; day: number; maxDay: number };

export type TimeError = { code: "time_format" } | { code: "time_out_of_range"; hour: number; minute: number };

const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

// ---------------------------------------------------------------------------------------------------
// Parsing

// Four-digit years below this are Jalali (today ~1405); at or above it, Gregorian (today ~2026).
const FIRST_GREGORIAN_YEAR = 1700;
// Bounds keep every accepted date inside what jalaali-js converts and what formatting can show.
const YEAR_RANGE: Record<CalendarKind, { min: number; max: number }> = {
  jalali: { min: 1000, max: FIRST_GREGORIAN_YEAR - 1 },
  gregorian: { min: FIRST_GREGORIAN_YEAR, max: 2999 },
};

// `٫` is the Arabic decimal separator some Persian keyboards produce instead of `.`.
const DATE_PATTERN = /^(\d+)\s*([/.\-٫])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;

/**
 * Parses `1405/09/20`, `۱۴۰۵-۰۹-۲۰`, `2026.12.11` and the like, or a date with its month's name (`۲۰ آذر ۱۴۰۵`,
 * `20 Azar 1405`, `December 11, 2026`), into a Gregorian date.
 */
export function parseDate(input: string): Result<LocalDate, DateError> {
  const parsed = parseCalendarDate(input);
  return parsed.ok ? ok(parsed.value.date) : parsed;
}

/** As parseDate, also saying which calendar the date was written in (date arithmetic such as B2's term follows it). */
export function parseCalendarDate(input: string): Result<{ date: LocalDate; calendar: CalendarKind }, DateError> {
  const text = normalizePersian(input);
  const match = DATE_PATTERN.exec(text);
  if (match) {
    const [, yearText = "", , monthText = "", dayText = ""] = match;
    const calendar: CalendarKind = Number(yearText) < FIRST_GREGORIAN_YEAR ? "jalali" : "gregorian";
    return checkedDate({ calendar, yearText, month: Number(monthText), dayText });
  }
  const words = text.split(/\s+/).filter(Boolean);
  const written = words.length === 3 ? readWrittenDate(words) : undefined;
  return written ? checkedDate(written) : fail({ code: "date_format" });
}

/**
 * The date that starts at `words[at]` in a line such as `/convene ۲۰ آذر ۱۴۰۵ ساعت ۱۰ سالن`: one word (`1405/09/20`)
 * or three (`۲۰ آذر ۱۴۰۵`); `used` says how many words it took, so the reader goes on after it.
 */
export function readDateWords(
  words: readonly string[],
  at = 0,
): { date: Result<{ date: LocalDate; calendar: CalendarKind }, DateError>; used: number } {
  const written = readWrittenDate(words, at);
  if (written) return { date: checkedDate(written), used: 3 };
  return { date: parseCalendarDate(words[at] ?? ""), used: 1 };
}

/**
 * A date and where its time begins in a line such as `۲۰ آذر ۱۴۰۵ ساعت ۱۰ …`: the date's one or three words, then
 * the index of the time's word, after «ساعت» / "at" when one is there.
 */
export function readDateTimeWords(words: readonly string[]): {
  date: ReturnType<typeof readDateWords>["date"];
  timeAt: number;
} {
  const { date, used } = readDateWords(words);
  return { date, timeAt: TIME_CONNECTORS.has(normalizePersian(words[used] ?? "").toLowerCase()) ? used + 1 : used };
}

/** A whole line that is only a date and a time (`/reschedule ۲۸ آذر ۱۴۰۵ ساعت ۱۰`), or why it is not. */
export type DateTimeLine =
  | { kind: "read"; date: LocalDate; time: LocalTime }
  | { kind: "not_date_and_time" }
  | { kind: "date_error"; error: DateError }
  | { kind: "time_error"; error: TimeError };

/**
 * Reads a line holding exactly a date and a time. Its shape (one date, an optional «ساعت» / "at", one time and
 * nothing else) is judged first, so a line of the wrong shape gets the command's usage rather than a date's error.
 */
export function readDateTimeLine(text: string): DateTimeLine {
  const words = normalizePersian(text).split(/\s+/).filter(Boolean);
  const { date, timeAt } = readDateTimeWords(words);
  if (words.length === 0 || words.length !== timeAt + 1) return { kind: "not_date_and_time" };
  if (!date.ok) return { kind: "date_error", error: date.error };
  const time = parseTime(words[timeAt]!);
  if (!time.ok) return { kind: "time_error", error: time.error };
  return { kind: "read", date: date.value.date, time: time.value };
}

function checkedDate({
  calendar,
  yearText,
  month,
  dayText,
}: WrittenDate): Result<{ date: LocalDate; calendar: CalendarKind }, DateError> {
  if (yearText.length !== 4) return fail({ code: "year_format" });
  const year = Number(yearText);
  const day = Number(dayText);
  const { min, max } = YEAR_RANGE[calendar];
  if (year < min || year > max) return fail({ code: "year_out_of_range", calendar, year, min, max });
  if (month < 1 || month > 12) return fail({ code: "month_out_of_range", calendar, month });
  const maxDay = calendar === "jalali" ? jalaali.jalaaliMonthLength(year, month) : gregorianMonthLength(year, month);
  if (day < 1 || day > maxDay) return fail({ code: "day_out_of_range", calendar, day, maxDay });
  return ok({ date: calendar === "jalali" ? fromJalali(year, month, day) : { year, month, day }, calendar });
}

// Minutes need two digits so `9.5` is not silently read as 09:05 or 09:50.
const TIME_PATTERN = /^(\d{1,2})(?:\s*[:.٫]\s*(\d{2}))?$/;

/** Words people put before a time: `ساعت ۱۰`, `at 10:30`. */
export const TIME_CONNECTORS: ReadonlySet<string> = new Set(["ساعت", "at"]);

/** Parses `10:00`, `۱۰:۳۰`, `9:05`, `10` (whole hour), `10.30` and `ساعت ۱۰` as a 24-hour time. */
export function parseTime(input: string): Result<LocalTime, TimeError> {
  const [first = "", ...rest] = normalizePersian(input).trim().split(/\s+/);
  const text = TIME_CONNECTORS.has(first.toLowerCase()) ? rest.join(" ") : normalizePersian(input);
  const match = TIME_PATTERN.exec(text);
  if (!match) return fail({ code: "time_format" });
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? "0");
  if (hour > 23 || minute > 59) return fail({ code: "time_out_of_range", hour, minute });
  return ok({ hour, minute });
}

// ---------------------------------------------------------------------------------------------------
// Conversions

/**
 * The instant at which clocks in `zone` show `date` `time`. A wall-clock time skipped by a daylight-saving
 * jump resolves to the equivalent time after the jump (luxon's rule); Asia/Tehran has had none since 2022.
 */
export function zonedInstant(date: LocalDate, time: LocalTime, zone: string): Date {
  const wallClock = DateTime.fromObject({ ...date, ...time }, { zone });
  if (!wallClock.isValid) {
    throw new RangeError(`zonedInstant: ${wallClock.invalidExplanation ?? "invalid date, time or zone"}`);
  }
  return wallClock.toJSDate();
}

export function localDateOf(instant: Date, zone: string): LocalDate {
  const { year, month, day } = wallClockOf(instant, zone);
  return { year, month, day };
}

export function toJalali(date: LocalDate): JalaliDate {
  return jalaali.toJalaali(date.year, date.month, date.day);
}

export function fromJalali(jy: number, jm: number, jd: number): LocalDate {
  const { gy, gm, gd } = jalaali.toGregorian(jy, jm, jd);
  return { year: gy, month: gm, day: gd };
}

/** Same month and day `n` years later; 29 February becomes 28 February in a common year. */
export function addYears(date: LocalDate, n: number): LocalDate {
  const year = date.year + n;
  const day = Math.min(date.day, gregorianMonthLength(year, date.month));
  return { year, month: date.month, day };
}

/**
 * The same day `n` years later as counted in `calendar`: 15 Farvardin 1405 → 15 Farvardin 1407 (in Gregorian terms
 * 4 April 2026 → 3 April 2028, as Jalali and Gregorian leap years fall differently). A day the target year lacks
 * becomes its month's last day: 30 Esfand → 29 Esfand in a common Jalali year, 29 February → 28 February.
 */
export function addYearsIn(calendar: CalendarKind, date: LocalDate, n: number): LocalDate {
  if (calendar === "gregorian") return addYears(date, n);
  const { jy, jm, jd } = toJalali(date);
  const year = jy + n;
  return fromJalali(year, jm, Math.min(jd, jalaali.jalaaliMonthLength(year, jm)));
}

/** `2026-04-04`: the form days are stored and compared in (ISO strings sort in calendar order). */
export function toIsoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, "0")}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function fromIsoDate(day: string): LocalDate {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return { year, month, day: date };
}

/** The calendar a locale reads and writes dates in: Jalali in Persian, Gregorian in English. */
export function calendarOfLocale(locale: Locale): CalendarKind {
  return locale === "fa" ? "jalali" : "gregorian";
}

function wallClockOf(instant: Date, zone: string): DateTime<true> {
  const wallClock = DateTime.fromJSDate(instant, { zone });
  if (!wallClock.isValid) {
    throw new RangeError(`wallClockOf: ${wallClock.invalidExplanation ?? "invalid instant or zone"}`);
  }
  return wallClock;
}

function gregorianMonthLength(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------------------------------
// Formatting

// Indexed by luxon's weekday: 1 = Monday … 7 = Sunday.
const WEEKDAYS: Record<Locale, readonly string[]> = {
  fa: ["", "دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنج\u200Cشنبه", "جمعه", "شنبه", "یک\u200Cشنبه"],
  en: ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const JALALI_MONTHS = [
  "",
  "فروردین",
  "اردیبهشت",
  "خرداد",
  "تیر",
  "مرداد",
  "شهریور",
  "مهر",
  "آبان",
  "آذر",
  "دی",
  "بهمن",
  "اسفند",
] as const;

const GREGORIAN_MONTHS = [
  "",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const FRIDAY = 5;

/** `شنبه ۲۱ آذر ۱۴۰۵` / `Saturday 12 December 2026`. */
export function formatDate(instant: Date, locale: Locale, zone: string): string {
  const wallClock = wallClockOf(instant, zone);
  const weekday = WEEKDAYS[locale][wallClock.weekday];
  if (locale === "en") {
    return `${weekday} ${wallClock.day} ${GREGORIAN_MONTHS[wallClock.month]} ${wallClock.year}`;
  }
  const { jy, jm, jd } = toJalali(localDateOf(instant, zone));
  return toPersianDigits(`${weekday} ${jd} ${JALALI_MONTHS[jm]} ${jy}`);
}

/** `۱۰:۰۰` / `10:00`, 24-hour. */
export function formatTime(instant: Date, locale: Locale, zone: string): string {
  const { hour, minute } = wallClockOf(instant, zone);
  const time = `${pad2(hour)}:${pad2(minute)}`;
  return locale === "fa" ? toPersianDigits(time) : time;
}

/** `شنبه ۲۱ آذر ۱۴۰۵، ساعت ۱۰:۰۰` / `Saturday 12 December 2026, 10:00`. */
export function formatDateTime(instant: Date, locale: Locale, zone: string): string {
  const date = formatDate(instant, locale, zone);
  const time = formatTime(instant, locale, zone);
  return locale === "fa" ? `${date}، ساعت ${time}` : `${date}, ${time}`;
}

/** `۱۴۰۵/۰۹/۲۱` / `2026-12-12`; both are accepted back by parseDate. */
export function formatDateShort(instant: Date, locale: Locale, zone: string): string {
  const date = localDateOf(instant, zone);
  if (locale === "en") return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
  const { jy, jm, jd } = toJalali(date);
  return toPersianDigits(`${jy}/${pad2(jm)}/${pad2(jd)}`);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Friday is the weekly holiday; convening on it deserves a warning. */
export function isFriday(instant: Date, zone: string): boolean {
  return wallClockOf(instant, zone).weekday === FRIDAY;
}

// ---------------------------------------------------------------------------------------------------
// Jalali periods (quarterly reports; the fiscal year starts on 1 Farvardin)

export type InstantRange = { start: Date; end: Date };

export function jalaliQuarterOf(instant: Date, zone: string): { jy: number; quarter: JalaliQuarter } {
  const { jy, jm } = toJalali(localDateOf(instant, zone));
  return { jy, quarter: quarterOfMonth(jm) };
}

/** From 00:00 on the quarter's first day (inclusive) to 00:00 on the next quarter's first day (exclusive). */
export function jalaliQuarterRange(jy: number, quarter: JalaliQuarter, zone: string): InstantRange {
  if (![1, 2, 3, 4].includes(quarter)) {
    // Quarters often come back from callback data or the database, where the type is only a promise.
    throw new RangeError(`jalaliQuarterRange: quarter must be 1–4, got ${quarter}`);
  }
  const firstMonth = (quarter - 1) * 3 + 1;
  return { start: startOfJalaliMonth(jy, firstMonth, zone), end: startOfJalaliMonth(jy, firstMonth + 3, zone) };
}

/** From 00:00 on the month's first day (inclusive) to 00:00 on the next month's first day (exclusive). */
export function jalaliMonthRange(jy: number, jm: number, zone: string): InstantRange {
  if (!Number.isInteger(jm) || jm < 1 || jm > 12) {
    throw new RangeError(`jalaliMonthRange: month must be 1–12, got ${jm}`);
  }
  return { start: startOfJalaliMonth(jy, jm, zone), end: startOfJalaliMonth(jy, jm + 1, zone) };
}

function quarterOfMonth(jm: number): JalaliQuarter {
  return Math.ceil(jm / 3) as JalaliQuarter;
}

/** Month 13 means Farvardin of the next year, so period ends need no special case. */
function startOfJalaliMonth(jy: number, jm: number, zone: string): Date {
  const year = jm > 12 ? jy + 1 : jy;
  const month = jm > 12 ? jm - 12 : jm;
  return zonedInstant(fromJalali(year, month, 1), { hour: 0, minute: 0 }, zone);
}
