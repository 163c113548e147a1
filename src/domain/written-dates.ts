// Dates as people write them in a sentence: «۲۰ آذر ۱۴۰۵», «20 Azar 1405», «11 December 2026», «December 11, 2026»,
// beside the numeric 1405/09/20. The month's name says the calendar. Pure; the numeric grammar lives in calendar.ts.
import { normalizePersian } from "./text.ts";
import type { CalendarKind } from "./calendar.ts";

/** Each month's names, Persian first, then the Latin spellings people use; index 0 is month 1. */
const MONTH_NAMES: Record<CalendarKind, readonly (readonly string[])[]> = {
  jalali: [
    ["فروردین", "farvardin"],
    ["اردیبهشت", "ordibehesht"],
    ["خرداد", "khordad"],
    ["تیر", "tir"],
    ["مرداد", "امرداد", "mordad", "amordad"],
    ["شهریور", "shahrivar"],
    ["مهر", "mehr"],
    ["آبان", "aban"],
    ["آذر", "azar"],
    ["دی", "dey", "dei"],
    ["بهمن", "bahman"],
    ["اسفند", "esfand"],
  ],
  gregorian: [
    ["ژانویه", "january", "jan"],
    ["فوریه", "february", "feb"],
    ["مارس", "march", "mar"],
    ["آوریل", "april", "apr"],
    ["مه", "می", "may"],
    ["ژوئن", "june", "jun"],
    ["ژوئیه", "جولای", "july", "jul"],
    ["اوت", "آگوست", "august", "aug"],
    ["سپتامبر", "september", "sep", "sept"],
    ["اکتبر", "october", "oct"],
    ["نوامبر", "november", "nov"],
    ["دسامبر", "december", "dec"],
  ],
};

const MONTHS = new Map<string, { calendar: CalendarKind; month: number }>(
  (Object.keys(MONTH_NAMES) as CalendarKind[]).flatMap((calendar) =>
    MONTH_NAMES[calendar].flatMap((names, index) =>
      names.map((name) => [normalizePersian(name), { calendar, month: index + 1 }] as const),
    ),
  ),
);

// «آذرماه», «آذر‌ماه»: the month's name with «ماه» ("month") joined to it.
const MONTH_SUFFIX = /\u200C?ماه$/;

/** The month a word names («آذر», «آذرماه», «Azar», «Dec.»), or undefined. */
export function monthNamed(word: string): { calendar: CalendarKind; month: number } | undefined {
  return MONTHS.get(
    normalizePersian(word)
      .toLowerCase()
      .replace(/[.,،]+$/, "")
      .replace(MONTH_SUFFIX, ""),
  );
}

/** A date written with its month's name, still unchecked: the parts as typed and the calendar the name says. */
export type WrittenDate = { calendar: CalendarKind; yearText: string; month: number; dayText: string };

const NUMBER = /^\d+$/;

/**
 * Reads «DAY MONTH YEAR» or «MONTH DAY[,] YEAR» from `words` starting at `at` (digits already normalized or not);
 * three words or nothing.
 */
export function readWrittenDate(words: readonly string[], at = 0): WrittenDate | undefined {
  const [a = "", b = "", c = ""] = words.slice(at, at + 3).map((w) => normalizePersian(w).replace(/[,،]+$/, ""));
  const year = c;
  if (!NUMBER.test(year)) return undefined;
  const dayFirst = monthNamed(b);
  if (dayFirst && NUMBER.test(a))
    return { calendar: dayFirst.calendar, yearText: year, month: dayFirst.month, dayText: a };
  const monthFirst = monthNamed(a);
  if (monthFirst && NUMBER.test(b))
    return { calendar: monthFirst.calendar, yearText: year, month: monthFirst.month, dayText: b };
  return undefined;
}
