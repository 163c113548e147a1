import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readConversationState } from "../../../src/db/queries/conversations.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../../src/services/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import type { EmuMessage, EmuUser } from "../../helpers/bot-api-emulator.ts";
import { BotHarness, buttonsOf, persian } from "../../helpers/bot-harness.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";
import { translate } from "../../helpers/services.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const ONE_LINER = "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث";
const STAFF = 1000;

const secretary = persian(SECRETARY, "دبیر");
const chair = persian(CHAIR, "رئیس");
const staff = persian(STAFF, "کارشناس");
const member = (i: number) => persian(MEMBERS[i]!);

const CLOSED = translate("fa", "wizard-closed");
const EXPIRED = translate("fa", "wizard-expired", { minutes: "۳۰" });

/**
 * Each form a person can open from this world, opened up to its first question. The forms not listed here
 * (minutes, resolutions, referrals, visits, sub-group rejection) need a longer history to open; they wait through
 * the same helper, which the last test checks for every wizard module.
 */
type Row = { form: string; opener: EmuUser; open: (h: BotHarness) => Promise<unknown> };
const FORMS: Row[] = [
  { form: "propose", opener: member(1), open: (h) => h.say(member(1), "/propose") },
  { form: "delegate", opener: member(2), open: (h) => h.say(member(2), "/delegate") },
  { form: "convene", opener: chair, open: (h) => h.say(chair, "/convene") },
  { form: "subgroup", opener: chair, open: (h) => h.say(chair, "/subgroup") },
  { form: "appoint", opener: staff, open: (h) => h.say(staff, "/appoint") },
  {
    form: "declineReason",
    opener: secretary,
    open: async (h) => {
      await h.say(member(3), "/propose بازدید از بافت تاریخی");
      await h.deliver();
      const notice = h.emulator.sent(SECRETARY).filter((m) => buttonsOf(m).some((b) => b.callback_data.startsWith("pd:"))).at(-1);
      if (!notice) throw new Error("the secretary got no proposal to decline");
      await h.press(secretary, notice, buttonsOf(notice).find((b) => b.callback_data.startsWith("pd:"))!.callback_data);
    },
  },
];

describe("every form follows one rule: presses of other messages pass, commands close, a form left waiting expires", () => {
  let h: BotHarness;
  let meetingId: number;
  /** Each person's invitation, kept before the test clears the record of sent messages. */
  let invitations: Map<number, EmuMessage>;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    for (const user of [chair, secretary, staff, ...MEMBERS.map((_, i) => member(i))]) await h.say(user, "/start");
    const convened = await h.replyTo(secretary, ONE_LINER, { id: COMMITTEE_CHAT, type: "supergroup", title: "کارگروه" });
    await h.deliver();
    const invitation = h.emulator.sent(MEMBERS[0]!).find((m) => buttonsOf(m).some((b) => b.callback_data.startsWith("rsvp:")));
    if (!invitation) throw new Error(`no invitation was sent: ${convened}`);
    meetingId = Number(buttonsOf(invitation).find((b) => b.callback_data.startsWith("rsvp:"))!.callback_data.split(":")[1]);
    invitations = new Map();
    for (const user of [chair, secretary, staff, ...MEMBERS.map((_, i) => member(i))]) {
      const own = h.emulator.sent(user.id).find((m) => buttonsOf(m).some((b) => b.callback_data === `rsvp:${meetingId}:a`));
      if (own) invitations.set(user.id, own);
    }
    h.emulator.clearCalls();
  });

  const formOpen = async (user: EmuUser) => (await readConversationState(h.database.db, `${user.id}:${user.id}`)) !== undefined;
  /** What a person would count as "recorded": everything but the form's own state and the update log. */
  const recorded = async () =>
    Object.fromEntries(Object.entries(await h.database.rowCounts()).filter(([table]) => !/conversation|processed|update/.test(table)));

  /**
   * A press on another message of the opener's: their invitation's Attending, or (for those not invited) a calendar
   * button. Returns whether its handler answered it: the RSVP recorded, or the calendar file sent or refused.
   */
  async function pressElsewhere(user: EmuUser): Promise<{ replies: EmuMessage[]; handled: () => Promise<boolean> }> {
    const before = await recorded();
    const answersBefore = h.emulator.callbackAnswers.size;
    const invitation = invitations.get(user.id);
    const replies = invitation
      ? await h.press(user, invitation, `rsvp:${meetingId}:a`)
      : await h.handle(h.emulator.callback(user, { message_id: 1, date: 0, chat: { id: user.id, type: "private", first_name: user.first_name } } as never, `ics:${meetingId}`));
    const answer = [...h.emulator.callbackAnswers.values()].slice(answersBefore)[0];
    const handled = async () => {
      if (!answer || answer.text === translate("fa", "callback-expired")) return false;
      if (invitation) return JSON.stringify(await recorded()) !== JSON.stringify(before);
      return answer.text === translate("fa", "rsvp-not-invited") || replies.some((m) => m.document !== undefined);
    };
    return { replies, handled };
  }

  describe.each(FORMS)("$form", ({ opener, open }) => {
    it("a press of another message's button reaches its handler while the form keeps waiting", async () => {
      await open(h);
      expect(await formOpen(opener)).toBe(true);
      const press = await pressElsewhere(opener);
      expect(await press.handled()).toBe(true);
      expect(await formOpen(opener)).toBe(true);
    });

    it("a typed command closes the form, saying nothing was recorded, and then runs", async () => {
      await open(h);
      const before = await recorded();
      const replies = await h.say(opener, "/help");
      expect(replies[0]!.text).toBe(CLOSED);
      expect(replies.length).toBeGreaterThan(1);
      expect(await formOpen(opener)).toBe(false);
      expect(await recorded()).toEqual(before);
    });

    it("left waiting longer than FORM_TIMEOUT_MINUTES, it closes on the next message and records nothing", async () => {
      await open(h);
      const before = await recorded();
      h.clock.advance(31 * MINUTE);
      const replies = await h.say(opener, "۱۴۰۵/۰۹/۲۵");
      expect(replies.map((m) => m.text)).toEqual([EXPIRED]);
      expect(await formOpen(opener)).toBe(false);
      expect(await recorded()).toEqual(before);
      // The next message is no longer an answer to anything.
      expect(await h.replyTo(opener, "سلام")).toBe(translate("fa", "unknown-text"));
    });

    it("after it expired, a press on another message still reaches its handler", async () => {
      await open(h);
      h.clock.advance(2 * DAY);
      const press = await pressElsewhere(opener);
      expect(press.replies[0]!.text).toBe(EXPIRED);
      expect(await press.handled()).toBe(true);
      expect(await formOpen(opener)).toBe(false);
    });
  });

  it("a /propose left at 'send the text' does not file a chat message sent the next day", async () => {
    expect(await h.replyTo(member(1), "/propose")).toBe(translate("fa", "propose-ask-text"));
    h.clock.advance(DAY);
    const before = await recorded();
    expect(await h.replyTo(member(1), "فردا ساعت ده می‌آیم")).toBe(EXPIRED);
    expect((await recorded()).proposals).toBe(before.proposals);
  });

  it("an answer within the time is taken, however long the person thought", async () => {
    await h.say(member(1), "/propose");
    h.clock.advance(29 * MINUTE);
    expect(await h.replyTo(member(1), "پیشنهاد مرمت بازارچه")).toContain("با شماره ۱ ثبت");
  });

  it("no wizard waits for an answer by itself: every one goes through form-input.ts", () => {
    const dir = new URL("../../../src/bot/conversations/", import.meta.url);
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && file !== "form-input.ts")
      .filter((file) => /conversation\.(wait|waitFor\w*|waitUntil|waitUnless)\(/.test(readFileSync(new URL(file, dir), "utf8")));
    expect(offenders).toEqual([]);
  });
});
