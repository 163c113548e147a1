import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { fieldVisits } from "../../../src/db/schema.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { followThroughWorld, STAFF } from "../../helpers/follow-through-setup.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const ZONE = "Asia/Tehran";
const HOUR = 60 * 60 * 1000;
/** Wednesday 25 Azar 1405, 10:00 Tehran. */
const VISIT = zonedInstant(fromJalali(1405, 9, 25), { hour: 10, minute: 0 }, ZONE);
const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه" };

const textOf = (messages: EmuMessage[]) => messages.map((m) => m.text ?? m.caption ?? "").join("\n---\n");

describe("field visits in chat: reminders, cancelling, withdrawing, listing (bylaw B15)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    // Built at the test's time: orders named without a start begin on the day they are imported (B2).
    h.clock.set(START);
    await followThroughWorld(h);
    h.emulator.clearCalls();
  });

  /** Everything but the update log: a refused press still counts as a processed update. */
  const stateCounts = async () => {
    const { processed_updates: _, ...rest } = await h.database.rowCounts();
    return rest;
  };
  const lastAnswer = () =>
    ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text ?? "";
  const visitStatus = async () =>
    (await h.database.db.select({ status: fieldVisits.status }).from(fieldVisits))[0]!.status;

  it("B15 in Persian: the approved visit is listed and reminded; the secretary cancels it with a reason and everyone is told", async () => {
    expect(await h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی وضعیت معابر")).toContain(
      "درخواست بازدید میدانی شماره ۱",
    );
    await h.deliver();
    const request = h.emulator.lastSent(STAFF)!;
    await h.press(staff, request, buttonData(request, "تأیید"));
    await h.deliver();

    const listing = await h.replyTo(member, "/meetings");
    expect(listing).toContain("جلسه‌ای برای کارگروه‌های شما تشکیل نشده است.");
    expect(listing).toContain(
      "بازدیدهای میدانی پیش رو:\n• 🚌 کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی — چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۰:۰۰ — محله سرچشمه",
    );

    h.clock.set(new Date(VISIT.getTime() - 24 * HOUR + 1000));
    h.emulator.clearCalls();
    await h.runJobs();
    await h.deliver();
    for (const chat of [MEMBERS[1]!, COMMITTEE_CHAT])
      expect(h.emulator.lastSent(chat)!.text, `chat ${chat}`).toContain("⏳ یادآوری: فردا بازدید میدانی کارگروه است.");

    expect(await h.replyTo(member, "/cancelvisit")).toContain("فقط دبیر یا رئیس کارگروه بازدید میدانی را هماهنگ می‌کند");
    expect(await h.replyTo(secretary, "/cancelvisit", group)).toContain("گفت‌وگوی خصوصی");
    const [question, ...more] = await h.say(secretary, "/cancelvisit");
    expect(more).toEqual([]);
    expect(question!.text).toContain("آیا این بازدید میدانی لغو شود؟");
    expect(question!.text).toContain(
      "• 🚌 کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی — چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۰:۰۰ — محله سرچشمه",
    );
    expect(buttonsOf(question!).map((b) => b.text)).toEqual(["❌ لغو این بازدید"]);

    const before = await stateCounts();
    expect(await h.press(member, question!, buttonData(question!, "لغو این بازدید"))).toEqual([]);
    expect(lastAnswer()).toBe("فقط دبیر یا رئیس کارگروهی که این بازدید را درخواست کرده است می‌تواند آن را لغو کند.");
    await h.press(secretary, question!, "fvc:999");
    expect(lastAnswer()).toBe("این دکمه دیگر معتبر نیست.");
    expect(await stateCounts()).toEqual(before);

    const [ask] = await h.press(secretary, question!, buttonData(question!, "لغو این بازدید"));
    expect(ask!.text).toContain("علت لغو بازدید میدانی زیر را در یک پیام بنویسید");
    expect(ask!.text).toContain("محله سرچشمه");
    expect(buttonsOf(ask!).map((b) => b.text)).toEqual(["لغو بدون ذکر علت", "بازدید لغو نشود"]);
    expect(await h.replyTo(secretary, "ع".repeat(501))).toContain("علت لغو بیش از ۵۰۰ حرف است");
    expect(await visitStatus()).toBe("approved");
    h.emulator.clearCalls();
    expect(await h.replyTo(secretary, "همزمانی با بازدید استاندار")).toBe(
      "✅ بازدید میدانی لغو شد؛ به ۹ عضو، گروه کارگروه و دبیرخانه ستاد اطلاع داده می‌شود و یادآوری‌های آن متوقف شد.",
    );
    await h.deliver();
    for (const chat of [MEMBERS[1]!, COMMITTEE_CHAT, SECRETARIAT_CHAT, STAFF]) {
      const text = h.emulator.lastSent(chat)!.text!;
      expect(text, `chat ${chat}`).toContain("❌ بازدید میدانی زیر از سوی دبیر کارگروه لغو شد.");
      expect(text, `chat ${chat}`).toContain("علت: همزمانی با بازدید استاندار");
    }
    await h.press(secretary, question!, buttonData(question!, "لغو این بازدید"));
    expect(lastAnswer()).toBe("این بازدید میدانی پیش‌تر لغو شده است.");
    h.clock.set(new Date(VISIT.getTime() - 2 * HOUR + 1000));
    h.emulator.clearCalls();
    expect((await h.runJobs()).claimed).toBe(0);
    expect(await h.replyTo(secretary, "/cancelvisit")).toBe(
      "هیچ بازدید میدانی قابل لغوی برای کارگروه‌های شما ثبت نشده است.",
    );
    expect(await h.replyTo(member, "/meetings")).not.toContain("بازدید");
  });

  it("B15 in English: the chair withdraws after another date is proposed — Keep first, then without a reason; Accept is refused afterwards", async () => {
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    expect(await h.replyTo(chair, "/visit 2026-12-16 10:00 Old bazaar — review of the roofs")).toContain(
      "Field visit request number 1",
    );
    await h.deliver();
    const request = h.emulator.lastSent(STAFF)!;
    await h.press(staff, request, buttonData(request, "پیشنهاد تاریخ دیگر"));
    await h.say(staff, "۱۴۰۵/۰۹/۲۸ ۱۱:۳۰");
    await h.deliver();
    const offer = h.emulator.lastSent(CHAIR)!;
    expect(buttonsOf(offer).map((b) => b.text)).toEqual(["✅ Accept the proposed date", "↩️ Withdraw the request"]);

    const [ask] = await h.press(chair, offer, buttonData(offer, "Withdraw"));
    expect(ask!.text).toContain("Write the reason for cancelling the field visit below");
    expect(ask!.text).toContain("Saturday 19 December 2026, 11:30");
    expect(textOf(await h.press(chair, ask!, buttonData(ask!, "Keep the visit")))).toBe(
      "The field visit was not cancelled; nothing changed.",
    );
    expect(await visitStatus()).toBe("other_date_proposed");

    const [question] = await h.say(chair, "/cancelvisit");
    expect(question!.text).toContain("Old bazaar (date proposed by the HQ secretariat)");
    const [again] = await h.press(chair, question!, buttonData(question!, "Cancel this visit"));
    h.emulator.clearCalls();
    expect(textOf(await h.press(chair, again!, buttonData(again!, "without a reason")))).toBe(
      "✅ The field visit request is withdrawn; the HQ secretariat is being told.",
    );
    expect(await visitStatus()).toBe("cancelled");
    await h.deliver();
    expect(h.emulator.lastSent(STAFF)!.text).toMatch(/پس گرفته شد|has been withdrawn by/);
    expect(h.emulator.sent(MEMBERS[0]!)).toHaveLength(0);

    await h.press(chair, offer, buttonData(offer, "Accept"));
    expect(lastAnswer()).toBe("This field visit was cancelled.");
    await h.press(chair, offer, buttonData(offer, "Withdraw"));
    expect(lastAnswer()).toBe("This field visit has already been cancelled.");
  });

  it("B15 in English: a member's /meetings lists the approved visit with its Gregorian and Jalali date", async () => {
    expect(await h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ Old bazaar — review of the roofs")).toContain(
      "درخواست بازدید میدانی",
    );
    await h.deliver();
    const request = h.emulator.lastSent(STAFF)!;
    const reader = english(MEMBERS[0]!, "Member Three");
    expect(await h.replyTo(reader, "/meetings")).toBe("No meeting has been convened for your working groups.");
    await h.press(staff, request, buttonData(request, "تأیید"));
    const listing = await h.replyTo(reader, "/meetings");
    expect(listing).toContain("No meeting has been convened for your working groups.\n\nUpcoming field visits:\n• 🚌 ");
    expect(listing).toContain("Wednesday 16 December 2026, 10:00 (۱۴۰۵/۰۹/۲۵)");
    expect(listing).toContain("— Old bazaar");
  });
});
