import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { headquarters, performanceReports } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { BotHarness, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { recordedSession } from "../../helpers/recorded-session.ts";
import { COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
const secretary = persian(SECRETARY, "دبیر");
const STAFF = 1000;

describe("performance reports in chat (bylaw B13, part C)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await recordedSession(h);
    h.clock.set(zonedInstant(fromJalali(1405, 10, 5), { hour: 10, minute: 0 }, "Asia/Tehran"));
  });

  const lastAnswer = () => ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text;

  it("B13 /quarterly drafts autumn with a Send button; one press sends it to the HQ secretariat, a second changes nothing", async () => {
    const [draft] = await h.say(secretary, "/quarterly");
    expect(draft!.text).toContain("پیش‌نویس گزارش");
    expect(draft!.text).toContain("گزارش عملکرد فصلی — پاییز ۱۴۰۵");
    expect(draft!.text).toContain("۱ جلسه برگزار شد که ۱ جلسه با حد نصاب رسمیت یافت");
    const [send] = buttonsOf(draft!);
    expect(send!.text).toBe("📤 ارسال به ستاد");

    await h.press(persian(MEMBERS[1]!), draft!, send!.callback_data);
    expect(lastAnswer()).toContain("دبیر یا رئیس کارگروه");
    await h.press(secretary, draft!, send!.callback_data);
    expect(lastAnswer()).toBe("✅ گزارش به دبیرخانه ستاد ارسال شد.");
    await h.press(secretary, draft!, send!.callback_data);
    expect(lastAnswer()).toContain("تغییری داده نشد");
    await h.press(secretary, draft!, "prs:99999");
    expect(lastAnswer()).toContain("دیگر معتبر نیست");
    await h.deliver();
    expect(h.emulator.sent(SECRETARIAT_CHAT).filter((m) => m.text?.includes("گزارش عملکرد فصلی"))).toHaveLength(1);
    // #15: the report as a PDF with its charts follows the text.
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.document?.file_name).toBe("report-1405-Q3.pdf");
    expect(await h.replyTo(secretary, "/quarterly")).toContain("ارسال شده است و دوباره فرستاده نمی‌شود");
  });

  it("B13 the running quarter is a preview without a button; members and wrong words are refused with the reason", async () => {
    const [preview] = await h.say(secretary, "/quarterly جاری");
    expect(preview!.text).toContain("ارقام دوره جاری تا امروز");
    expect(preview!.text).toContain("زمستان ۱۴۰۵");
    expect(buttonsOf(preview!)).toEqual([]);
    expect(await h.database.db.select().from(performanceReports)).toEqual([]);
    expect(await h.replyTo(persian(MEMBERS[1]!), "/quarterly")).toContain("دبیر یا رئیس کارگروه تهیه می‌کند");
    expect(await h.replyTo(secretary, "/quarterly بعدی")).toContain("جاری");
    expect(await h.replyTo(english(1003), "/monthly")).toContain(
      "Performance reports are prepared by a working group's secretary or chair",
    );
  });

  it("note 3: /monthly in the group chat drafts Azar in short form there", async () => {
    const [draft] = await h.say(secretary, "/monthly", group);
    expect(draft!.chat_id).toBe(COMMITTEE_CHAT);
    expect(draft!.text).toContain("گزارش عملکرد ماهانه — آذر ۱۴۰۵");
    expect(draft!.text).toContain("حضور اعضا: ۷۸٪");
  });

  it("part C: /annualreport for staff sends the year to the secretariat chat", async () => {
    expect(await h.replyTo(persian(STAFF), "/annualreport")).toContain("‎/annualreport ۱۴۰۵");
    expect(await h.replyTo(secretary, "/annualreport 1405")).toContain("کارشناسان دبیرخانه");
    expect(await h.replyTo(persian(STAFF), "/annualreport ۱۴۰۵")).toContain("گزارش سالانه ۱ کارگروه");
    await h.deliver();
    const [text, file] = h.emulator.sent(SECRETARIAT_CHAT).slice(-2);
    expect(text!.text).toContain("📘 گزارش سالانه عملکرد کارگروه‌های");
    expect(file!.document?.file_name).toBe("annual-report-1405.pdf");
  });

  it("part C without a secretariat chat: the text to forward in the reply, the PDF privately (#15)", async () => {
    await h.database.db.update(headquarters).set({ secretariatChatId: null });
    const reply = await h.replyTo(persian(STAFF), "/annualreport ۱۴۰۵");
    expect(reply).toContain("گروه دبیرخانه ثبت نشده است");
    expect(reply).toContain("فایل PDF آن همراه با نمودارها در گفتگوی خصوصی");
    expect(reply).toContain("گزارش سالانه عملکرد کارگروه‌های");
    await h.deliver();
    const files = h.emulator.sent(STAFF).filter((m) => m.kind === "document");
    expect(files.map((m) => m.document?.file_name)).toEqual(["annual-report-1405.pdf"]);
  });
});
