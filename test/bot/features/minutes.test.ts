import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { meetings, minutes } from "../../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import type { EmuMessage, EmuUser } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { DAY, ENDED, HOUR, MEETING, type RecordedSession, recordedSession } from "../../helpers/recorded-session.ts";
import {
  COMMITTEE_CHAT,
  MEMBERS,
  rosterInput,
  SECRETARIAT_CHAT,
  SECRETARY,
  validRoster,
} from "../../helpers/rosters.ts";
import { translate } from "../../helpers/services.ts";

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
    expect(h.emulator.sent(SECRETARY).at(-1)!.text).toContain(
      `صورتجلسه شماره ${session.minutesId}/1`.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!),
    );
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

  it("signing sends the PDF to the group and the HQ secretariat; PDF gives any member the file privately, and no one else", async () => {
    const [draft] = await h.say(secretary, "/minutes");
    await h.press(secretary, draft!, buttonData(draft!, "امضا"));
    await h.deliver();
    const pdfName = `minutes-${session.minutesId}-1.pdf`;
    for (const chat of [COMMITTEE_CHAT, SECRETARIAT_CHAT])
      expect(h.emulator.sent(chat).some((m) => m.document?.file_name === pdfName)).toBe(true);
    const answers = () =>
      [...h.emulator.callbackAnswers.values()].map((a) => a as { text?: string; show_alert?: boolean });

    // In the group: a member presses PDF under the signed copy and the file comes to their private chat only.
    const groupCopy = h.emulator.sent(COMMITTEE_CHAT).find((m) => m.text?.includes("کد اصالت"))!;
    const member = persian(MEMBERS[2]!);
    const privateBefore = h.emulator.sent(member.id).length;
    const groupBefore = h.emulator.sent(COMMITTEE_CHAT).length;
    await h.press(member, groupCopy, buttonData(groupCopy, "PDF"));
    const received = h.emulator.sent(member.id).slice(privateBefore);
    expect(received.map((m) => m.document?.file_name)).toEqual([pdfName]);
    expect(received[0]!.caption).toContain("کد اصالت متن امضاشده");
    expect(h.emulator.sent(COMMITTEE_CHAT)).toHaveLength(groupBefore);
    expect(answers().at(-1)!.text).toBe(translate("fa", "minutes-pdf-sent"));

    // Under a member's own copy, in English for the member who reads English; acknowledging keeps the PDF button.
    const own = h.emulator.sent(1003).at(-1)!;
    await h.press(english(1003), own, buttonData(own, "Acknowledge"));
    const acknowledged = h.emulator.messagesIn(1003).find((m) => m.message_id === own.message_id)!;
    expect(buttonsOf(acknowledged).map((b) => b.text)).toEqual([translate("en", "minutes-pdf-button")]);
    await h.press(english(1003), acknowledged, buttonData(acknowledged, "PDF"));
    expect(h.emulator.sent(1003).at(-1)!.document?.file_name).toBe(pdfName);
    expect(h.emulator.sent(1003).at(-1)!.caption).toContain("The hash of the signed text");

    // Someone the bot does not know, and HQ staff outside the group, are told who gets it; nothing is sent.
    const sentBefore = h.emulator.sent().length;
    await h.press(persian(5555), groupCopy, buttonData(groupCopy, "PDF"));
    expect(answers().at(-1)).toMatchObject({ text: translate("fa", "minutes-pdf-not-member"), show_alert: true });
    await h.press(english(1000), groupCopy, buttonData(groupCopy, "PDF"));
    expect(answers().at(-1)).toMatchObject({ text: translate("en", "minutes-pdf-not-member"), show_alert: true });
    expect(h.emulator.sent()).toHaveLength(sentBefore);

    // A member whose private chat the bot cannot reach (never opened, or blocked it) is told to open it.
    h.emulator.blockedChats.add(MEMBERS[3]!);
    await h.press(persian(MEMBERS[3]!), groupCopy, buttonData(groupCopy, "PDF"));
    h.emulator.blockedChats.delete(MEMBERS[3]!);
    expect(answers().at(-1)).toMatchObject({ text: translate("fa", "minutes-pdf-open-private"), show_alert: true });
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

describe("/overdue a page at a time (issue #12)", () => {
  let h: BotHarness;
  let session: RecordedSession;
  const secretary = persian(SECRETARY, "دبیر");
  const member = persian(MEMBERS[1]!);
  /** The recorded meeting and sixteen earlier ones, none of their minutes signed: seventeen, one page and two left. */
  const LATE = 17;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    session = await recordedSession(h);
    const db = h.database.db;
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, session.meetingId));
    const [draft] = await db.select().from(minutes).where(eq(minutes.id, session.minutesId));
    for (let week = 1; week < LATE; week++) {
      const startsAt = new Date(MEETING.getTime() - week * 7 * DAY);
      const endedAt = new Date(startsAt.getTime() + 2 * HOUR);
      const { id: _, ...copy } = meeting!;
      const [earlier] = await db
        .insert(meetings)
        .values({ ...copy, startsAt, startedAt: startsAt, endedAt, proposalDeadline: startsAt, convenedAt: startsAt })
        .returning();
      await db.insert(minutes).values({
        hqId: draft!.hqId,
        committeeId: draft!.committeeId,
        meetingId: earlier!.id,
        dueAt: new Date(endedAt.getTime() + 48 * HOUR),
      });
    }
    h.clock.set(new Date(ENDED.getTime() + 50 * HOUR));
    h.emulator.clearCalls();
  });

  const lines = (message: EmuMessage) => message.text!.split("\n").filter((line) => line.startsWith("•"));
  /** A press the person makes up: `odm:2` on a message of their own that never had that button. */
  const forged = (user: EmuUser, data: string) =>
    h.handle(
      h.emulator.callback(
        user,
        { message_id: 1, date: 0, chat: { id: user.id, type: "private", first_name: user.first_name } } as never,
        data,
      ),
    );

  it("shows the first page with the count and More; More shows the rest, oldest first, and the last page has no button", async () => {
    const [first] = await h.say(secretary, "/overdue");
    expect(first!.text).toContain("۱۷ صورتجلسه امضانشده از مهلت گذشته است");
    expect(lines(first!)).toHaveLength(15);
    // The oldest first: the meeting of sixteen weeks ago is 16 × 168 + 2 hours late.
    expect(lines(first!)[0]).toContain(`${(16 * 168 + 2).toLocaleString("fa-IR", { useGrouping: false })} ساعت تأخیر`);
    expect(buttonsOf(first!).map((b) => b.text)).toEqual(["بیشتر (۲ مورد دیگر)"]);

    const [second] = await h.press(secretary, first!, buttonData(first!, "بیشتر"));
    expect(second!.text).toContain("۱۷ صورتجلسه امضانشده");
    expect(lines(second!)).toHaveLength(2);
    expect(lines(second!).at(-1)).toContain("۲ ساعت تأخیر");
    expect(buttonsOf(second!)).toEqual([]);
    // The pressed message's button is taken away; every one of the seventeen was shown once.
    expect(buttonsOf(h.emulator.messagesIn(SECRETARY).find((m) => m.message_id === first!.message_id)!)).toEqual([]);
    expect(new Set([...lines(first!), ...lines(second!)]).size).toBe(LATE);
  });

  it("in English, for the HQ secretariat staff too", async () => {
    const [first] = await h.say(english(1000), "/overdue");
    expect(first!.text).toContain("17 unsigned minutes are past their deadline");
    expect(first!.text).toContain("Working group on physical, infrastructure and cultural-heritage organisation:");
    expect(lines(first!)).toHaveLength(15);
    expect(buttonsOf(first!).map((b) => b.text)).toEqual(["More (2 left)"]);
    const [second] = await h.press(english(1000), first!, buttonData(first!, "More"));
    expect(lines(second!)).toHaveLength(2);
    expect(lines(second!).at(-1)).toContain("2 hours late");
    expect(buttonsOf(second!)).toEqual([]);
  });

  it("a member may not see them: /overdue and a forged More are refused, and nothing is listed", async () => {
    const refusal = translate("fa", "overdue-not-officer");
    expect(await h.replyTo(member, "/overdue")).toBe(refusal);
    const replies = await forged(member, "odm:2");
    expect(replies).toEqual([]);
    expect(h.callbackAnswerTexts().at(-1)).toBe(refusal);
    expect(h.emulator.sent(member.id).some((m) => m.text?.includes("تأخیر"))).toBe(false);
  });

  it("another HQ's staff pressing a forged More sees only their own HQ's (none), not this one's", async () => {
    await importRoster(
      h.services,
      validRoster(rosterInput({ hqKey: "other-county", staffId: 2000, base: 5000 })),
      SYSTEM_ACTOR,
    );
    const [reply] = await forged(persian(2000), "odm:2");
    expect(reply!.text).toBe(translate("fa", "overdue-none"));
  });

  it("a More pressed after minutes were signed shows the list's end, not an empty page", async () => {
    const [first] = await h.say(secretary, "/overdue");
    await h.database.db.update(minutes).set({ signedAt: h.clock.now() }).where(eq(minutes.id, session.minutesId));
    const [next] = await h.press(secretary, first!, buttonData(first!, "بیشتر"));
    expect(next!.text).toContain("۱۶ صورتجلسه امضانشده");
    expect(lines(next!)).toHaveLength(1);
    expect(buttonsOf(next!)).toEqual([]);
  });
});
