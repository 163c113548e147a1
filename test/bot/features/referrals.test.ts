import { describe, expect, it } from "vitest";
import { buttonData, english, persian, textsOf } from "../../helpers/bot-harness.ts";
import { useFollowThroughWorld, STAFF } from "../../helpers/follow-through-setup.ts";
import { MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);

describe("referrals in chat (bylaw B12)", () => {
  const w = useFollowThroughWorld();

  it("B12 in Persian: /refer explains mistakes, the secretary files a document with /report referral, it reaches the secretariat by file id", async () => {
    expect(await w.h.replyTo(staff, "/refer physical")).toContain("شناسه کارگروه، مهلت گزارش و موضوع");
    expect(await w.h.replyTo(staff, "/refer physical 1405/13/01 بررسی")).toContain("ماه ۱۳ وجود ندارد");
    expect(await w.h.replyTo(staff, "/refer economy ۱۴۰۵/۰۹/۲۱ بررسی")).toContain("کلیدهای موجود: finance، physical");
    expect(await w.h.replyTo(staff, "/refer physical ۱۴۰۵/۰۹/۰۱ بررسی")).toContain("امروز (شنبه ۷ آذر ۱۴۰۵)");
    expect(await w.h.replyTo(member, "/refer physical ۱۴۰۵/۰۹/۲۱ بررسی")).toContain("فقط کارشناسان دبیرخانه ستاد");
    expect((await w.h.database.rowCounts()).referrals).toBe(0);

    const done = await w.h.replyTo(
      staff,
      "/refer physical ۱۴۰۵/۰۹/۲۱ بررسی طرح ساماندهی بافت تاریخی\nبا توجه به نامه شهرداری",
    );
    expect(done).toContain("ارجاع شماره ۱");
    expect(done).toContain("شنبه ۲۱ آذر ۱۴۰۵");
    await w.h.deliver();
    expect(w.h.emulator.lastSent(SECRETARY)!.text).toContain("با توجه به نامه شهرداری");

    expect(await w.h.replyTo(member, "/report referral")).toContain("ارجاع بازی");
    const [choose] = await w.h.say(secretary, "/report ارجاع");
    expect(choose!.text).toContain("کدام ارجاع");
    const [ask] = await w.h.press(secretary, choose!, buttonData(choose!, "بررسی طرح"));
    expect(ask!.text).toContain("به‌صورت متن یا به‌صورت فایل");
    const upload = w.h.emulator.documentMessage(secretary, "گزارش.pdf", "خلاصه: طرح قابل اجراست", {
      content: "%PDF-1.4 report",
    });
    const fileId = (upload.message as { document: { file_id: string } }).document.file_id;
    expect(textsOf(await w.h.handle(upload))).toContain("✅ گزارش کتبی ثبت شد");
    await w.h.deliver();
    for (const chat of [SECRETARIAT_CHAT, STAFF]) {
      const sent = w.h.emulator.lastSent(chat)!;
      expect(sent.document?.file_id, `chat ${chat}`).toBe(fileId);
      expect(sent.caption).toContain("خلاصه: طرح قابل اجراست");
      expect(sent.caption).toContain("بررسی طرح ساماندهی بافت تاریخی");
    }
    const listing = await w.h.replyTo(staff, "/referrals");
    expect(listing).toContain("✅ گزارش ارسال شد در شنبه ۷ آذر ۱۴۰۵");
    expect(await w.h.replyTo(secretary, "/report")).toContain("ارجاع بازی");
  });

  it("B12 in English: a text report; the wizard's Cancel records nothing; the listing shows an overdue referral", async () => {
    const clerk = english(STAFF, "Clerk");
    expect(await w.h.replyTo(clerk, "/refer physical 2026-12-12 Review of the heritage plan")).toContain(
      "Referral number 1 was sent to",
    );
    expect(await w.h.replyTo(clerk, "/refer physical 2026-12-01 Street lighting")).toContain("Referral number 2");
    const sec = english(SECRETARY, "Secretary");
    await w.h.say(sec, "/lang en");
    const [choose] = await w.h.say(sec, "/report");
    const [cancelled] = await w.h.press(sec, choose!, buttonData(choose!, "Cancel"));
    expect(cancelled!.text).toContain("nothing was recorded");
    const [again] = await w.h.say(sec, "/report referral");
    await w.h.press(sec, again!, buttonData(again!, "Review"));
    expect(await w.h.replyTo(sec, "The group supports the plan with two conditions.")).toContain(
      "The written report was filed",
    );
    w.h.clock.set("2026-12-05T08:00:00Z");
    const listing = await w.h.replyTo(sec, "/referrals");
    expect(listing).toContain("Street lighting — due Tuesday 1 December 2026: ⚠️ overdue");
    expect(listing).toContain("✅ reported on Saturday 28 November 2026");
    await w.h.deliver();
    expect(w.h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("The group supports the plan with two conditions.");
  });
});
