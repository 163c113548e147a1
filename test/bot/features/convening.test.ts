import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import {
  CHAIR,
  COMMITTEE_CHAT,
  MEMBERS,
  nineSeatRoster,
  SECRETARIAT_CHAT,
  SECRETARY,
  validRoster,
} from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const secretary = persian(SECRETARY, "دبیر");
const ONE_LINER = "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار، اتاق ۲\n- بررسی طرح‌های میراث\n۲. پیشنهاد بودجه ۱۴۰۶";

describe("convening in chat (bylaw B4, B6, B10)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create(undefined, [], { requireStart: true });
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    // Everyone but the last member has opened the bot.
    for (const id of [CHAIR, SECRETARY, ...MEMBERS.slice(0, 6)])
      await h.say(id === 1003 ? english(id) : persian(id), "/start");
    h.emulator.clearCalls();
  });

  it("B6 a one-liner convenes; members, the group and the HQ secretariat receive the invitation; a late opener gets it on /start", async () => {
    const reply = await h.replyTo(secretary, ONE_LINER);
    expect(reply).toContain("✅ دعوت‌نامه جلسه");
    expect(reply).toContain("شنبه ۲۱ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(reply).toContain("عضو ۷: هنوز ربات را «شروع» نکرده است");
    await h.deliver();
    for (const id of [CHAIR, ...MEMBERS.slice(0, 6), COMMITTEE_CHAT, SECRETARIAT_CHAT]) {
      expect(h.emulator.lastSent(id)?.text, `chat ${id}`).toMatch(/دعوت‌نامه جلسه|Meeting invitation/);
    }
    expect(h.emulator.lastSent(1003)!.text).toContain("Place: دفتر فرماندار، اتاق ۲");
    expect(h.emulator.lastSent(MEMBERS[6]!)).toBeUndefined();
    await h.say(persian(MEMBERS[6]!), "/start");
    await h.deliver();
    expect(h.emulator.sent(MEMBERS[6]!).some((m) => m.text?.includes("دعوت‌نامه جلسه"))).toBe(true);
  });

  it("a late opener gets the invitation as it is now, and nothing about a meeting that was cancelled", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    await h.say(persian(MEMBERS[2]!), "/propose پیشنهاد افزوده");
    await h.deliver();
    const forSecretary = h.emulator.lastSent(SECRETARY)!;
    await h.press(secretary, forSecretary, buttonData(forSecretary, "افزودن"));
    await h.say(secretary, "/reschedule ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰");
    await h.deliver();
    await h.say(persian(MEMBERS[6]!), "/start");
    await h.deliver();
    const received = h.emulator
      .sent(MEMBERS[6]!)
      .filter((m) => m.text?.includes("دعوت‌نامه") || m.text?.includes("زمان جلسه تغییر"));
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toContain("۳. پیشنهاد افزوده");
    expect(received[0]!.text).toContain("شنبه ۲۸ آذر ۱۴۰۵");

    const [question] = await h.say(secretary, "/cancel");
    await h.press(secretary, question!, buttonData(question!, "لغو شود"));
    await h.deliver();
    expect(h.emulator.lastSent(MEMBERS[6]!)!.text).toContain("لغو شد");
  });

  it("B6 refuses a meeting 6 days away in chat, citing the rule and the earliest date, and creates nothing", async () => {
    h.clock.set(new Date(MEETING.getTime() - 6 * DAY));
    const before = await h.database.rowCounts();
    const reply = await h.replyTo(secretary, ONE_LINER);
    expect(reply).toContain("بند ۶ آیین‌نامه");
    expect(reply).toContain("یک‌شنبه ۲۲ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    const after = await h.database.rowCounts();
    expect(after.meetings).toBe(before.meetings);
    expect(after.outbox).toBe(before.outbox);
  });

  it("B6: a convening with no agenda item is refused: the one-liner asks only for the agenda, and Done waits for an item", async () => {
    const before = await h.database.rowCounts();
    const [refused, ask] = await h.say(secretary, "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار");
    expect(refused!.text).toContain(
      "دعوت‌نامه باید «به همراه دستور جلسه» فرستاده شود (بند ۶ آیین‌نامه) و این دعوت هیچ بندی ندارد",
    );
    expect(ask!.text).toContain("دست‌کم یک بند لازم است");
    const [waits] = await h.press(secretary, ask!, "cw:done");
    expect(waits!.text).toContain("هنوز هیچ بندی ثبت نشده است");
    expect((await h.database.rowCounts()).meetings).toBe(before.meetings);
    expect(await h.replyTo(secretary, "بررسی طرح‌های میراث")).toContain("بند ۱ ثبت شد");
    const [done] = await h.press(secretary, waits!, "cw:done");
    expect(done!.text).toContain("✅ دعوت‌نامه جلسه");
    expect((await h.database.rowCounts()).meetings).toBe(before.meetings! + 1);
  });

  it("B6: in English too, the wizard's Done with no agenda item is refused and nothing is convened", async () => {
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    await h.say(chair, "/convene");
    await h.say(chair, "2026-12-12");
    await h.say(chair, "10:00");
    const [ask] = await h.say(chair, "Governor's office");
    expect(ask!.text).toContain("The invitation must carry the agenda (bylaw rule 6), so at least one item is needed");
    const [waits] = await h.press(chair, ask!, "cw:done");
    expect(waits!.text).toContain(
      "No item has been recorded yet. An invitation is not sent without its agenda (bylaw rule 6)",
    );
    expect((await h.database.rowCounts()).meetings).toBe(0);
  });

  it("B6: a message under a group's own notice days says it is the group's rule and gives the bylaw's figure", async () => {
    const roster = nineSeatRoster();
    (roster.committees[1] as Record<string, unknown>).rules = { notice_days: 10 };
    await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
    h.clock.set(new Date(MEETING.getTime() - 8 * DAY));
    const reply = await h.replyTo(secretary, ONE_LINER);
    expect(reply).toContain(
      "طبق قاعده این کارگروه، دعوت‌نامه باید دست‌کم ۱۰ روز پیش از جلسه فرستاده شود (آیین‌نامه در بند ۶ دست‌کم ۷ روز می‌خواهد)",
    );
    expect(reply).not.toContain("طبق بند ۶ آیین‌نامه");
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    expect(await h.replyTo(chair, ONE_LINER)).toContain(
      "By this working group's rules the invitation must go out at least 10 days before the meeting (the bylaw asks for 7 days, rule 6).",
    );
    expect((await h.database.rowCounts()).meetings).toBe(0);
  });

  it("B2: an officer whose order ended may not convene; the refusal says when it ended and who renews it", async () => {
    const roster = nineSeatRoster();
    // The secretary's order ran 1403/08/30 – 1405/08/30; today is 1405/09/11.
    Object.assign(roster.committees[1]!.members![1]!, { term_start: "1403/08/30" });
    await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
    const before = await h.database.rowCounts();
    const reply = await h.replyTo(secretary, ONE_LINER);
    expect(reply).toContain("حکم شما به‌عنوان نماینده «رئیس اداره میراث فرهنگی»");
    expect(reply).toContain(
      "در شنبه ۳۰ آبان ۱۴۰۵ به پایان رسیده است (بند ۲ آیین‌نامه)؛ تا ثبت حکم جدید نمی‌توانید در این کارگروه به‌عنوان دبیر اقدام کنید",
    );
    expect(reply).toContain("تمدید حکم با دبیرخانه ستاد است");
    expect((await h.database.rowCounts()).meetings).toBe(before.meetings);
    const secretaryEn = english(SECRETARY, "Secretary");
    await h.say(secretaryEn, "/lang en");
    expect(await h.replyTo(secretaryEn, "/startmeeting")).toContain(
      "ended on Saturday 21 November 2026 (rule 2): until a new order is recorded you cannot act as this group's secretary. The HQ secretariat renews orders with /appoint.",
    );
  });

  it("an impossible date or time in the one-liner gets the reason", async () => {
    expect(await h.replyTo(secretary, "/convene 1405/13/01 10:00")).toContain("ماه ۱۳ وجود ندارد");
    expect(await h.replyTo(english(1003), "/convene 2026-02-30 10:00")).toContain(
      "neither this working group's secretary nor its chair",
    );
    expect(await h.replyTo(secretary, "/convene 1405/09/21 25:00")).toContain("این ساعت وجود ندارد");
  });

  it("a member who is not secretary or chair is refused", async () => {
    // B4 is the secretary's; that the chair may convene too is this bot's extension, and the refusal says so.
    const refused = await h.replyTo(persian(MEMBERS[1]!), ONE_LINER);
    expect(refused).toContain(
      "طبق بند ۴ آیین‌نامه، جلسه با دعوت دبیر کارگروه تشکیل می‌شود؛ در این ربات رئیس کارگروه نیز می‌تواند",
    );
    expect((await h.database.rowCounts()).meetings).toBe(0);
  });

  it("the wizard, in English, with bad input at each step, then Confirm", async () => {
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    expect(await h.replyTo(chair, "/convene")).toContain("Send the date");
    expect(await h.replyTo(chair, "1405/13/40")).toContain("There is no month 13");
    expect(await h.replyTo(chair, "2026-12-12")).toContain("Send the starting time");
    expect(await h.replyTo(chair, "25:61")).toContain("That time does not exist");
    expect(await h.replyTo(chair, "۱۰:۰۰")).toContain("Send the place");
    expect(await h.replyTo(chair, "Governor's office")).toContain("agenda items");
    expect(await h.replyTo(chair, "Review of the heritage projects")).toContain("Item 1 recorded");
    const [itemTwo] = await h.say(chair, "Budget proposal for 1406");
    const [summary] = await h.press(chair, itemTwo!, "cw:done");
    expect(summary!.text).toContain("Saturday 12 December 2026, 10:00");
    expect(summary!.text).toContain("2. Budget proposal for 1406");
    const [done] = await h.press(chair, summary!, "cw:ok");
    expect(done!.text).toContain("is convened");
    expect((await h.database.rowCounts()).meetings).toBe(1);
  });

  it("the wizard's Cancel leaves nothing behind, and a command mid-wizard closes it and runs", async () => {
    const [ask] = await h.say(secretary, "/convene");
    const [cancelled] = await h.press(secretary, ask!, "cw:cancel");
    expect(cancelled!.text).toContain("لغو شد");
    await h.say(secretary, "/convene");
    const replies = await h.replyTo(secretary, "/help");
    expect(replies).toContain("فرم نیمه‌تمام بسته شد");
    expect(replies).toContain("فرمان‌هایی که");
    const counts = await h.database.rowCounts();
    expect(counts.meetings).toBe(0);
    expect(counts.conversation_state).toBe(0);
  });

  it("in the committee's group chat the committee is implied", async () => {
    const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه" };
    expect(await h.replyTo(secretary, ONE_LINER, group)).toContain("✅ دعوت‌نامه جلسه");
    expect(await h.replyTo(secretary, "/convene", group)).toContain("در گروه، دعوت را در یک پیام بنویسید");
  });

  it("RSVP: one tap records, the member's message shows the answer; outsiders and forged buttons change nothing", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    const invitation = h.emulator.lastSent(MEMBERS[1]!)!;
    await h.press(persian(MEMBERS[1]!), invitation, buttonData(invitation, "حضور دارم"));
    expect(h.emulator.messagesIn(MEMBERS[1]!).at(-1)!.text).toContain("پاسخ شما: ✅ حضور دارم");
    await h.press(persian(MEMBERS[1]!), invitation, buttonData(invitation, "حضور ندارم"));
    expect(h.emulator.messagesIn(MEMBERS[1]!).at(-1)!.text).toContain("پاسخ شما: ❌ حضور ندارم");
    const groupPost = h.emulator.lastSent(COMMITTEE_CHAT)!;
    const before = await h.database.rowCounts();
    await h.press(persian(4242), groupPost, buttonData(groupPost, "حضور دارم"));
    const meetingId = buttonData(invitation, "حضور دارم").split(":")[1];
    await h.press(persian(MEMBERS[2]!), invitation, `rsvp:${meetingId}:x`);
    await h.press(persian(MEMBERS[2]!), invitation, "rsvp:999999:a");
    expect((await h.database.rowCounts()).audit_log).toBe(before.audit_log);
    const answers = [...h.emulator.callbackAnswers.values()].map((a) => (a as { text?: string }).text);
    expect(answers).toContain("شما به این جلسه دعوت نشده‌اید؛ پاسخ ثبت نشد.");
    expect(answers).toContain("این دکمه دیگر معتبر نیست.");
  });

  it("a press on an invitation while a form waits for its own button is recorded, and the form goes on", async () => {
    await h.say(secretary, ONE_LINER);
    await h.say(secretary, "/convene ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰ دفتر فرماندار\n- دستور دوم");
    await h.deliver();
    const member = persian(MEMBERS[1]!);
    const invitation = h.emulator.sent(MEMBERS[1]!).find((m) => m.text?.includes("۲۱ آذر"))!;
    const [choose] = await h.say(member, "/propose");
    expect(buttonsOf(choose!)).toHaveLength(3);

    const answered = h.emulator.callbackAnswers.size;
    await h.press(member, invitation, buttonData(invitation, "حضور دارم"));
    expect(h.emulator.messagesIn(MEMBERS[1]!).find((m) => m.message_id === invitation.message_id)!.text).toContain(
      "پاسخ شما: ✅ حضور دارم",
    );
    const answers = [...h.emulator.callbackAnswers.values()].slice(answered).map((a) => (a as { text?: string }).text);
    expect(answers).toHaveLength(1);
    expect(answers).not.toContain("این دکمه دیگر معتبر نیست.");

    await h.press(member, choose!, buttonData(choose!, "۲۸ آذر"));
    expect(await h.replyTo(member, "پیشنهاد پس از پاسخ")).toContain("شماره");
  });

  it("the secretary sees who answered what, with counts and the quorum expectation", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    for (const id of MEMBERS.slice(0, 5)) {
      const invitation = h.emulator.lastSent(id)!;
      await h.press(
        id === 1003 ? english(id) : persian(id),
        invitation,
        buttonData(invitation, id === 1003 ? "Attending" : "حضور دارم"),
      );
    }
    const report = await h.replyTo(secretary, "/rsvps");
    expect(report).toContain("عضو ۶ (عضو شماره ۶): ⏳ بی‌پاسخ");
    expect(report).toContain("حضور: ۵");
    expect(report).toContain("حد نصاب ۶ نفر است و هنوز تأمین نمی‌شود");
    expect(await h.replyTo(persian(MEMBERS[1]!), "/rsvps")).toContain("جلسه‌ای در پیش نیست");
  });

  it("the calendar button sends an .ics file", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    const invitation = h.emulator.lastSent(MEMBERS[1]!)!;
    const [file] = await h.press(persian(MEMBERS[1]!), invitation, buttonData(invitation, "تقویم"));
    expect(file!.document?.file_name).toMatch(/\.ics$/);
    expect(file!.upload!.content.toString("utf8")).toContain("DTSTART:20261212T063000Z");
  });

  it("B10 /propose files a proposal with a receipt; the secretary adds it; after the deadline it is refused with Keep", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    const receipt = await h.replyTo(persian(MEMBERS[2]!), "/propose ساماندهی پیاده‌روهای بافت تاریخی");
    expect(receipt).toContain("با شماره ۱ ثبت");
    await h.deliver();
    const forSecretary = h.emulator.lastSent(SECRETARY)!;
    expect(forSecretary.text).toContain("ساماندهی پیاده‌روهای بافت تاریخی");
    expect(await h.press(persian(MEMBERS[2]!), forSecretary, buttonData(forSecretary, "افزودن"))).toHaveLength(1);
    await h.press(secretary, forSecretary, buttonData(forSecretary, "افزودن"));
    expect(await h.replyTo(persian(MEMBERS[2]!), "/agenda")).toContain("۳. ساماندهی پیاده‌روهای بافت تاریخی");
    await h.deliver();
    expect(h.emulator.lastSent(MEMBERS[2]!)!.text).toContain("افزوده شد");

    h.clock.set(new Date(MEETING.getTime() - 6 * DAY));
    const [late] = await h.say(persian(MEMBERS[3]!), "/propose پیشنهاد دیرهنگام");
    expect(late!.text).toContain("بند ۱۰ آیین‌نامه");
    await h.press(persian(MEMBERS[3]!), late!, buttonData(late!, "جلسه بعد"));
    expect(h.emulator.messagesIn(MEMBERS[3]!).at(-1)!.text).toContain("برای جلسه بعد نگه داشته شد");
  });

  it("B4 /requestmeeting reaches the secretary and chair; Decline tells the requester", async () => {
    expect(await h.replyTo(persian(MEMBERS[4]!), "/requestmeeting")).toContain("دلیل درخواست");
    expect(await h.replyTo(persian(MEMBERS[4]!), "/requestmeeting بررسی فوری طرح")).toContain("فرستاده شد");
    await h.deliver();
    const request = h.emulator.lastSent(CHAIR)!;
    expect(request.text).toContain("بررسی فوری طرح");
    await h.press(persian(CHAIR), request, buttonData(request, "رد"));
    await h.deliver();
    expect(h.emulator.lastSent(MEMBERS[4]!)!.text).toContain("پذیرفته نشد");
  });

  it("/cancel asks for confirmation, then everyone is told; /reschedule keeps the notice rule", async () => {
    await h.say(secretary, ONE_LINER);
    expect(await h.replyTo(secretary, "/reschedule ۱۴۰۵/۰۹/۰۱ ۱۰:۰۰")).toContain("این زمان گذشته است");
    expect(await h.replyTo(secretary, "/reschedule ۱۴۰۵/۰۹/۱۷ ۱۰:۰۰")).toContain("بند ۶");
    expect(await h.replyTo(secretary, "/reschedule ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰")).toContain("شنبه ۲۸ آذر ۱۴۰۵");
    expect(await h.replyTo(secretary, "/reschedule tomorrow")).toContain("تاریخ و ساعت تازه");
    // The month as a word, and «ساعت» before the time, as people write them (Persian review).
    expect(await h.replyTo(secretary, "/reschedule ۲۹ آذر ۱۴۰۵ ساعت ۱۱")).toContain("یک\u200cشنبه ۲۹ آذر ۱۴۰۵");
    expect(await h.replyTo(secretary, "/reschedule ۳۱ آذر ۱۴۰۵ ساعت ۱۱")).toContain("روز ۳۱ در این ماه وجود ندارد");
    const [question] = await h.say(secretary, "/cancel");
    await h.press(secretary, question!, buttonData(question!, "لغو شود"));
    expect(h.emulator.messagesIn(SECRETARY).at(-1)!.text).toContain("جلسه لغو شد");
    expect(await h.replyTo(persian(MEMBERS[1]!), "/meetings")).toContain("جلسه‌ای برای کارگروه‌های شما تشکیل نشده است");
  });
});
