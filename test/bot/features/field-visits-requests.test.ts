import { describe, expect, it } from "vitest";
import { buttonData, buttonsOf, english, persian, textsOf } from "../../helpers/bot-harness.ts";
import {
  FOLLOW_THROUGH_START,
  followThroughWorld,
  useFollowThroughWorld,
  OTHER_STAFF,
  STAFF,
} from "../../helpers/follow-through-setup.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه" };

describe("field visits requested and decided in chat (bylaw B15)", () => {
  const w = useFollowThroughWorld();

  it("B15 in Persian: the request, another date proposed by the staff member, accepted by the secretary, announced to all", async () => {
    expect(await w.h.replyTo(secretary, "/visit")).toContain("تاریخ، ساعت (اختیاری)، مکان و هدف");
    expect(await w.h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۰۱ ۱۰:۰۰ محله سرچشمه — بررسی")).toContain(
      "تاریخ بازدید گذشته است (اکنون شنبه ۷ آذر ۱۴۰۵، ساعت ۱۱:۳۰ است)",
    );
    expect(await w.h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه")).toContain("هدف بازدید نوشته نشده است");
    expect(await w.h.replyTo(member, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی")).toContain(
      "فقط دبیر یا رئیس کارگروه بازدید میدانی",
    );
    expect((await w.h.database.rowCounts()).field_visits).toBe(0);

    expect(await w.h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی وضعیت معابر")).toContain(
      "درخواست بازدید میدانی شماره ۱",
    );
    await w.h.deliver();
    const request = w.h.emulator.lastSent(STAFF)!;
    const [ask] = await w.h.press(staff, request, buttonData(request, "پیشنهاد تاریخ دیگر"));
    expect(ask!.text).toContain("تاریخ پیشنهادی را");
    expect(await w.h.replyTo(staff, "1405/13/01")).toContain("ماه ۱۳ وجود ندارد");
    expect(await w.h.replyTo(staff, "۱۴۰۵/۰۹/۰۱ ۱۰:۰۰")).toContain("تاریخ بازدید گذشته است");
    expect(await w.h.replyTo(staff, "۱۴۰۵/۰۹/۲۸ ۱۱:۳۰")).toContain("شنبه ۲۸ آذر ۱۴۰۵، ساعت ۱۱:۳۰");
    await w.h.deliver();
    const offer = w.h.emulator.lastSent(SECRETARY)!;
    expect(offer.text).toContain("تاریخ دیگری پیشنهاد می‌کند");

    const before = await w.h.stateCounts();
    await w.h.press(member, offer, buttonData(offer, "پذیرش"));
    await w.h.press(persian(OTHER_STAFF), request, buttonData(request, "تأیید"));
    await w.h.press(staff, request, "fva:999");
    await w.h.press(staff, request, "fva:abc");
    expect(await w.h.stateCounts()).toEqual(before);
    expect(w.h.callbackAnswerTexts()).toEqual(
      expect.arrayContaining([
        "فقط دبیر یا رئیس کارگروه بازدید میدانی را هماهنگ می‌کند (بند ۱۵ آیین‌نامه).",
        "فقط کارشناسان دبیرخانه ستادِ این کارگروه بازدیدهای میدانی آن را هماهنگ می‌کنند.",
        "این دکمه دیگر معتبر نیست.",
      ]),
    );

    expect(textsOf(await w.h.press(secretary, offer, buttonData(offer, "پذیرش")))).toContain(
      "بازدید میدانی تأیید شد؛ ۹ عضو",
    );
    await w.h.deliver();
    for (const chat of [COMMITTEE_CHAT, MEMBERS[4]!, SECRETARIAT_CHAT]) {
      const announcement = w.h.emulator.lastSent(chat)!.text!;
      expect(announcement).toContain("🚌 بازدید میدانی کارگروه");
      expect(announcement).toContain("شنبه ۲۸ آذر ۱۴۰۵، ساعت ۱۱:۳۰");
    }
    await w.h.press(staff, request, buttonData(request, "تأیید"));
    expect(w.h.callbackAnswerTexts()).toContain("این بازدید میدانی پیش‌تر تأیید شده است.");
  });

  it("B15 in English from the group chat: a visit without a time, approved by the staff member", async () => {
    const chair = english(CHAIR, "Chair");
    await w.h.say(chair, "/lang en");
    const reply = await w.h.replyTo(chair, "/visit 2026-12-16 Old bazaar — review of the roofs", group);
    expect(reply).toContain("Field visit request number 1 (Wednesday 16 December 2026 (۱۴۰۵/۰۹/۲۵))");
    await w.h.deliver();
    const request = w.h.emulator.lastSent(STAFF)!;
    const clerk = english(STAFF, "Clerk");
    expect(textsOf(await w.h.press(clerk, request, buttonData(request, "تأیید")))).toContain(
      "The field visit is approved; 9 members",
    );
    expect(
      w.h.emulator.messagesIn(STAFF).find((m) => m.message_id === request.message_id)!.reply_markup,
    ).toBeUndefined();
    await w.h.deliver();
    expect(w.h.emulator.lastSent(CHAIR)!.text).toContain("Field visit of the working group");
    expect(w.h.emulator.lastSent(CHAIR)!.text).toContain("Time: Wednesday 16 December 2026 (۱۴۰۵/۰۹/۲۵)\n");
    expect(w.h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("چهارشنبه ۲۵ آذر ۱۴۰۵\n");
  });

  it("B15 B5 a secretary leading two groups picks one with a button; forms that need answers are refused in a group chat", async () => {
    const roster = nineSeatRoster();
    // The sample roster's finance group, given a chat and the physical group's secretary as its chair.
    const finance = roster.committees.find((c) => c.key === "finance")!;
    Object.assign(finance, {
      chat_id: -1001000000009,
      members: [{ seat: "رئیس امور اقتصادی", role: "chair", telegram_id: SECRETARY, name: "دبیر کارگروه" }],
    });
    w.h.clock.set(FOLLOW_THROUGH_START);
    await followThroughWorld(w.h, roster);
    const [choose] = await w.h.say(secretary, "/visit ۱۴۰۵/۰۹/۲۵ محله سرچشمه — بررسی معابر");
    expect(buttonsOf(choose!).map((b) => b.text)).toEqual([
      "کارگروه تأمین منابع مالی، درآمدها و تجهیز منابع",
      "کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی",
      "لغو",
    ]);
    expect(await w.h.replyTo(secretary, "متن")).toContain("لطفاً یکی از دکمه‌ها را بزنید");
    expect(textsOf(await w.h.press(secretary, choose!, buttonData(choose!, "منابع مالی")))).toContain(
      "درخواست بازدید میدانی شماره ۱ (چهارشنبه ۲۵ آذر ۱۴۰۵)",
    );
    const [which] = await w.h.say(secretary, "/subgroup گروه کاری اعتبارات");
    await w.h.press(secretary, which!, buttonData(which!, "منابع مالی"));
    expect(await w.h.replyTo(secretary, "پیگیری اعتبارات")).toContain("پیشنهاد شماره ۱");

    expect(await w.h.replyTo(secretary, "/subgroup گروه کاری", group)).toContain("گفت‌وگوی خصوصی");
    expect(await w.h.replyTo(secretary, "/report referral", group)).toContain("گفت‌وگوی خصوصی");
    expect(await w.h.replyTo(secretary, "/report quarterly")).toContain("/report");
  });
});
