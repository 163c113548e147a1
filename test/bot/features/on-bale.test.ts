import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const secretary = persian(SECRETARY, "دبیر");
const ONE_LINER = "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار، اتاق ۲\n- بررسی طرح‌های میراث\n۲. پیشنهاد بودجه ۱۴۰۶";

/** Ten days before the meeting: the nine-seat group imported and every member has opened the bot. */
async function freshGroup(h: BotHarness): Promise<void> {
  await h.reset();
  h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
  await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
  for (const id of [CHAIR, SECRETARY, ...MEMBERS]) await h.say(id === 1003 ? english(id) : persian(id), "/start");
}

/**
 * The same bot, built for Bale (PLATFORM=bale), against the emulator in Bale mode: commands come without their
 * bot_command entity, and any Telegram-only field (parse_mode, reply_parameters, entities…) is refused with a 400.
 */
describe("on Bale: convening and RSVP, commands without entities, no Telegram-only call or field", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create(undefined, [], { requireStart: true, platform: "bale" });
  });
  afterAll(() => h.close());
  beforeEach(() => freshGroup(h));

  /** Every call the bot made was one Bale takes, and nothing it sent carries a tag or a Telegram link. */
  function expectOnlyBaleCalls(): void {
    expect(h.emulator.calls.filter((call) => !call.ok).map((call) => [call.method, call.error])).toEqual([]);
    for (const message of h.emulator.sent()) {
      expect(message.text ?? "").not.toMatch(/<\/?[a-z]+[^>]*>|t\.me\//);
    }
  }

  it("the commands arrive without entities and are still commands", async () => {
    const update = h.emulator.userMessage(secretary, "/help");
    expect(update.message!.entities).toBeUndefined();
    expect(await h.replyTo(secretary, "/help")).toContain("فرمان‌هایی که");
    expectOnlyBaleCalls();
  });

  it("a one-liner convenes; the invitation reaches every member and the group; one tap records the answer", async () => {
    const reply = await h.replyTo(secretary, ONE_LINER);
    expect(reply).toContain("✅ دعوت‌نامه جلسه");
    await h.deliver();
    for (const id of [CHAIR, ...MEMBERS, COMMITTEE_CHAT])
      expect(h.emulator.lastSent(id)?.text, `chat ${id}`).toMatch(/دعوت‌نامه جلسه|Meeting invitation/);
    const invitation = h.emulator.lastSent(MEMBERS[1]!)!;
    await h.press(persian(MEMBERS[1]!), invitation, buttonData(invitation, "حضور دارم"));
    expect(h.emulator.messagesIn(MEMBERS[1]!).at(-1)!.text).toContain("پاسخ شما: ✅ حضور دارم");
    expect(await h.replyTo(secretary, "/rsvps")).toContain("حضور: ۱");
    expectOnlyBaleCalls();
  });

  it("the convening form, with a wrong answer and its buttons, runs through the form's own Api", async () => {
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    expect(await h.replyTo(chair, "/convene")).toContain("Send the date");
    expect(await h.replyTo(chair, "1405/13/40")).toContain("There is no month 13");
    expect(await h.replyTo(chair, "2026-12-12")).toContain("Send the starting time");
    expect(await h.replyTo(chair, "10:00")).toContain("Send the place");
    expect(await h.replyTo(chair, "Governor's office")).toContain("agenda items");
    const [item] = await h.say(chair, "Review of the heritage projects");
    const [summary] = await h.press(chair, item!, "cw:done");
    const [done] = await h.press(chair, summary!, "cw:ok");
    expect(done!.text).toContain("is convened");
    expect((await h.database.rowCounts()).meetings).toBe(1);
    expectOnlyBaleCalls();
  });

  it("a delegate's link is a ble.ir link, sent without link_preview_options from the form, and /start with it works", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    const member = persian(MEMBERS[1]!, "عضو دوم");
    const invitation = h.emulator.lastSent(MEMBERS[1]!)!;
    await h.press(member, invitation, buttonData(invitation, "نماینده معرفی می‌کنم"));
    const [note, forward] = await h.say(member, "آقای رضا احمدی به نمایندگی از اینجانب با حق رأی حاضر می‌شود.");
    expect(note!.text).toContain("✅ معرفی‌نامه شما برای جلسه");
    const token = /https:\/\/ble\.ir\/kargoruh_bot\?start=([A-Za-z0-9_-]+)/.exec(forward!.text ?? "")?.[1];
    expect(token, forward!.text).toBeDefined();
    const [shown] = await h.say(persian(5001, "رضا"), `/start ${token}`);
    expect(shown!.text).toContain("جایگاه «عضو ۲»");
    const [confirmed] = await h.press(persian(5001, "رضا"), shown!, buttonData(shown!, "✅ می‌پذیرم"));
    expect(confirmed!.text).toContain("پذیرش شما ثبت شد");
    expectOnlyBaleCalls();
  });
});

/**
 * Bale with its edits of messages with keyboards failing: a press that redraws the message it was made on (the member's
 * invitation with their answer, the secretary's roll) leaves the person a new message with the new state and its
 * buttons, and a press on that new message works the same way.
 */
describe("on Bale with keyboard edits failing: a redrawn message comes anew", () => {
  let h: BotHarness;
  const HOUR = 60 * 60 * 1000;
  const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
  beforeAll(async () => {
    h = await BotHarness.create(undefined, [], { platform: "bale", bale: { keyboardEditsFail: true } });
  });
  afterAll(() => h.close());
  beforeEach(() => freshGroup(h));

  const failedEdits = () =>
    h.emulator.calls.filter((call) => call.method.startsWith("editMessage") && !call.ok).map((call) => call.error);
  const current = (message: EmuMessage) =>
    h.emulator.messagesIn(message.chat_id).find((m) => m.message_id === message.message_id)!;

  it("an RSVP press: the invitation with the member's answer and its buttons comes as a new message; a second press too", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    const member = persian(MEMBERS[1]!);
    const invitation = h.emulator.lastSent(MEMBERS[1]!)!;
    const [redrawn] = await h.press(member, invitation, buttonData(invitation, "حضور دارم"));
    expect(failedEdits()).toHaveLength(1);
    expect(current(invitation).text, "the old copy could not be edited").not.toContain("پاسخ شما");
    expect(redrawn!.message_id).not.toBe(invitation.message_id);
    expect(redrawn!.text).toContain("دعوت‌نامه جلسه");
    expect(redrawn!.text).toContain("پاسخ شما: ✅ حضور دارم");
    expect(buttonsOf(redrawn!).map((b) => b.text)).toEqual(buttonsOf(invitation).map((b) => b.text));
    const [again] = await h.press(member, redrawn!, buttonData(redrawn!, "حضور ندارم"));
    expect(again!.text).toContain("پاسخ شما: ❌ حضور ندارم");
    expect(h.emulator.messagesIn(MEMBERS[1]!).at(-1)!.message_id).toBe(again!.message_id);
    expect(await h.replyTo(secretary, "/rsvps")).toContain("حضور: ۰");
  });

  it("an RSVP press in English gets the new state in English", async () => {
    await h.say(secretary, ONE_LINER);
    await h.deliver();
    const invitation = h.emulator.lastSent(1003)!;
    const [redrawn] = await h.press(english(1003), invitation, buttonData(invitation, "Attending"));
    expect(redrawn!.text).toContain("Your answer: ✅ Attending");
    expect(buttonsOf(redrawn!).length).toBeGreaterThan(0);
  });

  it("/attendance: each mark leaves the secretary a roll showing it, with the seats' buttons", async () => {
    await h.say(secretary, "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث", group);
    await h.deliver();
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    await h.say(secretary, "/startmeeting", group);
    const [sheet] = await h.say(secretary, "/attendance");
    expect(buttonsOf(sheet!)).toHaveLength(9);
    h.emulator.clearCalls();
    const [marked] = await h.press(secretary, sheet!, buttonData(sheet!, "عضو ۲"));
    expect(failedEdits()).toHaveLength(1);
    expect(marked!.chat_id).toBe(SECRETARY);
    expect(marked!.text).toContain("حضور و غیاب جلسه");
    expect(buttonsOf(marked!).find((b) => b.text.includes("عضو ۲"))!.text).toMatch(/^✅/);
    expect(buttonsOf(current(sheet!)).find((b) => b.text.includes("عضو ۲"))!.text).not.toMatch(/^✅/);
    const [unmarked] = await h.press(secretary, marked!, buttonData(marked!, "عضو ۲"));
    expect(buttonsOf(unmarked!).find((b) => b.text.includes("عضو ۲"))!.text).not.toMatch(/^✅/);
    const [third] = await h.press(secretary, unmarked!, buttonData(unmarked!, "عضو ۳"));
    expect(buttonsOf(third!).find((b) => b.text.includes("عضو ۳"))!.text).toMatch(/^✅/);
  });
});
