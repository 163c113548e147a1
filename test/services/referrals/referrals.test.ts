import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali } from "../../../src/domain/calendar.ts";
import { jobs, outbox, referrals } from "../../../src/db/schema.ts";
import {
  fileReferralReport,
  type ReferInput,
  referralsFor,
  referSubject,
  REPORT_TEXT_MAX,
} from "../../../src/services/referrals/referrals.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import {
  type FollowThroughWorld,
  followThroughWorld,
  OTHER_SECRETARY,
  OTHER_STAFF,
  STAFF,
} from "../../helpers/follow-through-setup.ts";
import { CHAIR, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const DUE = fromJalali(1405, 9, 21); // Saturday 2026-12-12
const SUBJECT = "بررسی طرح ساماندهی بافت تاریخی محله سرچشمه";

describe("referrals and written reports (bylaw B12)", () => {
  let h: BotHarness;
  let w: FollowThroughWorld;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    // Built at the test's time: orders named without a start begin on the day they are imported (B2).
    h.clock.set(START);
    w = await followThroughWorld(h);
    h.emulator.clearCalls();
  });

  const input = (over: Partial<ReferInput> = {}): ReferInput => ({
    committeeKey: "physical",
    dueDate: DUE,
    subject: SUBJECT,
    ...over,
  });
  const refer = async (over: Partial<ReferInput> = {}, by = STAFF) => referSubject(h.services, w.ids[by]!, input(over));
  const referred = async () => {
    const result = await refer();
    if (result.kind !== "referred") throw new Error(result.kind);
    return result.referralId;
  };
  const sentTo = (chat: number, fragment: string) =>
    h.emulator.sent(chat).filter((m) => (m.text ?? m.caption ?? "").includes(fragment));

  it("B12 staff refer a subject; the secretary receives it with the due date in the Jalali calendar", async () => {
    const result = await refer({ committeeKey: " PHYSICAL " });
    expect(result).toMatchObject({ kind: "referred", recipient: "دبیر کارگروه", dueDate: "2026-12-12" });
    await h.deliver();
    const received = h.emulator.lastSent(SECRETARY)!.text!;
    expect(received).toContain(SUBJECT);
    expect(received).toContain("شنبه ۲۱ آذر ۱۴۰۵");
    expect(received).toContain("بند ۱۲ آیین‌نامه");
    expect(h.emulator.sent(CHAIR)).toHaveLength(0);
  });

  it("B12 with no secretary holding a seat, the chair receives the referral and the reminders", async () => {
    const roster = nineSeatRoster();
    roster.committees[1]!.members![1] = { seat: "رئیس اداره میراث فرهنگی", role: "secretary" };
    w = await followThroughWorld(h, roster);
    expect(await refer()).toMatchObject({ kind: "referred", recipient: "رئیس کارگروه" });
    await h.deliver();
    expect(h.emulator.lastSent(CHAIR)!.text).toContain(SUBJECT);
    h.clock.set("2026-12-05T06:00:00Z");
    await h.runJobs();
    await h.deliver();
    expect(sentTo(CHAIR, "یک هفته دیگر")).toHaveLength(1);
  });

  it("B12 reminders: a week before, on the due date, then weekly while overdue; they stop once the report is filed", async () => {
    const id = await referred();
    const planned = await h.database.db
      .select()
      .from(jobs)
      .where(like(jobs.dedupeKey, `referral:${id}:%`));
    expect(Object.fromEntries(planned.map((j) => [j.dedupeKey, j.runAt.toISOString()]))).toEqual({
      [`referral:${id}:week-before`]: "2026-12-05T05:30:00.000Z",
      [`referral:${id}:due`]: "2026-12-12T05:30:00.000Z",
      [`referral:${id}:overdue`]: "2026-12-19T05:30:00.000Z",
    });
    await h.deliver();
    h.clock.set("2026-12-05T05:00:00Z");
    expect((await h.runJobs()).claimed).toBe(0);
    h.clock.set("2026-12-05T06:00:00Z");
    await h.runJobs();
    await h.deliver();
    expect(sentTo(SECRETARY, "یک هفته دیگر")).toHaveLength(1);
    h.clock.set("2026-12-12T06:00:00Z");
    await h.runJobs();
    await h.deliver();
    expect(sentTo(SECRETARY, "امروز")).toHaveLength(1);
    h.clock.set("2026-12-19T06:00:00Z");
    await h.runJobs();
    h.clock.set("2026-12-26T06:00:00Z");
    await h.runJobs();
    await h.deliver();
    expect(sentTo(SECRETARY, "هنوز ارسال نشده")).toHaveLength(2);
    const [overdue] = await h.database.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `referral:${id}:overdue`));
    expect(overdue).toMatchObject({ status: "pending", runAt: new Date("2027-01-02T05:30:00.000Z") });

    expect(
      await fileReferralReport(h.services, w.ids[SECRETARY]!, id, { text: "گزارش کارگروه: طرح قابل اجراست." }),
    ).toEqual({ kind: "reported", secretariat: true });
    h.clock.set("2027-01-09T06:00:00Z");
    expect((await h.runJobs()).claimed).toBe(0);
    await h.deliver();
    expect(sentTo(SECRETARY, "هنوز ارسال نشده")).toHaveLength(2);
  });

  it("B12 a referral due within the week skips the week-before reminder; one due today only gets the overdue ones", async () => {
    h.clock.set("2026-12-08T08:00:00Z");
    const soon = await referred();
    const keys = (
      await h.database.db
        .select()
        .from(jobs)
        .where(like(jobs.dedupeKey, `referral:${soon}:%`))
    )
      .map((j) => j.dedupeKey)
      .sort();
    expect(keys).toEqual([`referral:${soon}:due`, `referral:${soon}:overdue`]);
    h.clock.set("2026-12-12T08:00:00Z");
    const today = await referred();
    const todayKeys = (
      await h.database.db
        .select()
        .from(jobs)
        .where(like(jobs.dedupeKey, `referral:${today}:%`))
    ).map((j) => j.dedupeKey);
    expect(todayKeys).toEqual([`referral:${today}:overdue`]);
  });

  it("B12 every refusal says why and records nothing", async () => {
    const before = await h.database.rowCounts();
    expect(await refer({}, MEMBERS[0]!)).toEqual({ kind: "not_staff" });
    expect(await refer({}, SECRETARY)).toEqual({ kind: "not_staff" });
    expect(await refer({ committeeKey: "sample-county/physical" }, OTHER_STAFF)).toEqual({ kind: "not_staff_of_hq" });
    expect(await refer({ committeeKey: "economy" })).toEqual({
      kind: "unknown_committee",
      keys: ["finance", "physical"],
    });
    expect(await refer({ dueDate: fromJalali(1405, 9, 6) })).toEqual({
      kind: "due_in_past",
      today: "2026-11-28",
      zone: "Asia/Tehran",
    });
    expect(await refer({ subject: "   " })).toEqual({ kind: "empty" });
    expect(await refer({ subject: "ب".repeat(2001) })).toEqual({ kind: "too_long", max: 2000 });
    expect(await refer({ committeeKey: "finance" })).toEqual({ kind: "no_recipient" });
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B12 staff of another HQ refer only to their own HQ's group of the same key", async () => {
    const result = await refer({}, OTHER_STAFF);
    expect(result.kind).toBe("referred");
    await h.deliver();
    expect(h.emulator.lastSent(OTHER_SECRETARY)!.text).toContain(SUBJECT);
    expect(h.emulator.sent(SECRETARY)).toHaveLength(0);
  });

  it("B12 only the group's secretary or chair files the report, once; it reaches the secretariat chat and the referring staff member", async () => {
    const id = await referred();
    const before = await h.database.rowCounts();
    expect(await fileReferralReport(h.services, w.ids[MEMBERS[0]!]!, id, { text: "x" })).toEqual({
      kind: "not_officer",
    });
    expect(await fileReferralReport(h.services, w.ids[OTHER_SECRETARY]!, id, { text: "x" })).toEqual({
      kind: "not_officer",
    });
    expect(await fileReferralReport(h.services, w.ids[STAFF]!, id, { text: "x" })).toEqual({ kind: "not_officer" });
    expect(await fileReferralReport(h.services, w.ids[SECRETARY]!, 999, { text: "x" })).toEqual({ kind: "unknown" });
    expect(await fileReferralReport(h.services, w.ids[SECRETARY]!, id, { text: "  " })).toEqual({ kind: "empty" });
    expect(
      await fileReferralReport(h.services, w.ids[SECRETARY]!, id, { text: "ب".repeat(REPORT_TEXT_MAX + 1) }),
    ).toEqual({ kind: "too_long", max: REPORT_TEXT_MAX });
    expect(await h.database.rowCounts()).toEqual(before);

    expect(await fileReferralReport(h.services, w.ids[CHAIR]!, id, { text: "گزارش کتبی کارگروه درباره طرح." })).toEqual(
      { kind: "reported", secretariat: true },
    );
    expect(await fileReferralReport(h.services, w.ids[SECRETARY]!, id, { text: "دوباره" })).toEqual({
      kind: "already_reported",
    });
    const [row] = await h.database.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row).toMatchObject({
      status: "reported",
      reportText: "گزارش کتبی کارگروه درباره طرح.",
      reportedByPersonId: w.ids[CHAIR],
    });
    await h.deliver();
    for (const chat of [SECRETARIAT_CHAT, STAFF]) {
      const report = h.emulator.lastSent(chat)!.text!;
      expect(report).toContain("گزارش کتبی");
      expect(report).toContain(SUBJECT);
      expect(report).toContain("گزارش کتبی کارگروه درباره طرح.");
    }
  });

  it("B12 a document report travels by its file id, with the text in the caption or, when long, after it", async () => {
    const first = await referred();
    await fileReferralReport(h.services, w.ids[SECRETARY]!, first, {
      text: "خلاصه گزارش",
      file: { fileId: "FILE-1", fileName: "report.pdf" },
    });
    const second = await referred();
    const long = "متن بلند گزارش ".repeat(100);
    await fileReferralReport(h.services, w.ids[SECRETARY]!, second, { text: long, file: { fileId: "FILE-2" } });
    const rows = await h.database.db.select().from(outbox).where(eq(outbox.purpose, "referral_report"));
    const toChat = rows.filter((r) => r.chatId === SECRETARIAT_CHAT).map((r) => r.payload);
    expect(toChat[0]).toMatchObject({ method: "sendDocument", fileId: "FILE-1" });
    expect((toChat[0] as { caption: string }).caption).toContain("خلاصه گزارش");
    expect(toChat[1]).toMatchObject({ method: "sendDocument", fileId: "FILE-2" });
    expect([...(toChat[1] as { caption: string }).caption].length).toBeLessThanOrEqual(1024);
    expect(toChat[2]).toMatchObject({ method: "sendMessage" });
    expect((toChat[2] as { text: string }).text).toContain(long.trim());
    expect(rows.filter((r) => r.chatId === STAFF && r.personId === w.ids[STAFF])).toHaveLength(3);
    const [stored] = await h.database.db.select().from(referrals).where(eq(referrals.id, first));
    expect(stored!.reportFile).toEqual({ fileId: "FILE-1", fileName: "report.pdf" });
  });

  it("B12 the listing shows a group's referrals to its members and to its HQ's staff, not to another HQ", async () => {
    const id = await referred();
    await refer({ subject: "موضوع دوم" });
    await fileReferralReport(h.services, w.ids[SECRETARY]!, id, { text: "گزارش" });
    for (const viewer of [MEMBERS[2]!, STAFF]) {
      const [group] = await referralsFor(h.database.db, w.ids[viewer]!);
      expect(group!.rows.map((r) => [r.subject, r.status])).toEqual([
        ["موضوع دوم", "open"],
        [SUBJECT, "reported"],
      ]);
    }
    expect(await referralsFor(h.database.db, w.ids[OTHER_STAFF]!)).toEqual([]);
  });
});
