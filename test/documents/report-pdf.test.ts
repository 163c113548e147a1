import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annualPdf, annualPdfName, reportPdf, reportPdfName } from "../../src/documents/report-pdf.ts";
import { jalaliQuarterRange, jalaliMonthRange } from "../../src/domain/calendar.ts";
import type { PerformanceFigures } from "../../src/domain/performance.ts";
import { createI18n, translatorOf } from "../../src/i18n.ts";
import type { AnnualView, ReportView } from "../../src/services/reports/reports-text.ts";

const t = translatorOf(createI18n());
const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts");
const ZONE = "Asia/Tehran";
const ISSUED = new Date("2026-12-22T05:00:00Z");

/** Writes the file to test-artifacts/ (git-ignored), renders its pages there as PNG and reads it back. */
function inspect(pdf: Buffer, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const file of readdirSync(ARTIFACTS)) if (file.startsWith(`${name}-`)) rmSync(join(ARTIFACTS, file));
  const path = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, pdf);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(
    /[\u200c\u200e\u200f\u202a-\u202e]/g,
    "",
  );
  // pdfimages -list: two header lines, then a line per picture drawn (its transparency is a separate "smask" line).
  const images = execFileSync("pdfimages", ["-list", path], { encoding: "utf8" })
    .trim()
    .split("\n")
    .slice(2)
    .filter((line) => line.split(/\s+/)[3] === "image");
  execFileSync("pdftoppm", ["-png", "-r", "70", path, join(ARTIFACTS, name)]);
  const pages = readdirSync(ARTIFACTS).filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png"));
  return { text, images, pages: pages.map((file) => join(ARTIFACTS, file)) };
}

/**
 * Words and digits in reading order, without spaces, joiners and punctuation: poppler moves the spaces and the
 * punctuation around digits in a right-to-left line (the PNG shows them in place), never the words or the digits.
 */
const squeeze = (text: string) => text.replace(/[\s\u200c:.()]/g, "");

const autumn: PerformanceFigures = {
  meetingsHeld: 2,
  meetingsNotHeld: 1,
  meetingsQuorate: 1,
  attendance: [
    { seatId: 1, seat: "فرماندار", present: 2, meetings: 2 },
    { seatId: 2, seat: "رئیس اداره میراث فرهنگی", present: 1, meetings: 2 },
    { seatId: 3, seat: "Red Crescent Society", present: 0, meetings: 2 },
  ],
  resolutionsPassed: 3,
  resolutionsApproved: 2,
  resolutionsImplemented: 1,
  resolutionsOverdue: 1,
  referralsReceived: 2,
  referralsAnswered: 1,
  minutesSignedLate: 1,
  minutesUnsigned: 1,
};

const quarterly: ReportView = {
  period: { kind: "quarterly", jy: 1405, quarter: 3 },
  committeeTitle: { fa: "کارگروه کالبدی", en: "Physical working group" },
  hqName: "ستاد بازآفرینی پایدار شهرستان نمونه",
  zone: ZONE,
  range: jalaliQuarterRange(1405, 3, ZONE),
  figures: autumn,
  asOf: null,
};

describe("performance report as a PDF with two charts (issue #15 part 2)", () => {
  it("Persian quarterly: the text's figures in reading order, the seats' table, both charts as images", async () => {
    expect(reportPdfName(quarterly)).toBe("report-1405-Q3.pdf");
    const pdf = await reportPdf(t, "fa", quarterly, ISSUED);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, images, pages } = inspect(pdf, "report-fa");
    for (const phrase of [
      "ستاد بازآفرینی پایدار شهرستان نمونه",
      "گزارش عملکرد فصلی",
      "پاییز ۱۴۰۵",
      "کارگروه کالبدی",
      "جلسات: ۲ جلسه برگزار شد که ۱ جلسه با حد نصاب رسمیت یافت.",
      "مصوبات: ۳ تصویب‌شده",
      "ارجاعات دبیرخانه ستاد: به ۱ مورد از ۲ ارجاع پاسخ کتبی داده شد.",
      "رئیس اداره میراث فرهنگی",
      "Red Crescent Society",
      "۵۰٪",
      "نمودارها",
    ])
      expect(squeeze(text), phrase).toContain(squeeze(phrase));
    expect(text).not.toContain([..."میراث"].reverse().join(""));
    expect(squeeze(text)).toContain("صفحه۱از");
    // No emoji reaches the page (Vazirmatn has no glyph for it).
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    // The two charts, attendance by seat and resolutions by state, are pictures on the page.
    expect(images).toHaveLength(2);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) expect(statSync(page).size).toBeGreaterThan(10_000);
  });

  it("English monthly: left to right, Latin digits, both charts", async () => {
    const azar: ReportView = {
      ...quarterly,
      period: { kind: "monthly", jy: 1405, month: 9 },
      range: jalaliMonthRange(1405, 9, ZONE),
      asOf: new Date("2026-12-10T08:00:00Z"),
    };
    expect(reportPdfName(azar)).toBe("report-1405-09.pdf");
    const { text, images, pages } = inspect(await reportPdf(t, "en", azar, ISSUED), "report-en");
    for (const phrase of [
      "Monthly performance report — Azar 1405",
      "Working group: Physical working group",
      "Interim figures, as of",
      "Meetings: 2 held, 1 of them with a quorum.",
      "Resolutions: 3 passed; 2 approved for execution; 1 implemented; 1 past their due date and not implemented.",
      "Attendance: 50% of the meetings held.",
      "Red Crescent Society",
      "page 1 of",
    ])
      expect(text, phrase).toContain(phrase);
    expect(text).not.toMatch(/[۰-۹]/);
    expect(images).toHaveLength(2);
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });

  it("a period without meetings says so instead of an empty attendance chart; the resolutions chart stays", async () => {
    const quiet: ReportView = {
      ...quarterly,
      figures: { ...autumn, meetingsHeld: 0, meetingsQuorate: 0, attendance: [] },
    };
    const { text, images } = inspect(await reportPdf(t, "fa", quiet, ISSUED), "report-fa-quiet");
    expect(squeeze(text)).toContain(squeeze("در این دوره جلسه‌ای برگزار نشد."));
    expect(images).toHaveLength(1);
  });

  it("annual (part C): each group's quarters, the year's seats merged across groups, both charts", async () => {
    const view: AnnualView = {
      jy: 1405,
      hqName: "ستاد بازآفرینی پایدار شهرستان نمونه",
      committees: [
        { title: { fa: "کارگروه کالبدی", en: "Physical" }, quarters: [null, null, autumn, null], total: autumn },
        {
          title: { fa: "کارگروه اجتماعی", en: "Social" },
          quarters: [autumn, null, null, null],
          total: { ...autumn, resolutionsOverdue: 2 },
        },
      ],
    };
    expect(annualPdfName(view)).toBe("annual-report-1405.pdf");
    const { text, images } = inspect(await annualPdf(t, "fa", view, ISSUED), "annual-fa");
    for (const phrase of ["گزارش سالانه عملکرد کارگروه‌ها", "سال ۱۴۰۵", "کارگروه کالبدی", "کارگروه اجتماعی", "جمع سال"])
      expect(squeeze(text), phrase).toContain(squeeze(phrase));
    // فرماندار sits in both groups: 4 of 4 in one row.
    expect(squeeze(text)).toContain("فرماندار۴۴۱۰۰٪");
    expect(images).toHaveLength(2);
  });
});
