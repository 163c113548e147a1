import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, english, persian } from "../../helpers/bot-harness.ts";
import { followThroughWorld, OTHER_STAFF, STAFF } from "../../helpers/follow-through-setup.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه" };

const buttonsOf = (message: EmuMessage) =>
  (
    (message.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat();
const buttonData = (message: EmuMessage, text: string) =>
  buttonsOf(message).find((b) => b.text.includes(text))!.callback_data;
const textOf = (messages: EmuMessage[]) => messages.map((m) => m.text ?? m.caption ?? "").join("\n---\n");

describe("field visits requested and decided in chat (bylaw B15)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    // The world is built at the test's own time: orders named without a start begin on the day they are imported (B2).
    h.clock.set(START);
    await followThroughWorld(h);
    h.emulator.clearCalls();
  });

  /** Everything but the update log: a refused press still counts as a processed update. */
  const stateCounts = async () => {
    const { processed_updates: _, ...rest } = await h.database.rowCounts();
    return rest;
  };
  const callbackAnswers = () =>
    [...h.emulator.callbackAnswers.values()].map((a) => (a as { text?: string }).text ?? "");

  it("B15 in Persian: the request, another date proposed by the staff member, accepted by the secretary, announced to all", async () => {
    expect(await h.replyTo(secretary, "/visit")).toContain("تاریخ، ساعت (اختیاری)، مکان و هدف");
    expect(await h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۰۱ ۱۰:۰۰ محله سرچشمه — بررسی")).toContain(
      "تاریخ بازدید گذشته است (اکنون شنبه ۷ آذر ۱۴۰۵، ساعت ۱۱:۳۰ است)",
    );
    expect(await h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه")).toContain("هدف بازدید نوشته نشده است");
    expect(await h.replyTo(member, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی")).toContain(
      "فقط دبیر یا رئیس کارگروه بازدید میدانی",
    );
    expect((await h.database.rowCounts()).field_visits).toBe(0);

    expect(await h.replyTo(secretary, "/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی وضعیت معابر")).toContain(
      "درخواست بازدید میدانی شماره ۱",
    );
    await h.deliver();
    const request = h.emulator.lastSent(STAFF)!;
    const [ask] = await h.press(staff, request, buttonData(request, "پیشنهاد تاریخ دیگر"));
    expect(ask!.text).toContain("تاریخ پیشنهادی را");
    expect(await h.replyTo(staff, "1405/13/01")).toContain("ماه ۱۳ وجود ندارد");
    expect(await h.replyTo(staff, "۱۴۰۵/۰۹/۰۱ ۱۰:۰۰")).toContain("تاریخ بازدید گذشته است");
    expect(await h.replyTo(staff, "۱۴۰۵/۰۹/۲۸ ۱۱:۳۰")).toContain("شنبه ۲۸ آذر ۱۴۰۵، ساعت ۱۱:۳۰");
    await h.deliver();
    const offer = h.emulator.lastSent(SECRETARY)!;
    expect(offer.text).toContain("تاریخ دیگری پیشنهاد می‌کند");

    const before = await stateCounts();
    await h.press(member, offer, buttonData(offer, "پذیرش"));
    await h.press(persian(OTHER_STAFF), request, buttonData(request, "تأیید"));
    await h.press(staff, request, "fva:999");
    await h.press(staff, request, "fva:abc");
    expect(await stateCounts()).toEqual(before);
    expect(callbackAnswers()).toEqual(
      expect.arrayContaining([
        "فقط دبیر یا رئیس کارگروه بازدید میدانی را هماهنگ می‌کند (بند ۱۵ آیین‌نامه).",
        "فقط کارشناسان دبیرخانه ستادِ این کارگروه بازدیدهای میدانی آن را هماهنگ می‌کنند.",
        "این دکمه دیگر معتبر نیست.",
      ]),
    );

    expect(textOf(await h.press(secretary, offer, buttonData(offer, "پذیرش")))).toContain(
      "بازدید میدانی تأیید شد؛ ۹ عضو",
    );
    await h.deliver();
    for (const chat of [COMMITTEE_CHAT, MEMBERS[4]!, SECRETARIAT_CHAT]) {
      const announcement = h.emulator.lastSent(chat)!.text!;
      expect(announcement).toContain("🚌 بازدید میدانی کارگروه");
      expect(announcement).toContain("شنبه ۲۸ آذر ۱۴۰۵، ساعت ۱۱:۳۰");
    }
    await h.press(staff, request, buttonData(request, "تأیید"));
    expect(callbackAnswers()).toContain("این بازدید میدانی پیش‌تر تأیید شده است.");
  });

  it("B15 in English from the group chat: a visit without a time, approved by the staff member", async () => {
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    const reply = await h.replyTo(chair, "/visit 2026-12-16 Old bazaar — review of the roofs", group);
    expect(reply).toContain("Field visit request number 1 (Wednesday 16 December 2026 (۱۴۰۵/۰۹/۲۵))");
    await h.deliver();
    const request = h.emulator.lastSent(STAFF)!;
    const clerk = english(STAFF, "Clerk");
    expect(textOf(await h.press(clerk, request, buttonData(request, "تأیید")))).toContain(
      "The field visit is approved; 9 members",
    );
    expect(h.emulator.messagesIn(STAFF).find((m) => m.message_id === request.message_id)!.reply_markup).toBeUndefined();
    await h.deliver();
    expect(h.emulator.lastSent(CHAIR)!.text).toContain("Field visit of the working group");
    expect(h.emulator.lastSent(CHAIR)!.text).toContain("Time: Wednesday 16 December 2026 (۱۴۰۵/۰۹/۲۵)\n");
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("چهارشنبه ۲۵ آذر ۱۴۰۵\n");
  });

  it("B15 B5 a secretary leading two groups picks one with a button; forms that need answers are refused in a group chat", async () => {
    const roster = nineSeatRoster();
    // The sample roster's finance group, given a chat and the physical group's secretary as its chair.
    const finance = roster.committees.find((c) => c.key === "finance")!;
    Object.assign(finance, {
      chat_id: -1001000000009,
      members: [{ seat: "رئیس امور اقتصادی", role: "chair", telegram_id: SECRETARY, name: "دبیر کارگروه" }],
    });
    h.clock.set(START);
    await followThroughWorld(h, roster);
    const [choose] = await h.say(secretary, "/visit ۱۴۰۵/۰۹/۲۵ محله سرچشمه — بررسی معابر");
    expect(buttonsOf(choose!).map((b) => b.text)).toEqual([
      "کارگروه تأمین منابع مالی، درآمدها و تجهیز منابع",
      "کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی",
      "لغو",
    ]);
    expect(await h.replyTo(secretary, "متن")).toContain("لطفاً یکی از دکمه‌ها را بزنید");
    expect(textOf(await h.press(secretary, choose!, buttonData(choose!, "منابع مالی")))).toContain(
      "درخواست بازدید میدانی شماره ۱ (چهارشنبه ۲۵ آذر ۱۴۰۵)",
    );
    const [which] = await h.say(secretary, "/subgroup گروه کاری اعتبارات");
    await h.press(secretary, which!, buttonData(which!, "منابع مالی"));
    expect(await h.replyTo(secretary, "پیگیری اعتبارات")).toContain("پیشنهاد شماره ۱");

    expect(await h.replyTo(secretary, "/subgroup گروه کاری", group)).toContain("گفت‌وگوی خصوصی");
    expect(await h.replyTo(secretary, "/report referral", group)).toContain("گفت‌وگوی خصوصی");
    expect(await h.replyTo(secretary, "/report quarterly")).toContain("/report");
  });
});
