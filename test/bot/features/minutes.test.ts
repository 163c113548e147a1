import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BotHarness, buttonData, english, persian } from "../../helpers/bot-harness.ts";
import { ENDED, HOUR, type RecordedSession, recordedSession } from "../../helpers/recorded-session.ts";
import { COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";


describe("minutes in chat (bylaw B9)", () => {
  let h: BotHarness;
  let session: RecordedSession;
  const secretary = persian(SECRETARY, "دبیر");
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    session = await recordedSession(h);
    h.clock.set(new Date(ENDED.getTime() + HOUR));
  });

  it("the secretary opens the draft, adds a note through the wizard, signs, and everyone has the minutes with the hash", async () => {
    const [draft] = await h.say(secretary, "/minutes");
    expect(draft!.text).toContain("پیش‌نویس صورتجلسه");
    await h.press(secretary, draft!, buttonData(draft!, "ویرایش"));
    const [choice] = h.emulator.sent(SECRETARY).slice(-1);
    await h.press(secretary, choice!, "mw:item");
    expect(await h.replyTo(secretary, "۱")).toContain("توضیح این بند");
    const saved = await h.replyTo(secretary, "طرح با دو اصلاح پذیرفته شد");
    expect(saved).toContain("ذخیره شد");
    expect(saved).toContain("توضیح: طرح با دو اصلاح پذیرفته شد");
    const preview = h.emulator.sent(SECRETARY).at(-1)!;
    await h.press(secretary, preview, buttonData(preview, "امضا"));
    expect(h.emulator.sent(SECRETARY).at(-1)!.text).toContain(`صورتجلسه شماره ${session.minutesId}/1`.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!));
    await h.deliver();
    const copy = h.emulator.sent(MEMBERS[1]!).at(-1)!;
    expect(copy.text).toContain("کد اصالت (SHA-256)");
    expect(copy.text).toContain("توضیح: طرح با دو اصلاح پذیرفته شد");
    expect(h.emulator.sent(1003).at(-1)!.text).toContain("Authenticity code (SHA-256)");
    expect(h.emulator.sent(COMMITTEE_CHAT).some((m) => m.document?.file_name?.endsWith(".txt"))).toBe(true);
    expect(h.emulator.sent(SECRETARIAT_CHAT).some((m) => m.text?.includes("کد اصالت"))).toBe(true);

    await h.press(persian(MEMBERS[1]!), copy, buttonData(copy, "رؤیت شد"));
    // The copy also carries the audit chain's head at signing (another 64 hex digits); the minutes' own code follows its label.
    const hash = /کد اصالت \(SHA-256\)[^0-9a-f]*([0-9a-f]{64})/.exec(copy.text!)![1]!;
    expect(await h.replyTo(english(5555), `/verify ${hash}`)).toContain("It matches");
    expect(await h.replyTo(persian(5555), "/verify ۹۹۹/۱")).toContain("مطابقت ندارد");
    expect(await h.replyTo(persian(5555), "/verify")).toContain("کد اصالت (۶۴ حرف)");
  });

  it("a member cannot open, edit or sign the minutes", async () => {
    expect(await h.replyTo(persian(MEMBERS[1]!), "/minutes")).toContain("پیش‌نویس امضانشده‌ای");
    const [draft] = await h.say(secretary, "/minutes");
    const [refusal] = await h.press(persian(MEMBERS[1]!), draft!, buttonData(draft!, "امضا"));
    expect(refusal!.text).toContain("فقط دبیر کارگروه");
    expect((await h.database.rowCounts()).minutes_versions).toBe(0);
  });

  it("/overdue lists unsigned minutes past 48 hours for the secretary and HQ staff", async () => {
    expect(await h.replyTo(secretary, "/overdue")).toContain("عقب‌افتاده‌ای وجود ندارد");
    h.clock.set(new Date(ENDED.getTime() + 50 * HOUR));
    expect(await h.replyTo(persian(1000), "/overdue")).toContain("۲ ساعت تأخیر");
  });
});
