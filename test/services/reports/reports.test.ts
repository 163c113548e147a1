import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPersonByTelegramId, updatePerson } from "../../../src/db/queries/people.ts";
import { resolutionsOfMeeting } from "../../../src/db/queries/resolutions.ts";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import {
  attendance,
  auditLog,
  headquarters,
  invitations,
  jobs,
  meetings,
  outbox,
  performanceReports,
  referrals,
  resolutions,
} from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import type { PerformanceFigures } from "../../../src/domain/performance.ts";
import { ensureDailyPlanning, runDailyPlanning } from "../../../src/services/shared/daily-planning.ts";
import { signMinutes } from "../../../src/services/minutes/minutes.ts";
import {
  draftScheduledReport,
  requestReport,
  sendAnnualReport,
  sendReport,
} from "../../../src/services/reports/reports.ts";
import { actOnResolution, assignResolution } from "../../../src/services/resolutions/resolutions.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { ENDED, HOUR, type RecordedSession, recordedSession } from "../../helpers/recorded-session.ts";
import { CHAIR, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const STAFF = 1000;
const PROVINCE_CHAT = -1009000000001;
const ARTIFACTS = join(import.meta.dirname, "..", "..", "..", "test-artifacts");

/** The PDF's text as poppler extracts it (the file is kept in test-artifacts/, git-ignored). */
function pdfTextOf(pdf: Buffer, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/[\u200c\u200e\u200f\u202a-\u202e]/g, "");
}

/** Pictures drawn in the PDF (pdfimages lists a picture's transparency as a separate "smask" line). */
function pdfImages(pdf: Buffer): number {
  const path = join(ARTIFACTS, "report-images-check.pdf");
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path, pdf);
  return execFileSync("pdfimages", ["-list", path], { encoding: "utf8" })
    .trim()
    .split("\n")
    .slice(2)
    .filter((line) => line.split(/\s+/)[3] === "image").length;
}
const ZONE = "Asia/Tehran";
const at = (jy: number, jm: number, jd: number, hour = 10) =>
  zonedInstant(fromJalali(jy, jm, jd), { hour, minute: 0 }, ZONE);
/** 1 Dey 1405, 08:00 Tehran: autumn and Azar have ended and their drafts are due. */
const DRAFTS_DUE = at(1405, 10, 1, 8);

describe("performance reports (bylaw B13, note 3 of group 2, part C)", () => {
  let h: BotHarness;
  let session: RecordedSession;
  let staffId: number;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    session = await recordedSession(h);
    staffId = (await findPersonByTelegramId(h.database.db, STAFF))!.id;
  });

  const db = () => h.database.db;
  const secretaryId = () => session.ids[SECRETARY]!;
  const reports = () => db().select().from(performanceReports).orderBy(performanceReports.id);

  /**
   * The known autumn 1405 of the physical group, on top of the recorded Azar meeting (7 of 9 present, one resolution
   * passed and one not): the minutes signed 12 hours late, the passed resolution approved and due on 18 Dec (missed),
   * a second meeting in Aban with 4 present (no quorum, minutes never opened) whose resolution was implemented, a
   * cancelled meeting, and referrals: answered in Azar, open from Mehr, answered from summer.
   */
  async function autumnOf1405(): Promise<void> {
    h.clock.set(new Date(ENDED.getTime() + 60 * HOUR));
    expect((await signMinutes(h.services, secretaryId(), session.minutesId)).kind).toBe("signed");
    const passed = (await resolutionsOfMeeting(db(), session.meetingId)).find((r) => r.passed)!;
    await actOnResolution(h.services, staffId, passed.id, { kind: "approve" });
    const seats = await seatsWithHolders(db(), [session.committeeId]);
    expect(await assignResolution(h.services, secretaryId(), passed.id, seats[3]!.id, "2026-12-18")).toEqual({
      kind: "assigned",
      askedNow: true,
    });

    const [azar] = await db().select().from(meetings).where(eq(meetings.id, session.meetingId));
    const base = {
      hqId: azar!.hqId,
      committeeId: session.committeeId,
      convenedByPersonId: secretaryId(),
      convenedAt: at(1405, 7, 20),
    };
    const [aban] = await db()
      .insert(meetings)
      .values({
        ...base,
        status: "ended",
        startsAt: at(1405, 8, 10),
        proposalDeadline: at(1405, 8, 3),
        startedAt: at(1405, 8, 10),
        endedAt: at(1405, 8, 10, 12),
      })
      .returning();
    await db()
      .insert(meetings)
      .values({
        ...base,
        status: "cancelled",
        startsAt: at(1405, 8, 20),
        proposalDeadline: at(1405, 8, 13),
        cancelledAt: at(1405, 8, 1),
      });
    const presentInAban = [CHAIR, SECRETARY, MEMBERS[0]!, MEMBERS[6]!].map((id) => session.ids[id]);
    for (const seat of seats) {
      const personId = seat.holder!.personId;
      await db().insert(invitations).values({ meetingId: aban!.id, seatId: seat.id, personId });
      // As the session writes it: a row only for a seat that was in the room (a row marked absent means it left).
      if (presentInAban.includes(personId))
        await db()
          .insert(attendance)
          .values({ meetingId: aban!.id, seatId: seat.id, personId, present: true, via: "self", at: aban!.startsAt });
    }
    await db()
      .insert(resolutions)
      .values({
        ...base,
        meetingId: aban!.id,
        text: "ساماندهی معابر",
        passed: true,
        status: "implemented",
        dueDate: "2026-11-30",
      });
    const referral = {
      hqId: azar!.hqId,
      committeeId: session.committeeId,
      subject: "بررسی طرح",
      dueDate: "2027-01-30",
      referredByPersonId: staffId,
    };
    await db()
      .insert(referrals)
      .values([
        {
          ...referral,
          createdAt: at(1405, 9, 5),
          status: "reported",
          reportText: "گزارش",
          reportedAt: at(1405, 9, 25),
        },
        { ...referral, createdAt: at(1405, 7, 12), status: "open" },
        { ...referral, createdAt: at(1405, 6, 10), status: "reported", reportedAt: at(1405, 7, 2) },
      ]);
  }

  const seatTitles = [
    "فرماندار",
    "رئیس اداره میراث فرهنگی",
    ...["۱", "۲", "۳", "۴", "۵", "۶", "۷"].map((d) => `عضو ${d}`),
  ];

  it("B13 drafts autumn's quarterly report at the quarter's end with every figure, and Azar's monthly one", async () => {
    await autumnOf1405();
    await runDailyPlanning(h.services);
    const keys = (await db().select({ key: jobs.dedupeKey, runAt: jobs.runAt }).from(jobs)).filter((j) =>
      j.key?.startsWith("report:"),
    );
    expect(keys.map((k) => k.key).sort()).toEqual([
      `report:${session.committeeId}:1405-09`,
      `report:${session.committeeId}:1405-Q3`,
    ]);
    expect(keys.every((k) => k.runAt.getTime() === DRAFTS_DUE.getTime())).toBe(true);
    await h.deliver();
    h.emulator.clearCalls();

    h.clock.set(new Date(DRAFTS_DUE.getTime() - 60_000));
    await h.runJobs();
    expect(await reports()).toEqual([]);
    h.clock.set(DRAFTS_DUE);
    await h.runJobs();
    const [quarterly, monthly] = [...(await reports())].sort((a, b) => a.kind.localeCompare(b.kind)).reverse();
    expect(quarterly).toMatchObject({
      kind: "quarterly",
      label: "1405-Q3",
      status: "draft",
      committeeId: session.committeeId,
    });
    const figures = quarterly!.figures as unknown as PerformanceFigures;
    expect(figures).toEqual({
      meetingsHeld: 2,
      meetingsNotHeld: 0,
      meetingsQuorate: 1,
      attendance: seatTitles.map((seat, i) => ({
        seatId: expect.any(Number),
        seat,
        present: [2, 2, 2, 1, 1, 1, 1, 0, 1][i],
        meetings: 2,
      })),
      resolutionsPassed: 2,
      resolutionsApproved: 2,
      resolutionsImplemented: 1,
      resolutionsOverdue: 1,
      referralsReceived: 2,
      referralsAnswered: 1,
      minutesSignedLate: 1,
      minutesUnsigned: 1,
    });
    expect(monthly).toMatchObject({ kind: "monthly", label: "1405-09" });
    expect(monthly!.figures).toMatchObject({
      meetingsHeld: 1,
      meetingsQuorate: 1,
      resolutionsPassed: 1,
      resolutionsApproved: 1,
      resolutionsImplemented: 0,
      resolutionsOverdue: 1,
      referralsReceived: 1,
      referralsAnswered: 1,
      minutesSignedLate: 1,
      minutesUnsigned: 0,
    });

    await h.deliver();
    // (The overdue resolution's escalation arrives too; the drafts are the two reports.)
    const drafts = h.emulator.sent(SECRETARY).filter((m) => m.text?.includes("گزارش عملکرد"));
    expect(drafts).toHaveLength(2);
    const full = drafts.find((m) => m.text?.includes("فصلی"))!.text!;
    expect(full).toContain("گزارش عملکرد فصلی — پاییز ۱۴۰۵");
    expect(full).toContain("۲ جلسه برگزار شد که ۱ جلسه با حد نصاب رسمیت یافت");
    expect(full).toContain("• فرماندار: ۲ از ۲ (۱۰۰٪)");
    expect(full).toContain("• عضو ۶: ۰ از ۲ (۰٪)");
    expect(full).toContain("به ۱ مورد از ۲ ارجاع پاسخ کتبی داده شد");
    const short = drafts.find((m) => m.text?.includes("ماهانه"))!.text!;
    expect(short).toContain("گزارش عملکرد ماهانه — آذر ۱۴۰۵");
    expect(short).not.toContain("• فرماندار");
    expect(short).toContain("حضور اعضا: ۷۸٪");

    // A job that runs again (a runner died mid-way) drafts nothing new.
    expect(
      await draftScheduledReport(h.services, session.committeeId, { kind: "quarterly", jy: 1405, quarter: 3 }),
    ).toBe(false);
    expect(await reports()).toHaveLength(2);
  });

  it("B13 the daily pass plans each period once however often it runs, and survives a restart", async () => {
    h.clock.set(at(1405, 9, 25));
    await ensureDailyPlanning(db(), h.clock.now());
    await ensureDailyPlanning(db(), h.clock.now());
    await h.runJobs();
    await runDailyPlanning(h.services);
    await runDailyPlanning(h.services);
    const rows = await db().select({ key: jobs.dedupeKey, status: jobs.status, runAt: jobs.runAt }).from(jobs);
    expect(rows.filter((r) => r.key?.startsWith("report:"))).toHaveLength(2);
    const daily = rows.filter((r) => r.key === "daily:planning");
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({ status: "pending" });
    expect(daily[0]!.runAt.getTime()).toBeGreaterThan(h.clock.now().getTime());
    // A pass that gave up after its retries comes back at the next start-up.
    await db().update(jobs).set({ status: "failed" }).where(eq(jobs.dedupeKey, "daily:planning"));
    await ensureDailyPlanning(db(), h.clock.now());
    expect(
      (
        await db()
          .select()
          .from(jobs)
          .where(and(eq(jobs.dedupeKey, "daily:planning"), eq(jobs.status, "pending")))
      ).length,
    ).toBe(1);
  });

  it("B13 one press of Send delivers the report to the HQ secretariat; another changes nothing; others may not", async () => {
    await autumnOf1405();
    h.clock.set(DRAFTS_DUE);
    expect(
      await draftScheduledReport(h.services, session.committeeId, { kind: "quarterly", jy: 1405, quarter: 3 }),
    ).toBe(true);
    const [row] = await reports();
    await h.deliver();
    h.emulator.clearCalls();
    expect(await sendReport(h.services, session.ids[MEMBERS[0]!]!, row!.id)).toEqual({ kind: "not_officer" });
    expect(await sendReport(h.services, staffId, row!.id)).toEqual({ kind: "not_officer" });
    expect(await sendReport(h.services, secretaryId(), 99_999)).toEqual({ kind: "unknown" });
    expect(await sendReport(h.services, secretaryId(), row!.id)).toEqual({ kind: "sent" });
    const outboxAfterSend = (await db().select().from(outbox)).length;
    expect(await sendReport(h.services, secretaryId(), row!.id)).toMatchObject({ kind: "already_sent" });
    expect(await sendReport(h.services, session.ids[CHAIR]!, row!.id)).toMatchObject({ kind: "already_sent" });
    expect((await db().select().from(outbox)).length).toBe(outboxAfterSend);
    const [sent] = await reports();
    expect(sent).toMatchObject({ status: "sent", sentByPersonId: secretaryId() });
    await h.deliver();
    // The text summary, then the same report as a PDF with its two charts.
    const copies = h.emulator.sent(SECRETARIAT_CHAT);
    expect(copies.map((c) => c.kind)).toEqual(["text", "document"]);
    expect(copies[0]!.text).toContain("گزارش عملکرد فصلی — پاییز ۱۴۰۵");
    expect(copies[0]!.text).toContain("فرستنده: دبیر کارگروه");
    expect(copies[1]!.document?.file_name).toBe("report-1405-Q3.pdf");
    expect(copies[1]!.caption).toContain("گزارش عملکرد فصلی — پاییز ۱۴۰۵");
    expect((await db().select().from(auditLog).where(eq(auditLog.action, "report.sent"))).length).toBe(1);
  });

  it("#15: a county's sent report reaches its province's secretariat too, text and PDF, in the province's language", async () => {
    await autumnOf1405();
    const [county] = await db().select().from(headquarters);
    await db().insert(headquarters).values({
      key: "sample-province",
      level: "province",
      name: "Sample Province HQ",
      timezone: ZONE,
      locale: "en",
      secretariatChatId: PROVINCE_CHAT,
    });
    await db().update(headquarters).set({ parentKey: "sample-province" }).where(eq(headquarters.id, county!.id));
    h.clock.set(DRAFTS_DUE);
    await draftScheduledReport(h.services, session.committeeId, { kind: "quarterly", jy: 1405, quarter: 3 });
    const [row] = await reports();
    await h.deliver();
    h.emulator.clearCalls();
    expect(await sendReport(h.services, secretaryId(), row!.id)).toEqual({ kind: "sent" });
    await h.deliver();

    const [hqText, hqFile] = h.emulator.sent(SECRETARIAT_CHAT);
    expect(hqText!.text).toContain("گزارش عملکرد فصلی — پاییز ۱۴۰۵");
    const hqPdf = pdfTextOf(hqFile!.upload!.content, "report-hq-fa");
    // Poppler moves the colon around the digit in a right-to-left line; words and digits keep their order.
    expect(hqPdf.replace(/[\s:]/g, "")).toContain("جلسات۲جلسهبرگزارشدکه۱جلسهباحدنصابرسمیتیافت");
    expect(pdfImages(hqFile!.upload!.content)).toBe(2);

    const province = h.emulator.sent(PROVINCE_CHAT);
    expect(province.map((m) => m.kind)).toEqual(["text", "document"]);
    expect(province[0]!.text).toContain("Quarterly performance report — Autumn 1405");
    expect(province[0]!.text).toContain("Meetings: 2 held, 1 of them with a quorum.");
    expect(province[1]!.document?.file_name).toBe("report-1405-Q3.pdf");
    const provincePdf = pdfTextOf(province[1]!.upload!.content, "report-province-en");
    expect(provincePdf).toContain("Quarterly performance report — Autumn 1405");
    expect(provincePdf).toContain("Meetings: 2 held, 1 of them with a quorum.");
    expect(pdfImages(province[1]!.upload!.content)).toBe(2);
    // The province's copy is in the outbox as its own HQ's, so its send budget and records are its own.
    const provinceRows = await db().select().from(outbox).where(eq(outbox.chatId, PROVINCE_CHAT));
    expect(provinceRows.map((r) => r.purpose)).toEqual(["performance_report", "performance_report"]);
  });

  it("#15: without a secretariat chat each staff member gets the text and the PDF privately", async () => {
    await autumnOf1405();
    await db().update(headquarters).set({ secretariatChatId: null });
    h.clock.set(DRAFTS_DUE);
    await draftScheduledReport(h.services, session.committeeId, { kind: "quarterly", jy: 1405, quarter: 3 });
    const [row] = await reports();
    await h.deliver();
    h.emulator.clearCalls();
    expect(await sendReport(h.services, secretaryId(), row!.id)).toEqual({ kind: "sent" });
    await h.deliver();
    expect(h.emulator.sent(SECRETARIAT_CHAT)).toHaveLength(0);
    const staff = h.emulator.sent(STAFF);
    expect(staff.map((m) => m.kind)).toEqual(["text", "document"]);
    expect(pdfImages(staff[1]!.upload!.content)).toBe(2);
  });

  it("#15 part C: without a chat of its own, the annual report still reaches the province; the staff member gets the PDF", async () => {
    await autumnOf1405();
    await db().insert(headquarters).values({
      key: "sample-province",
      level: "province",
      name: "ستاد استان نمونه",
      timezone: ZONE,
      locale: "fa",
      secretariatChatId: PROVINCE_CHAT,
    });
    await db()
      .update(headquarters)
      .set({ parentKey: "sample-province", secretariatChatId: null })
      .where(eq(headquarters.key, "sample-county"));
    h.clock.set(DRAFTS_DUE);
    await h.deliver();
    h.emulator.clearCalls();
    expect(await sendAnnualReport(h.services, staffId, 1405)).toMatchObject({ kind: "no_chat" });
    await h.deliver();
    const province = h.emulator.sent(PROVINCE_CHAT);
    expect(province.map((m) => m.kind)).toEqual(["text", "document"]);
    expect(province[0]!.text).toContain(
      "گزارش سالانه عملکرد کارگروه‌های ستاد بازآفرینی پایدار شهرستان نمونه — سال ۱۴۰۵",
    );
    expect(province[1]!.document?.file_name).toBe("annual-report-1405.pdf");
    expect(pdfImages(province[1]!.upload!.content)).toBe(2);
    const staff = h.emulator.sent(STAFF);
    expect(staff.map((m) => m.kind)).toEqual(["document"]);
    const text = pdfTextOf(staff[0]!.upload!.content, "annual-staff-fa").replace(/[\s:()]/g, "");
    // (Poppler regroups digits around a bracket in a right-to-left line; the page shows «جلسات ۲ (۱ با حد نصاب)».)
    expect(text).toContain("جمعسالجلسات");
    expect(text).toContain("فرماندار۲۲۱۰۰٪");
  });

  it("B13 on demand: the last finished quarter is drafted for the officers, the running one only previewed", async () => {
    await autumnOf1405();
    h.clock.set(at(1405, 10, 5));
    expect(
      await requestReport(h.services, session.ids[MEMBERS[0]!]!, {
        kind: "quarterly",
        which: "last",
        committeeId: null,
      }),
    ).toEqual({ kind: "not_officer" });
    const drafted = await requestReport(h.services, session.ids[CHAIR]!, {
      kind: "quarterly",
      which: "last",
      committeeId: session.committeeId,
    });
    expect(drafted.kind === "reports" && drafted.reports.map((r) => r.kind)).toEqual(["draft"]);
    if (drafted.kind !== "reports" || drafted.reports[0]!.kind !== "draft") return;
    expect(drafted.reports[0]!.view.figures.meetingsHeld).toBe(2);
    // The scheduled job finds the draft already there and sends nothing twice.
    expect(
      await draftScheduledReport(h.services, session.committeeId, { kind: "quarterly", jy: 1405, quarter: 3 }),
    ).toBe(false);
    const preview = await requestReport(h.services, secretaryId(), {
      kind: "quarterly",
      which: "current",
      committeeId: null,
    });
    expect(preview.kind === "reports" && preview.reports[0]).toMatchObject({
      kind: "preview",
      view: { period: { jy: 1405, quarter: 4 }, figures: { meetingsHeld: 0 } },
    });
    expect(await reports()).toHaveLength(1);
    await sendReport(h.services, secretaryId(), drafted.reports[0]!.reportId);
    const again = await requestReport(h.services, secretaryId(), {
      kind: "quarterly",
      which: "last",
      committeeId: null,
    });
    expect(again.kind === "reports" && again.reports[0]!.kind).toBe("already_sent");
  });

  it("the draft reaches an English-reading secretary in English", async () => {
    await updatePerson(db(), secretaryId(), { locale: "en" });
    await autumnOf1405();
    h.clock.set(DRAFTS_DUE);
    await draftScheduledReport(h.services, session.committeeId, { kind: "quarterly", jy: 1405, quarter: 3 });
    await h.deliver();
    const text = h.emulator.lastSent(SECRETARY)!.text!;
    expect(text).toContain("Quarterly performance report — Autumn 1405");
    expect(text).toContain("Meetings: 2 held, 1 of them with a quorum.");
    expect(text).toContain("• فرماندار: 2 of 2 (100%)");
    expect(JSON.stringify(h.emulator.lastSent(SECRETARY)!.reply_markup)).toContain("Send to HQ secretariat");
  });

  it("part C: staff assemble the year's quarterly figures into one annual report for the secretariat chat", async () => {
    await autumnOf1405();
    h.clock.set(DRAFTS_DUE);
    await draftScheduledReport(h.services, session.committeeId, { kind: "quarterly", jy: 1405, quarter: 3 });
    await h.deliver();
    h.emulator.clearCalls();
    expect(await sendAnnualReport(h.services, secretaryId(), 1405)).toEqual({ kind: "not_staff" });
    expect(await sendAnnualReport(h.services, staffId, 99)).toEqual({ kind: "bad_year" });
    expect(await sendAnnualReport(h.services, staffId, 1406)).toEqual({ kind: "not_started", year: 1406 });
    expect(await sendAnnualReport(h.services, staffId, 1405, "nope")).toMatchObject({
      kind: "ambiguous",
      hqKeys: ["sample-county"],
    });
    expect(await sendAnnualReport(h.services, staffId, 1405)).toEqual({ kind: "sent", committees: 1 });
    await h.deliver();
    const [annualText, annualFile] = h.emulator.sent(SECRETARIAT_CHAT);
    expect(annualFile!.document?.file_name).toBe("annual-report-1405.pdf");
    expect(pdfImages(annualFile!.upload!.content)).toBe(2);
    const text = annualText!.text!;
    expect(text).toContain("گزارش سالانه عملکرد کارگروه‌های ستاد بازآفرینی پایدار شهرستان نمونه — سال ۱۴۰۵");
    expect(text).toContain("پاییز: جلسات ۲ (۱ با حد نصاب)");
    expect(text).toContain("جمع سال: جلسات ۲ (۱ با حد نصاب)");
    const annual = (await reports()).find((r) => r.kind === "annual");
    expect(annual).toMatchObject({ committeeId: null, label: "1405", status: "sent" });
  });
});
