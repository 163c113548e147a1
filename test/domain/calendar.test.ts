import fc from "fast-check";
import * as jalaali from "jalaali-js";
import { describe, expect, it } from "vitest";
import {
  addYears,
  addYearsIn,
  type DateError,
  formatDate,
  formatDateShort,
  formatDateTime,
  formatTime,
  fromJalali,
  isFriday,
  jalaliMonthRange,
  jalaliQuarterOf,
  jalaliQuarterRange,
  type LocalDate,
  localDateOf,
  parseCalendarDate,
  readDateTimeLine,
  parseDate,
  parseTime,
  type TimeError,
  toJalali,
  zonedInstant,
} from "../../src/domain/calendar.ts";

const TEHRAN = "Asia/Tehran";

function tehran(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return zonedInstant({ year, month, day }, { hour, minute }, TEHRAN);
}

function dateError(input: string): DateError | undefined {
  const result = parseDate(input);
  return result.ok ? undefined : result.error;
}

function timeError(input: string): TimeError | undefined {
  const result = parseTime(input);
  return result.ok ? undefined : result.error;
}

// Every day from 1900-01-01 to 2100-12-31 as a UTC midnight.
const FIRST_DAY = Date.UTC(1900, 0, 1);
const LAST_DAY = Date.UTC(2100, 11, 31);
const DAY_MS = 86_400_000;

function utcDateOf(ms: number): LocalDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const dayIn1900to2100 = fc
  .integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY_MS })
  .map((offset) => utcDateOf(FIRST_DAY + offset * DAY_MS));

describe("known Jalali facts", () => {
  it("1405/09/20 is 2026-12-11", () => {
    expect(fromJalali(1405, 9, 20)).toEqual({ year: 2026, month: 12, day: 11 });
    expect(toJalali({ year: 2026, month: 12, day: 11 })).toEqual({ jy: 1405, jm: 9, jd: 20 });
  });

  it("1394/11/10 is 2016-01-30", () => {
    expect(fromJalali(1394, 11, 10)).toEqual({ year: 2016, month: 1, day: 30 });
  });

  it("1403 is a leap year and 1405 is not", () => {
    expect(jalaali.isLeapJalaaliYear(1403)).toBe(true);
    expect(jalaali.isLeapJalaaliYear(1405)).toBe(false);
  });
});

describe("parseDate accepts what officials type", () => {
  const dec11 = { year: 2026, month: 12, day: 11 };
  it.each([
    ["1405/09/20"],
    ["۱۴۰۵-۰۹-۲۰"],
    ["1405.9.20"],
    ["١٤٠٥/٩/٢٠"],
    ["۱۴۰۵/9/٢٠"],
    ["1405٫09٫20"],
    [" 1405 / 09 / 20 "],
    ["\u200F۱۴۰۵/۰۹/۲۰\u200E"],
    ["2026-12-11"],
    ["2026/12/11"],
    ["2026.12.11"],
    ["۲۰۲۶-۱۲-۱۱"],
  ])("%s", (input) => {
    expect(parseDate(input)).toEqual({ ok: true, value: dec11 });
  });

  it("accepts the last day of a Jalali leap year", () => {
    expect(parseDate("1403/12/30")).toEqual({ ok: true, value: { year: 2025, month: 3, day: 20 } });
  });

  it("accepts 29 February in a Gregorian leap year", () => {
    expect(parseDate("2028-02-29")).toEqual({ ok: true, value: { year: 2028, month: 2, day: 29 } });
  });

  it.each([
    ["۲۰ آذر ۱۴۰۵"],
    ["20 Azar 1405"],
    ["20 azar 1405"],
    ["۲۰ آذرماه ۱۴۰۵"],
    ["۲۰ آذر‌ماه ۱۴۰۵"],
    ["آذر ۲۰، ۱۴۰۵"],
    ["11 December 2026"],
    ["December 11, 2026"],
    ["Dec. 11, 2026"],
    ["۱۱ دسامبر ۲۰۲۶"],
  ])("a month written as a word, which says the calendar: %s", (input) => {
    expect(parseDate(input)).toEqual({ ok: true, value: dec11 });
  });

  it("a month's name and a year of the other calendar, or a day the month lacks, are refused with the reason", () => {
    expect(parseDate("20 آذر 2026")).toMatchObject({
      ok: false,
      error: { code: "year_out_of_range", calendar: "jalali" },
    });
    expect(parseDate("11 December 1405")).toMatchObject({
      ok: false,
      error: { code: "year_out_of_range", calendar: "gregorian" },
    });
    expect(parseDate("31 آذر 1405")).toMatchObject({ ok: false, error: { code: "day_out_of_range", maxDay: 30 } });
    expect(parseDate("20 آذر 05")).toMatchObject({ ok: false, error: { code: "year_format" } });
  });

  it("treats 1699 as Jalali and 1700 as Gregorian", () => {
    expect(parseDate("1699/01/01")).toEqual({ ok: true, value: fromJalali(1699, 1, 1) });
    expect(parseDate("1700/01/01")).toEqual({ ok: true, value: { year: 1700, month: 1, day: 1 } });
  });
});

describe("parseDate rejects impossible dates with a reason", () => {
  it("a Jalali month out of range", () => {
    expect(dateError("1405/13/01")).toEqual({ code: "month_out_of_range", calendar: "jalali", month: 13 });
    expect(dateError("1405/00/01")).toEqual({ code: "month_out_of_range", calendar: "jalali", month: 0 });
  });

  it("a Gregorian month out of range", () => {
    expect(dateError("2026-13-01")).toEqual({ code: "month_out_of_range", calendar: "gregorian", month: 13 });
  });

  it("30 Esfand in a Jalali common year", () => {
    expect(dateError("1405/12/30")).toEqual({ code: "day_out_of_range", calendar: "jalali", day: 30, maxDay: 29 });
  });

  it("31 Mehr (the second half of the Jalali year has 30-day months)", () => {
    expect(dateError("1405/07/31")).toEqual({ code: "day_out_of_range", calendar: "jalali", day: 31, maxDay: 30 });
  });

  it("a Jalali day zero", () => {
    expect(dateError("1405/01/00")).toEqual({ code: "day_out_of_range", calendar: "jalali", day: 0, maxDay: 31 });
  });

  it("30 February", () => {
    expect(dateError("2026-02-30")).toEqual({
      code: "day_out_of_range",
      calendar: "gregorian",
      day: 30,
      maxDay: 28,
    });
  });

  it("29 February in a Gregorian common year", () => {
    expect(dateError("2026-02-29")).toEqual({
      code: "day_out_of_range",
      calendar: "gregorian",
      day: 29,
      maxDay: 28,
    });
  });

  it.each([["05/09/20"], ["۰۵/۰۹/۲۰"], ["405/09/20"], ["14055/09/20"]])(
    "a year that is not four digits: %s",
    (input) => {
      expect(dateError(input)).toEqual({ code: "year_format" });
    },
  );

  it("a four-digit year with a leading zero", () => {
    expect(dateError("0405/09/20")).toEqual({
      code: "year_out_of_range",
      calendar: "jalali",
      year: 405,
      min: 1000,
      max: 1699,
    });
  });

  it("a Gregorian year beyond what the calendar converts", () => {
    expect(dateError("9999-01-01")).toMatchObject({ code: "year_out_of_range", calendar: "gregorian", year: 9999 });
  });

  it.each([
    [""],
    ["فردا"],
    ["20 آذر"],
    ["آذر 1405"],
    ["20 1405 آذر"],
    ["1405/09"],
    ["1405/09/20/1"],
    ["1405/09-20"],
    ["1405/123/20"],
    ["1405/09/200"],
    ["20/09/1405"],
    ["1405/ab/20"],
    ["1405 09 20"],
    ["-1405/09/20"],
  ])("garbage: %j", (input) => {
    expect(dateError(input)).toEqual({ code: "date_format" });
  });
});

describe("parseTime", () => {
  it.each([
    ["10:00", 10, 0],
    ["۱۰:۳۰", 10, 30],
    ["٩:٠٥", 9, 5],
    ["9:05", 9, 5],
    ["10", 10, 0],
    ["۱۰", 10, 0],
    ["10.30", 10, 30],
    ["0:00", 0, 0],
    ["23:59", 23, 59],
    [" 08:15 ", 8, 15],
    ["ساعت ۱۰", 10, 0],
    ["ساعت 10:30", 10, 30],
    ["at 9:05", 9, 5],
  ])("accepts %j", (input, hour, minute) => {
    expect(parseTime(input)).toEqual({ ok: true, value: { hour, minute } });
  });

  it.each([
    ["25:00", 25, 0],
    ["24:00", 24, 0],
    ["10:60", 10, 60],
    ["99", 99, 0],
  ])("rejects %j as out of range", (input, hour, minute) => {
    expect(timeError(input)).toEqual({ code: "time_out_of_range", hour, minute });
  });

  it.each([
    [""],
    ["ده"],
    ["10:5"],
    ["10:300"],
    ["100"],
    ["10:00:00"],
    ["10am"],
    [":30"],
    ["-1"],
    ["ساعت"],
    ["ساعت ده"],
  ])("rejects %j as badly formed", (input) => {
    expect(timeError(input)).toEqual({ code: "time_format" });
  });
});

describe("zonedInstant and localDateOf", () => {
  it("10:00 in Tehran is 06:30 UTC", () => {
    expect(tehran(2026, 12, 12, 10, 0).toISOString()).toBe("2026-12-12T06:30:00.000Z");
  });

  it("Tehran keeps UTC+03:30 in summer now that daylight saving is abolished", () => {
    expect(tehran(2026, 6, 15, 10, 0).toISOString()).toBe("2026-06-15T06:30:00.000Z");
  });

  it("uses the historical offset where Tehran still had daylight saving", () => {
    expect(tehran(2021, 6, 1, 10, 0).toISOString()).toBe("2021-06-01T05:30:00.000Z");
  });

  it("gives the date on the wall clock of the zone, not of UTC", () => {
    const lateEvening = new Date("2026-12-11T21:00:00Z");
    expect(localDateOf(lateEvening, TEHRAN)).toEqual({ year: 2026, month: 12, day: 12 });
    expect(localDateOf(lateEvening, "UTC")).toEqual({ year: 2026, month: 12, day: 11 });
  });

  it("throws on an unknown zone", () => {
    expect(() => zonedInstant({ year: 2026, month: 1, day: 1 }, { hour: 0, minute: 0 }, "Mars/Base")).toThrow(
      RangeError,
    );
    expect(() => localDateOf(new Date(), "Mars/Base")).toThrow(RangeError);
  });
});

describe("formatting", () => {
  const saturdayTen = tehran(2026, 12, 12, 10, 0);

  it("Persian: Jalali date with Persian digits, weekday and month", () => {
    expect(formatDate(saturdayTen, "fa", TEHRAN)).toBe("شنبه ۲۱ آذر ۱۴۰۵");
    expect(formatTime(saturdayTen, "fa", TEHRAN)).toBe("۱۰:۰۰");
    expect(formatDateTime(saturdayTen, "fa", TEHRAN)).toBe("شنبه ۲۱ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(formatDateShort(saturdayTen, "fa", TEHRAN)).toBe("۱۴۰۵/۰۹/۲۱");
  });

  it("English: Gregorian date, 24-hour time", () => {
    expect(formatDate(saturdayTen, "en", TEHRAN)).toBe("Saturday 12 December 2026");
    expect(formatTime(saturdayTen, "en", TEHRAN)).toBe("10:00");
    expect(formatDateTime(saturdayTen, "en", TEHRAN)).toBe("Saturday 12 December 2026, 10:00");
    expect(formatDateShort(saturdayTen, "en", TEHRAN)).toBe("2026-12-12");
  });

  it("pads hours and minutes and uses the 24-hour clock", () => {
    const afternoon = tehran(2026, 12, 15, 14, 5);
    expect(formatDateTime(afternoon, "fa", TEHRAN)).toBe("سه\u200Cشنبه ۲۴ آذر ۱۴۰۵، ساعت ۱۴:۰۵");
    expect(formatDateTime(afternoon, "en", TEHRAN)).toBe("Tuesday 15 December 2026, 14:05");
    expect(formatTime(tehran(2026, 12, 15, 9, 5), "fa", TEHRAN)).toBe("۰۹:۰۵");
  });

  it("names every Persian weekday, Saturday first, with the half-space in یک‌شنبه and پنج‌شنبه", () => {
    const week = [12, 13, 14, 15, 16, 17, 18].map((day) => formatDate(tehran(2026, 12, day), "fa", TEHRAN));
    expect(week.map((text) => text.split(" ")[0])).toEqual([
      "شنبه",
      "یک\u200Cشنبه",
      "دوشنبه",
      "سه\u200Cشنبه",
      "چهارشنبه",
      "پنج\u200Cشنبه",
      "جمعه",
    ]);
  });

  it("names every Jalali month", () => {
    const months = Array.from({ length: 12 }, (_, i) => {
      const { year, month, day } = fromJalali(1405, i + 1, 1);
      return formatDate(tehran(year, month, day), "fa", TEHRAN).split(" ")[2];
    });
    expect(months).toEqual([
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
    ]);
  });

  it("formats in the given zone, not the host's", () => {
    const lateEvening = new Date("2026-12-11T21:00:00Z");
    expect(formatDateTime(lateEvening, "fa", TEHRAN)).toBe("شنبه ۲۱ آذر ۱۴۰۵، ساعت ۰۰:۳۰");
    expect(formatDateTime(lateEvening, "en", "UTC")).toBe("Friday 11 December 2026, 21:00");
  });

  it("writes Persian output with Persian digits only", () => {
    fc.assert(
      fc.property(dayIn1900to2100, (date) => {
        const text = formatDateTime(tehran(date.year, date.month, date.day, 23, 59), "fa", TEHRAN);
        expect(text).not.toMatch(/[0-9\u0660-\u0669]/);
      }),
    );
  });
});

describe("isFriday", () => {
  it("is true on Friday in Tehran", () => {
    expect(isFriday(tehran(2026, 12, 11, 10), TEHRAN)).toBe(true);
    expect(isFriday(tehran(2026, 12, 12, 10), TEHRAN)).toBe(false);
  });

  it("follows the zone's wall clock: 00:30 Saturday in Tehran is still Friday in UTC", () => {
    const justAfterMidnight = tehran(2026, 12, 12, 0, 30);
    expect(isFriday(justAfterMidnight, TEHRAN)).toBe(false);
    expect(isFriday(justAfterMidnight, "UTC")).toBe(true);
  });
});

describe("Jalali quarters and months", () => {
  it("the four quarters of 1405 start at midnight on 1 Farvardin, Tir, Mehr and Dey in Tehran", () => {
    const starts = ([1, 2, 3, 4] as const).map((q) => jalaliQuarterRange(1405, q, TEHRAN).start.toISOString());
    expect(starts).toEqual([
      "2026-03-20T20:30:00.000Z",
      "2026-06-21T20:30:00.000Z",
      "2026-09-22T20:30:00.000Z",
      "2026-12-21T20:30:00.000Z",
    ]);
  });

  it("each quarter ends where the next begins, and winter ends on 1 Farvardin of the next year", () => {
    for (const q of [1, 2, 3] as const) {
      expect(jalaliQuarterRange(1405, q, TEHRAN).end).toEqual(
        jalaliQuarterRange(1405, (q + 1) as 2 | 3 | 4, TEHRAN).start,
      );
    }
    expect(jalaliQuarterRange(1405, 4, TEHRAN).end).toEqual(jalaliQuarterRange(1406, 1, TEHRAN).start);
    expect(jalaliQuarterRange(1405, 4, TEHRAN).end.toISOString()).toBe("2027-03-20T20:30:00.000Z");
  });

  it("the quarter of an instant switches exactly at midnight Tehran time", () => {
    expect(jalaliQuarterOf(new Date("2026-03-20T20:29:59.999Z"), TEHRAN)).toEqual({ jy: 1404, quarter: 4 });
    expect(jalaliQuarterOf(new Date("2026-03-20T20:30:00.000Z"), TEHRAN)).toEqual({ jy: 1405, quarter: 1 });
    expect(jalaliQuarterOf(tehran(2026, 12, 12, 10), TEHRAN)).toEqual({ jy: 1405, quarter: 3 });
  });

  it("every instant lies in the range of its own quarter", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        const instant = new Date(ms);
        const { jy, quarter } = jalaliQuarterOf(instant, TEHRAN);
        const { start, end } = jalaliQuarterRange(jy, quarter, TEHRAN);
        expect(start.getTime()).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(end.getTime());
      }),
    );
  });

  it("Esfand has 30 days in a leap year and 29 otherwise", () => {
    expect(jalaliMonthRange(1403, 12, TEHRAN)).toEqual({
      start: new Date("2025-02-18T20:30:00.000Z"),
      end: new Date("2025-03-20T20:30:00.000Z"),
    });
    const esfand1405 = jalaliMonthRange(1405, 12, TEHRAN);
    expect((esfand1405.end.getTime() - esfand1405.start.getTime()) / DAY_MS).toBe(29);
  });

  it("Azar 1405 runs from 2026-11-22 to 2026-12-21 in Tehran", () => {
    expect(jalaliMonthRange(1405, 9, TEHRAN)).toEqual({
      start: new Date("2026-11-21T20:30:00.000Z"),
      end: new Date("2026-12-21T20:30:00.000Z"),
    });
  });

  it("rejects a month or quarter that does not exist", () => {
    expect(() => jalaliMonthRange(1405, 13, TEHRAN)).toThrow(RangeError);
    expect(() => jalaliMonthRange(1405, 0, TEHRAN)).toThrow(RangeError);
    expect(() => jalaliQuarterRange(1405, 5 as 4, TEHRAN)).toThrow(RangeError);
  });
});

describe("addYearsIn", () => {
  it("counts Jalali years on the Jalali calendar", () => {
    expect(addYearsIn("jalali", fromJalali(1405, 1, 15), 2)).toEqual(fromJalali(1407, 1, 15));
    expect(addYearsIn("jalali", fromJalali(1403, 12, 30), 2)).toEqual(fromJalali(1405, 12, 29));
    expect(addYearsIn("jalali", fromJalali(1403, 12, 30), 5)).toEqual(fromJalali(1408, 12, 30));
  });

  it("counts Gregorian years as addYears does", () => {
    expect(addYearsIn("gregorian", { year: 2028, month: 2, day: 29 }, 2)).toEqual({ year: 2030, month: 2, day: 28 });
  });
});

describe("parseCalendarDate", () => {
  it("says which calendar the date was written in", () => {
    expect(parseCalendarDate("۱۴۰۵/۰۱/۱۵")).toEqual({
      ok: true,
      value: { date: { year: 2026, month: 4, day: 4 }, calendar: "jalali" },
    });
    expect(parseCalendarDate("2026-04-04")).toEqual({
      ok: true,
      value: { date: { year: 2026, month: 4, day: 4 }, calendar: "gregorian" },
    });
    expect(parseCalendarDate("1405/12/30").ok).toBe(false);
  });
});

describe("addYears", () => {
  it("keeps month and day", () => {
    expect(addYears({ year: 2026, month: 12, day: 11 }, 2)).toEqual({ year: 2028, month: 12, day: 11 });
  });

  it("turns 29 February into 28 February in a common year", () => {
    expect(addYears({ year: 2028, month: 2, day: 29 }, 1)).toEqual({ year: 2029, month: 2, day: 28 });
    expect(addYears({ year: 2028, month: 2, day: 29 }, 4)).toEqual({ year: 2032, month: 2, day: 29 });
  });

  it("goes backwards with a negative count", () => {
    expect(addYears({ year: 2028, month: 2, day: 29 }, -2)).toEqual({ year: 2026, month: 2, day: 28 });
  });
});

describe("round trips", () => {
  it("Gregorian → Jalali → Gregorian for every day from 1900 to 2100", () => {
    for (let ms = FIRST_DAY; ms <= LAST_DAY; ms += DAY_MS) {
      const date = utcDateOf(ms);
      const { jy, jm, jd } = toJalali(date);
      if (!jalaali.isValidJalaaliDate(jy, jm, jd)) throw new Error(`invalid Jalali date for ${ms}`);
      const back = fromJalali(jy, jm, jd);
      if (back.year !== date.year || back.month !== date.month || back.day !== date.day) {
        expect(back).toEqual(date);
      }
    }
  });

  it("Gregorian → Jalali → Gregorian (property)", () => {
    fc.assert(
      fc.property(dayIn1900to2100, (date) => {
        const { jy, jm, jd } = toJalali(date);
        expect(fromJalali(jy, jm, jd)).toEqual(date);
      }),
    );
  });

  it("agrees with ICU's Persian calendar", () => {
    const icu = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    fc.assert(
      fc.property(dayIn1900to2100, (date) => {
        const parts = icu.formatToParts(new Date(Date.UTC(date.year, date.month - 1, date.day)));
        const part = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? "", 10);
        expect(toJalali(date)).toEqual({ jy: part("year"), jm: part("month"), jd: part("day") });
      }),
    );
  });

  for (const locale of ["fa", "en"] as const) {
    it(`parseDate reads back formatDateShort in ${locale}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2100, 11, 31) }), (ms) => {
          const instant = new Date(ms);
          const parsed = parseDate(formatDateShort(instant, locale, TEHRAN));
          expect(parsed).toEqual({ ok: true, value: localDateOf(instant, TEHRAN) });
        }),
      );
    });
  }
});

describe("readDateTimeLine: a line that is only a date and a time (/reschedule)", () => {
  it("reads the date in numbers or words, with or without «ساعت» / at", () => {
    const expected = { kind: "read", date: { year: 2026, month: 12, day: 19 }, time: { hour: 10, minute: 30 } };
    expect(readDateTimeLine("1405/09/28 10:30")).toEqual(expected);
    expect(readDateTimeLine("۲۸ آذر ۱۴۰۵ ساعت ۱۰:۳۰")).toEqual(expected);
    expect(readDateTimeLine("  2026-12-19   at 10:30 ")).toEqual(expected);
  });

  it("a line of the wrong shape is not judged as a date: empty, no time, or words after the time", () => {
    for (const text of ["", "1405/09/28", "1405/09/28 10:30 سالن"]) {
      expect(readDateTimeLine(text), text).toEqual({ kind: "not_date_and_time" });
    }
  });

  it("a well-shaped line with a wrong date or time says which", () => {
    expect(readDateTimeLine("ساعت ۱۰")).toMatchObject({ kind: "date_error", error: { code: "date_format" } });
    expect(readDateTimeLine("1405/13/01 10:00")).toMatchObject({
      kind: "date_error",
      error: { code: "month_out_of_range" },
    });
    expect(readDateTimeLine("1405/09/28 25:00")).toMatchObject({
      kind: "time_error",
      error: { code: "time_out_of_range" },
    });
  });
});
