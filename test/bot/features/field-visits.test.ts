import { describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { fieldVisits } from "../../../src/db/schema.ts";
import { buttonData, buttonsOf, english, persian, textsOf } from "../../helpers/bot-harness.ts";
import { useFollowThroughWorld, STAFF } from "../../helpers/follow-through-setup.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const ZONE = "Asia/Tehran";
const HOUR = 60 * 60 * 1000;
/** Wednesday 25 Azar 1405, 10:00 Tehran. */
const VISIT = zonedInstant(fromJalali(1405, 9, 25), { hour: 10, minute: 0 }, ZONE);
const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه" };

describe("field visits in chat: reminders, cancelling, withdrawing, listing (bylaw B15)", () => {
  const w = useFollowThroughWorld();

  const lastAnswer = () => w.h.callbackAnswerTexts().at(-1) ?? "";
  const visitStatus = async () =>
    (await w.h.database.db.select({ status: fieldVisits.status }).from(fieldVisits))[0]!.status;

  it("B15 in Persian: the approved visit is listed and reminded; the secretary cancels it with a reason and everyone is told", async () => {
    expect(await w.h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی وضعیت معابر")).toContain(
      "درخواست بازدید میدانی شماره ۱",
    );
    await w.h.deliver();
    const request = w.h.emulator.lastSent(STAFF)!;
    await w.h.press(staff, request, buttonData(request, "تأیید"));
    await w.h.deliver();

    const listing = await w.h.replyTo(member, "/meetings");
    expect(listing).toContain("جلسه‌ای برای کارگروه‌های شما تشکیل نشده است.");
    expect(listing).toContain(
      "بازدیدهای میدانی پیش رو:\n• 🚌 کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی — چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۰:۰۰ — محله سرچشمه",
    );

    w.h.clock.set(new Date(VISIT.getTime() - 24 * HOUR + 1000));
    w.h.emulator.clearCalls();
    await w.h.runJobs();
    await w.h.deliver();
    for (const chat of [MEMBERS[1]!, COMMITTEE_CHAT])
      expect(w.h.emulator.lastSent(chat)!.text, `chat ${chat}`).toContain(
        "⏳ یادآوری: فردا بازدید میدانی کارگروه است.",
      );

    expect(await w.h.replyTo(member, "/cancelvisit")).toContain(
      "فقط دبیر یا رئیس کارگروه بازدید میدانی را هماهنگ می‌کند",
    );
    expect(await w.h.replyTo(secretary, "/cancelvisit", group)).toContain("گفت‌وگوی خصوصی");
    const [question, ...more] = await w.h.say(secretary, "/cancelvisit");
    expect(more).toEqual([]);
    expect(question!.text).toContain("آیا این بازدید میدانی لغو شود؟");
    expect(question!.text).toContain(
      "• 🚌 کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی — چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۰:۰۰ — محله سرچشمه",
    );
    expect(buttonsOf(question!).map((b) => b.text)).toEqual(["❌ لغو این بازدید"]);

    const before = await w.h.stateCounts();
    expect(await w.h.press(member, question!, buttonData(question!, "لغو این بازدید"))).toEqual([]);
    expect(lastAnswer()).toBe("فقط دبیر یا رئیس کارگروهی که این بازدید را درخواست کرده است می‌تواند آن را لغو کند.");
    await w.h.press(secretary, question!, "fvc:999");
    expect(lastAnswer()).toBe("این دکمه دیگر معتبر نیست.");
    expect(await w.h.stateCounts()).toEqual(before);

    const [ask] = await w.h.press(secretary, question!, buttonData(question!, "لغو این بازدید"));
    expect(ask!.text).toContain("علت لغو بازدید میدانی زیر را در یک پیام بنویسید");
    expect(ask!.text).toContain("محله سرچشمه");
    expect(buttonsOf(ask!).map((b) => b.text)).toEqual(["لغو بدون ذکر علت", "بازدید لغو نشود"]);
    expect(await w.h.replyTo(secretary, "ع".repeat(501))).toContain("علت لغو بیش از ۵۰۰ حرف است");
    expect(await visitStatus()).toBe("approved");
    w.h.emulator.clearCalls();
    expect(await w.h.replyTo(secretary, "همزمانی با بازدید استاندار")).toBe(
      "✅ بازدید میدانی لغو شد؛ به ۹ عضو، گروه کارگروه و دبیرخانه ستاد اطلاع داده می‌شود و یادآوری‌های آن متوقف شد.",
    );
    await w.h.deliver();
    for (const chat of [MEMBERS[1]!, COMMITTEE_CHAT, SECRETARIAT_CHAT, STAFF]) {
      const text = w.h.emulator.lastSent(chat)!.text!;
      expect(text, `chat ${chat}`).toContain("❌ بازدید میدانی زیر از سوی دبیر کارگروه لغو شد.");
      expect(text, `chat ${chat}`).toContain("علت: همزمانی با بازدید استاندار");
    }
    await w.h.press(secretary, question!, buttonData(question!, "لغو این بازدید"));
    expect(lastAnswer()).toBe("این بازدید میدانی پیش‌تر لغو شده است.");
    w.h.clock.set(new Date(VISIT.getTime() - 2 * HOUR + 1000));
    w.h.emulator.clearCalls();
    expect((await w.h.runJobs()).claimed).toBe(0);
    expect(await w.h.replyTo(secretary, "/cancelvisit")).toBe(
      "هیچ بازدید میدانی قابل لغوی برای کارگروه‌های شما ثبت نشده است.",
    );
    expect(await w.h.replyTo(member, "/meetings")).not.toContain("بازدید");
  });

  it("B15 in English: the chair withdraws after another date is proposed — Keep first, then without a reason; Accept is refused afterwards", async () => {
    const chair = english(CHAIR, "Chair");
    await w.h.say(chair, "/lang en");
    expect(await w.h.replyTo(chair, "/visit 2026-12-16 10:00 Old bazaar — review of the roofs")).toContain(
      "Field visit request number 1",
    );
    await w.h.deliver();
    const request = w.h.emulator.lastSent(STAFF)!;
    await w.h.press(staff, request, buttonData(request, "پیشنهاد تاریخ دیگر"));
    await w.h.say(staff, "۱۴۰۵/۰۹/۲۸ ۱۱:۳۰");
    await w.h.deliver();
    const offer = w.h.emulator.lastSent(CHAIR)!;
    expect(buttonsOf(offer).map((b) => b.text)).toEqual(["✅ Accept the proposed date", "↩️ Withdraw the request"]);

    const [ask] = await w.h.press(chair, offer, buttonData(offer, "Withdraw"));
    expect(ask!.text).toContain("Write the reason for cancelling the field visit below");
    expect(ask!.text).toContain("Saturday 19 December 2026, 11:30");
    expect(textsOf(await w.h.press(chair, ask!, buttonData(ask!, "Keep the visit")))).toBe(
      "The field visit was not cancelled; nothing changed.",
    );
    expect(await visitStatus()).toBe("other_date_proposed");

    const [question] = await w.h.say(chair, "/cancelvisit");
    expect(question!.text).toContain("Old bazaar (date proposed by the HQ secretariat)");
    const [again] = await w.h.press(chair, question!, buttonData(question!, "Cancel this visit"));
    w.h.emulator.clearCalls();
    expect(textsOf(await w.h.press(chair, again!, buttonData(again!, "without a reason")))).toBe(
      "✅ The field visit request is withdrawn; the HQ secretariat is being told.",
    );
    expect(await visitStatus()).toBe("cancelled");
    await w.h.deliver();
    expect(w.h.emulator.lastSent(STAFF)!.text).toMatch(/پس گرفته شد|has been withdrawn by/);
    expect(w.h.emulator.sent(MEMBERS[0]!)).toHaveLength(0);

    await w.h.press(chair, offer, buttonData(offer, "Accept"));
    expect(lastAnswer()).toBe("This field visit was cancelled.");
    await w.h.press(chair, offer, buttonData(offer, "Withdraw"));
    expect(lastAnswer()).toBe("This field visit has already been cancelled.");
  });

  it("B15 in English: a member's /meetings lists the approved visit with its Gregorian and Jalali date", async () => {
    expect(await w.h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ Old bazaar — review of the roofs")).toContain(
      "درخواست بازدید میدانی",
    );
    await w.h.deliver();
    const request = w.h.emulator.lastSent(STAFF)!;
    const reader = english(MEMBERS[0]!, "Member Three");
    expect(await w.h.replyTo(reader, "/meetings")).toBe("No meeting has been convened for your working groups.");
    await w.h.press(staff, request, buttonData(request, "تأیید"));
    const listing = await w.h.replyTo(reader, "/meetings");
    expect(listing).toContain("No meeting has been convened for your working groups.\n\nUpcoming field visits:\n• 🚌 ");
    expect(listing).toContain("Wednesday 16 December 2026, 10:00 (۱۴۰۵/۰۹/۲۵)");
    expect(listing).toContain("— Old bazaar");
  });
});
