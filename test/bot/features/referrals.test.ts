import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, english, persian } from "../../helpers/bot-harness.ts";
import { followThroughWorld, STAFF } from "../../helpers/follow-through-setup.ts";
import { MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);

const buttonsOf = (message: EmuMessage) =>
  (
    (message.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat();
const buttonData = (message: EmuMessage, text: string) =>
  buttonsOf(message).find((b) => b.text.includes(text))!.callback_data;
const textOf = (messages: EmuMessage[]) => messages.map((m) => m.text ?? m.caption ?? "").join("\n---\n");

describe("referrals in chat (bylaw B12)", () => {
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

  it("B12 in Persian: /refer explains mistakes, the secretary files a document with /report referral, it reaches the secretariat by file id", async () => {
    expect(await h.replyTo(staff, "/refer physical")).toContain("شناسه کارگروه، مهلت گزارش و موضوع");
    expect(await h.replyTo(staff, "/refer physical 1405/13/01 بررسی")).toContain("ماه ۱۳ وجود ندارد");
    expect(await h.replyTo(staff, "/refer economy ۱۴۰۵/۰۹/۲۱ بررسی")).toContain("کلیدهای موجود: finance، physical");
    expect(await h.replyTo(staff, "/refer physical ۱۴۰۵/۰۹/۰۱ بررسی")).toContain("امروز (شنبه ۷ آذر ۱۴۰۵)");
    expect(await h.replyTo(member, "/refer physical ۱۴۰۵/۰۹/۲۱ بررسی")).toContain("فقط کارشناسان دبیرخانه ستاد");
    expect((await h.database.rowCounts()).referrals).toBe(0);

    const done = await h.replyTo(
      staff,
      "/refer physical ۱۴۰۵/۰۹/۲۱ بررسی طرح ساماندهی بافت تاریخی\nبا توجه به نامه شهرداری",
    );
    expect(done).toContain("ارجاع شماره ۱");
    expect(done).toContain("شنبه ۲۱ آذر ۱۴۰۵");
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("با توجه به نامه شهرداری");

    expect(await h.replyTo(member, "/report referral")).toContain("ارجاع بازی");
    const [choose] = await h.say(secretary, "/report ارجاع");
    expect(choose!.text).toContain("کدام ارجاع");
    const [ask] = await h.press(secretary, choose!, buttonData(choose!, "بررسی طرح"));
    expect(ask!.text).toContain("به‌صورت متن یا به‌صورت فایل");
    const upload = h.emulator.documentMessage(secretary, "گزارش.pdf", "خلاصه: طرح قابل اجراست", {
      content: "%PDF-1.4 report",
    });
    const fileId = (upload.message as { document: { file_id: string } }).document.file_id;
    expect(textOf(await h.handle(upload))).toContain("✅ گزارش کتبی ثبت شد");
    await h.deliver();
    for (const chat of [SECRETARIAT_CHAT, STAFF]) {
      const sent = h.emulator.lastSent(chat)!;
      expect(sent.document?.file_id, `chat ${chat}`).toBe(fileId);
      expect(sent.caption).toContain("خلاصه: طرح قابل اجراست");
      expect(sent.caption).toContain("بررسی طرح ساماندهی بافت تاریخی");
    }
    const listing = await h.replyTo(staff, "/referrals");
    expect(listing).toContain("✅ گزارش ارسال شد در شنبه ۷ آذر ۱۴۰۵");
    expect(await h.replyTo(secretary, "/report")).toContain("ارجاع بازی");
  });

  it("B12 in English: a text report; the wizard's Cancel records nothing; the listing shows an overdue referral", async () => {
    const clerk = english(STAFF, "Clerk");
    expect(await h.replyTo(clerk, "/refer physical 2026-12-12 Review of the heritage plan")).toContain(
      "Referral number 1 was sent to",
    );
    expect(await h.replyTo(clerk, "/refer physical 2026-12-01 Street lighting")).toContain("Referral number 2");
    const sec = english(SECRETARY, "Secretary");
    await h.say(sec, "/lang en");
    const [choose] = await h.say(sec, "/report");
    const [cancelled] = await h.press(sec, choose!, buttonData(choose!, "Cancel"));
    expect(cancelled!.text).toContain("nothing was recorded");
    const [again] = await h.say(sec, "/report referral");
    await h.press(sec, again!, buttonData(again!, "Review"));
    expect(await h.replyTo(sec, "The group supports the plan with two conditions.")).toContain(
      "The written report was filed",
    );
    h.clock.set("2026-12-05T08:00:00Z");
    const listing = await h.replyTo(sec, "/referrals");
    expect(listing).toContain("Street lighting — due Tuesday 1 December 2026: ⚠️ overdue");
    expect(listing).toContain("✅ reported on Saturday 28 November 2026");
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("The group supports the plan with two conditions.");
  });
});
