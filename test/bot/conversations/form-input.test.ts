import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readConversationState } from "../../../src/db/queries/conversations.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { resolutionsOfMeeting } from "../../../src/db/queries/resolutions.ts";
import { fromJalali } from "../../../src/domain/calendar.ts";
import { requestFieldVisit } from "../../../src/services/field-visits/field-visits.ts";
import { signMinutes } from "../../../src/services/minutes/minutes.ts";
import { actOnResolution } from "../../../src/services/resolutions/resolutions.ts";
import { proposeSubgroup } from "../../../src/services/subgroups/subgroups.ts";
import type { EmuMessage, EmuUser } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonsOf, persian } from "../../helpers/bot-harness.ts";
import { type RecordedSession, recordedSession } from "../../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY } from "../../helpers/rosters.ts";
import { translate } from "../../helpers/services.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The next meeting, two weeks after the recorded one (Saturday 5 Dey 1405): every seat has its invitation. */
const ONE_LINER = "/convene ۱۴۰۵/۱۰/۰۵ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث";
const STAFF = 1000;
const SOCIAL_CHAIR = 1101;

const secretary = persian(SECRETARY, "دبیر");
const chair = persian(CHAIR, "رئیس");
const staff = persian(STAFF, "کارشناس");
const member = (i: number) => persian(MEMBERS[i]!);
/** Holds a seat in the social group too, so /requestmeeting asks which group. */
const twoGroupMember = member(5);

const CLOSED = translate("fa", "wizard-closed");
const EXPIRED = translate("fa", "wizard-expired", { minutes: "۳۰" });

/**
 * The nine-seat group, its secretary also chairing the finance group (so /visit asks which group) and one member also
 * seated in a social group (so /requestmeeting asks which). Its last meeting is recorded with unsigned minutes and
 * two resolutions (helpers/recorded-session.ts); the next one is convened, so everyone has an invitation to answer.
 */
function world() {
  const roster = nineSeatRoster();
  Object.assign(roster.committees.find((c) => c.key === "finance")!, {
    chat_id: -1001000000009,
    members: [{ seat: "رئیس امور اقتصادی", role: "chair", telegram_id: SECRETARY, name: "دبیر کارگروه" }],
  });
  roster.committees.push({
    key: "social",
    template: "social",
    chat_id: -1001000000003,
    members: [
      { seat: "رئیس اداره بهزیستی", role: "chair", telegram_id: SOCIAL_CHAIR, name: "رئیس اجتماعی" },
      { seat: "شهردار", telegram_id: twoGroupMember.id, name: "عضو شماره ۶" },
    ],
  } as never);
  return roster;
}

/** The last message `user` got with a button whose data starts with `prefix`; the form is opened by pressing it. */
function withButton(h: BotHarness, user: EmuUser, prefix: string): { message: EmuMessage; data: string } {
  const message = h.emulator
    .sent(user.id)
    .filter((m) => buttonsOf(m).some((b) => b.callback_data.startsWith(prefix)))
    .at(-1);
  if (!message) throw new Error(`${user.id} got no message with a ${prefix} button`);
  return { message, data: buttonsOf(message).find((b) => b.callback_data.startsWith(prefix))!.callback_data };
}

async function pressButton(h: BotHarness, user: EmuUser, prefix: string): Promise<EmuMessage[]> {
  const { message, data } = withButton(h, user, prefix);
  return h.press(user, message, data);
}

type World = { session: RecordedSession; staffId: number };

/** Each form a person can open, opened up to its first question, with the history it needs made through the services. */
type Row = {
  form: string;
  opener: EmuUser;
  open: (h: BotHarness, w: World) => Promise<unknown>;
  /** The start of one of its first question's own buttons, when it has any (some first questions only take text). */
  own?: string;
};
const signed = async (h: BotHarness, w: World) => {
  expect((await signMinutes(h.services, w.session.ids[SECRETARY]!, w.session.minutesId)).kind).toBe("signed");
  await h.deliver();
};
const passedResolution = async (h: BotHarness, w: World) =>
  (await resolutionsOfMeeting(h.database.db, w.session.meetingId)).find((r) => r.passed)!.id;
const visit = async (h: BotHarness, w: World) => {
  const result = await requestFieldVisit(h.services, w.session.ids[SECRETARY]!, {
    committeeId: w.session.committeeId,
    date: fromJalali(1405, 10, 2),
    time: { hour: 10, minute: 0 },
    place: "محله سرچشمه",
    purpose: "بررسی وضعیت معابر",
  });
  expect(result.kind).toBe("requested");
  await h.deliver();
};
const FORMS: Row[] = [
  { form: "propose", opener: member(1), open: (h) => h.say(member(1), "/propose") },
  { form: "delegate", opener: member(2), own: "dw:cancel", open: (h) => h.say(member(2), "/delegate") },
  { form: "convene", opener: chair, own: "cw:cancel", open: (h) => h.say(chair, "/convene") },
  { form: "subgroup", opener: chair, own: "ft:cancel", open: (h) => h.say(chair, "/subgroup") },
  { form: "appoint", opener: staff, own: "ap:c:", open: (h) => h.say(staff, "/appoint") },
  {
    form: "declineReason",
    opener: secretary,
    open: async (h) => {
      await h.say(member(3), "/propose بازدید از بافت تاریخی");
      await h.deliver();
      await pressButton(h, secretary, "pd:");
    },
  },
  {
    form: "minutesEdit",
    opener: secretary,
    own: "mw:item",
    open: async (h) => {
      await h.say(secretary, "/minutes");
      await pressButton(h, secretary, "me:");
    },
  },
  {
    form: "minutesCorrection",
    opener: secretary,
    open: async (h, w) => {
      await h.say(secretary, "/minutes");
      // Signed from another message; Sign on this draft is then a correction, which asks what it corrects.
      await signed(h, w);
      await pressButton(h, secretary, "ms:");
    },
  },
  {
    form: "resolutionNote",
    opener: staff,
    open: async (h, w) => {
      await signed(h, w);
      await pressButton(h, staff, "rt:");
    },
  },
  {
    form: "assign",
    opener: secretary,
    own: "aw:r:",
    open: async (h, w) => {
      await signed(h, w);
      expect(await actOnResolution(h.services, w.staffId, await passedResolution(h, w), { kind: "approve" })).toEqual({
        kind: "done",
        status: "approved",
      });
      await h.say(secretary, "/assign");
    },
  },
  {
    form: "referralReport",
    opener: secretary,
    own: "ft:r:",
    open: async (h) => {
      expect(await h.replyTo(staff, "/refer physical ۱۴۰۵/۱۰/۲۱ بررسی طرح ساماندهی بافت تاریخی")).toContain(
        "ارجاع شماره ۱",
      );
      await h.say(secretary, "/report referral");
    },
  },
  {
    form: "visitCommittee",
    opener: secretary,
    own: "ft:v:",
    open: (h) => h.say(secretary, "/visit ۱۴۰۵/۱۰/۰۲ محله سرچشمه — بررسی معابر"),
  },
  {
    form: "visitOtherDate",
    opener: staff,
    own: "ft:cancel",
    open: async (h, w) => {
      await visit(h, w);
      await pressButton(h, staff, "fvo:");
    },
  },
  {
    form: "visitCancel",
    opener: secretary,
    own: "ft:vn",
    open: async (h, w) => {
      await visit(h, w);
      await h.say(secretary, "/cancelvisit");
      await pressButton(h, secretary, "fvc:");
    },
  },
  {
    form: "subgroupReject",
    opener: staff,
    own: "ft:cancel",
    open: async (h, w) => {
      const proposed = await proposeSubgroup(h.services, w.session.ids[SECRETARY]!, {
        committeeId: w.session.committeeId,
        title: "گروه کاری اعتبارات",
        duties: "پیگیری اعتبارات",
      });
      expect(proposed.kind).toBe("proposed");
      await h.deliver();
      await pressButton(h, staff, "sgr:");
    },
  },
  {
    form: "meetingRequest",
    opener: twoGroupMember,
    own: "rqw:c:",
    open: (h) => h.say(twoGroupMember, "/requestmeeting بررسی فوری طرح محله"),
  },
];

describe("every form follows one rule: presses of other messages pass, commands close, a form left waiting expires", () => {
  let h: BotHarness;
  let w: World;
  let meetingId: number;
  /** Each person's invitation, kept before the test clears the record of sent messages. */
  let invitations: Map<number, EmuMessage>;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    const session = await recordedSession(h, world());
    w = { session, staffId: (await findPersonByTelegramId(h.database.db, STAFF))!.id };
    for (const user of [chair, secretary, staff, persian(SOCIAL_CHAIR), ...MEMBERS.map((_, i) => member(i))])
      await h.say(user, "/start");
    const convened = await h.replyTo(secretary, ONE_LINER, {
      id: COMMITTEE_CHAT,
      type: "supergroup",
      title: "کارگروه",
    });
    await h.deliver();
    const invitation = h.emulator
      .sent(MEMBERS[0]!)
      .find((m) => buttonsOf(m).some((b) => b.callback_data.startsWith("rsvp:")));
    if (!invitation) throw new Error(`no invitation was sent: ${convened}`);
    meetingId = Number(
      buttonsOf(invitation)
        .find((b) => b.callback_data.startsWith("rsvp:"))!
        .callback_data.split(":")[1],
    );
    invitations = new Map();
    for (const user of [chair, secretary, staff, ...MEMBERS.map((_, i) => member(i))]) {
      const own = h.emulator
        .sent(user.id)
        .find((m) => buttonsOf(m).some((b) => b.callback_data === `rsvp:${meetingId}:a`));
      if (own) invitations.set(user.id, own);
    }
    h.emulator.clearCalls();
  });

  const formOpen = async (user: EmuUser) =>
    (await readConversationState(h.database.db, `${user.id}:${user.id}`)) !== undefined;
  /** What a person would count as "recorded": everything but the form's own state and the update log. */
  const recorded = async () =>
    Object.fromEntries(
      Object.entries(await h.database.rowCounts()).filter(([table]) => !/conversation|processed|update/.test(table)),
    );

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
      : await h.handle(
          h.emulator.callback(
            user,
            { message_id: 1, date: 0, chat: { id: user.id, type: "private", first_name: user.first_name } } as never,
            `ics:${meetingId}`,
          ),
        );
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
      await open(h, w);
      expect(await formOpen(opener)).toBe(true);
      const press = await pressElsewhere(opener);
      expect(await press.handled()).toBe(true);
      expect(await formOpen(opener)).toBe(true);
    });

    it("a typed command closes the form, saying nothing was recorded, and then runs", async () => {
      await open(h, w);
      const before = await recorded();
      const replies = await h.say(opener, "/help");
      expect(replies[0]!.text).toBe(CLOSED);
      expect(replies.length).toBeGreaterThan(1);
      expect(await formOpen(opener)).toBe(false);
      expect(await recorded()).toEqual(before);
    });

    it("left waiting longer than FORM_TIMEOUT_MINUTES, it closes on the next message and records nothing", async () => {
      await open(h, w);
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
      await open(h, w);
      h.clock.advance(2 * DAY);
      const press = await pressElsewhere(opener);
      expect(press.replies[0]!.text).toBe(EXPIRED);
      expect(await press.handled()).toBe(true);
      expect(await formOpen(opener)).toBe(false);
    });
  });

  describe.each(FORMS.filter((row) => row.own !== undefined))("$form, left waiting", ({ opener, open, own }) => {
    it("a press of the form's own button after the time does nothing but say the form closed", async () => {
      await open(h, w);
      const before = await recorded();
      const answers = h.emulator.callbackAnswers.size;
      h.clock.advance(31 * MINUTE);
      const replies = await pressButton(h, opener, own!);
      expect(replies.map((m) => m.text)).toEqual([EXPIRED]);
      expect(h.emulator.callbackAnswers.size, "the press is answered, not left spinning").toBe(answers + 1);
      expect(await formOpen(opener)).toBe(false);
      expect(await recorded()).toEqual(before);
    });
  });

  it("a press of another message's button that opens a form of its own closes the waiting one first", async () => {
    // The secretary's /subgroup waits for a choice of group; Edit on the minutes draft opens the minutes form instead.
    const [draft] = await h.say(secretary, "/minutes");
    await h.say(secretary, "/subgroup");
    const replies = await h.press(secretary, draft!, withButton(h, secretary, "me:").data);
    expect(replies.map((m) => m.text)).toEqual([CLOSED, translate("fa", "minutes-edit-choose")]);
    expect(await formOpen(secretary)).toBe(true);
    // Edit again, on the same draft, while the minutes form waits: it starts over rather than failing.
    const again = await h.press(secretary, draft!, withButton(h, secretary, "me:").data);
    expect(again.map((m) => m.text)).toEqual([CLOSED, translate("fa", "minutes-edit-choose")]);
    // Sign after a signature asks what the correction corrects, closing the edit form first.
    await signed(h, w);
    const correction = await h.press(secretary, draft!, withButton(h, secretary, "ms:").data);
    expect(correction.map((m) => m.text)).toEqual([CLOSED, translate("fa", "minutes-ask-correction")]);
    expect(await h.replyTo(secretary, "اصلاح نام یکی از حاضران")).toContain("امضا");
  });

  it("a typed command that opens a form of its own closes the waiting one first, then opens", async () => {
    await h.say(chair, "/subgroup");
    const convene = await h.say(chair, "/convene");
    expect(convene[0]!.text).toBe(CLOSED);
    expect(convene.length).toBeGreaterThan(1);
    expect(await formOpen(chair)).toBe(true);
    await h.say(staff, "/appoint");
    const appoint = await h.say(staff, "/appoint");
    expect(appoint[0]!.text).toBe(CLOSED);
    expect(appoint[1]!.text).toBe(translate("fa", "appoint-choose-committee"));
  });

  it("'Sending a delegate' pressed while another form waits: recorded, and the member is told to send /delegate after it", async () => {
    expect(await h.replyTo(member(1), "/propose")).toBe(translate("fa", "propose-ask-text"));
    const replies = await h.press(member(1), invitations.get(MEMBERS[1]!)!, `rsvp:${meetingId}:d`);
    expect(replies.map((m) => m.text)).toContain(translate("fa", "rsvp-delegate-after-form"));
    // The open form still takes its own answer: the text is filed as the proposal.
    expect(await h.replyTo(member(1), "بازدید از محله قدیم")).toMatch(/^✅/);
  });

  describe("every typed question has a Cancel under it that closes the form and records nothing", () => {
    const cancelOf = (message: EmuMessage) => {
      const button = buttonsOf(message).find((b) => b.text === translate("fa", "wizard-cancel"));
      if (!button) throw new Error(`no Cancel under: ${message.text}`);
      return button.callback_data;
    };

    it("/propose at 'send the text'", async () => {
      const [asked] = await h.say(member(1), "/propose");
      expect(asked!.text).toBe(translate("fa", "propose-ask-text"));
      const before = await recorded();
      const replies = await h.press(member(1), asked!, cancelOf(asked!));
      expect(replies.map((m) => m.text)).toEqual([translate("fa", "propose-cancelled")]);
      expect(await formOpen(member(1))).toBe(false);
      expect(await recorded()).toEqual(before);
      // The next plain message is not filed as a proposal.
      expect(await h.replyTo(member(1), "متن بعدی")).not.toMatch(/^✅/);
      expect(await recorded()).toEqual(before);
    });

    it("the minutes draft's Edit → Add lines", async () => {
      const [draft] = await h.say(secretary, "/minutes");
      const [choose] = await h.press(secretary, draft!, withButton(h, secretary, "me:").data);
      const [asked] = await h.press(secretary, choose!, "mw:add");
      expect(asked!.text).toBe(translate("fa", "minutes-ask-add"));
      const before = await recorded();
      const replies = await h.press(secretary, asked!, cancelOf(asked!));
      expect(replies.map((m) => m.text)).toEqual([CLOSED]);
      expect(await formOpen(secretary)).toBe(false);
      expect(await recorded()).toEqual(before);
    });
  });

  describe("a form answers only to the buttons of the message that asked", () => {
    const lastAnswer = () => ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text;
    const STALE = translate("fa", "callback-expired");

    it("Renew on an earlier form's seat does not renew the seat the form now shows", async () => {
      const seatActions = async (index: number) => {
        const [committees] = await h.say(staff, "/appoint");
        const [seats] = await h.press(
          staff,
          committees!,
          buttonsOf(committees!).find((b) => b.text.includes("کالبدی"))!.callback_data,
        );
        const [actions] = await h.press(staff, seats!, buttonsOf(seats!)[index]!.callback_data);
        expect(buttonsOf(actions!)[0]!.callback_data).toBe("ap:renew");
        return actions!;
      };
      const first = await seatActions(0);
      await h.say(staff, "/help");
      const second = await seatActions(1);
      expect(second.text).not.toBe(first.text);
      const before = await recorded();
      expect(await h.press(staff, first, "ap:renew")).toEqual([]);
      expect(lastAnswer()).toBe(STALE);
      expect(await recorded()).toEqual(before);
      expect(await formOpen(staff)).toBe(true);
      // The seat's own message still renews its own seat.
      const [renewed] = await h.press(staff, second, "ap:renew");
      expect(renewed!.text).toMatch(/^✅/);
      expect(await recorded()).not.toEqual(before);
    });

    it("'Without a reason' on one visit's question does not cancel the visit the form is now about", async () => {
      await visit(h, w);
      await visit(h, w);
      const listed = await h.say(secretary, "/cancelvisit");
      expect(listed).toHaveLength(2);
      const [askFirst] = await h.press(secretary, listed[0]!, buttonsOf(listed[0]!)[0]!.callback_data);
      const replies = await h.press(secretary, listed[1]!, buttonsOf(listed[1]!)[0]!.callback_data);
      expect(replies.map((m) => m.text)[0]).toBe(CLOSED);
      const before = await recorded();
      expect(await h.press(secretary, askFirst!, "ft:vn")).toEqual([]);
      expect(lastAnswer()).toBe(STALE);
      expect(await recorded()).toEqual(before);
      expect(await formOpen(secretary)).toBe(true);
    });

    it("Confirm on a summary that was edited since does not convene the new draft", async () => {
      const summary = async (day: string) => {
        await h.say(chair, day);
        await h.say(chair, "۱۰:۰۰");
        await pressButton(h, chair, "cw:skip");
        await h.say(chair, "بررسی طرح‌ها");
        const [shown] = await pressButton(h, chair, "cw:done");
        expect(shown!.text).toContain(translate("fa", "convene-summary-title"));
        return shown!;
      };
      await h.say(chair, "/convene");
      const first = await summary("۱۴۰۵/۱۰/۱۲");
      await h.press(chair, first, "cw:edit");
      await summary("۱۴۰۵/۱۰/۱۹");
      const before = await recorded();
      expect(await h.press(chair, first, "cw:ok")).toEqual([]);
      expect(lastAnswer()).toBe(STALE);
      expect(await recorded()).toEqual(before);
      expect(await formOpen(chair)).toBe(true);
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
});

describe("the forms and the table above", () => {
  it("the table above opens every wizard there is", () => {
    const registered = [
      ...readFileSync(new URL("../../../src/bot/conversations/register.ts", import.meta.url), "utf8").matchAll(
        /createConversation\(\w+, "(\w+)"\)/g,
      ),
    ].map((m) => m[1]);
    expect(registered.length).toBeGreaterThan(10);
    expect(FORMS.map((row) => row.form).sort()).toEqual(registered.sort());
  });

  it("no wizard waits for an answer by itself: every one goes through form-input.ts", () => {
    const dir = new URL("../../../src/bot/conversations/", import.meta.url);
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && file !== "form-input.ts")
      .filter((file) =>
        /conversation\.(wait|waitFor\w*|waitUntil|waitUnless)\(/.test(readFileSync(new URL(file, dir), "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});
