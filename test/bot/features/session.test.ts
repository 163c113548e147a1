import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findMeeting } from "../../../src/db/queries/meetings.ts";
import { findPersonByTelegramId, insertPerson } from "../../../src/db/queries/people.ts";
import {
  ballots,
  committees,
  delegations,
  guests,
  invitations,
  meetings,
  resolutions,
  votes,
} from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
const secretary = persian(SECRETARY, "دبیر");
const chair = persian(CHAIR, "رئیس");
const DELEGATE = 5001;
const GUEST = 7001;
const STRANGER = 9999;
/** The six who make the quorum of 9: chair, secretary and four members. */
const QUORUM = [CHAIR, SECRETARY, ...MEMBERS.slice(1, 5)];
const userOf = (id: number) => (id === 1003 ? english(id) : persian(id));

describe("in session in chat (bylaw B3)", () => {
  let h: BotHarness;
  let meetingId: number;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    // In the group's chat: privately the secretary, also a member of the coordination council, is asked which group.
    await h.say(
      secretary,
      "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث\n- پیشنهاد بودجه ۱۴۰۶",
      group,
    );
    meetingId = (await h.database.db.select().from(meetings))[0]!.id;
    await h.deliver();
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    h.emulator.clearCalls();
  });

  const lastAnswer = () => ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text;
  const current = (message: EmuMessage) =>
    h.emulator.messagesIn(message.chat_id).find((m) => m.message_id === message.message_id)!;
  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;
  /** Every table but the record of handled update ids, which every update adds to. */
  const counts = async () => {
    const { processed_updates: _updates, ...rest } = await h.database.rowCounts();
    return rest;
  };

  async function start(): Promise<EmuMessage> {
    const [live] = await h.say(secretary, "/startmeeting", group);
    return live!;
  }

  async function checkInAll(live: EmuMessage, ids: number[]) {
    for (const id of ids) await h.press(userOf(id), live, buttonData(live, "حاضرم"));
  }

  async function delegateFor(principal: number): Promise<void> {
    const delegatePerson = await insertPerson(h.database.db, {
      telegramId: DELEGATE,
      name: "نماینده شهرداری",
      startedAt: h.clock.now(),
    });
    const [seat] = await h.database.db
      .select({ seatId: invitations.seatId })
      .from(invitations)
      .where(and(eq(invitations.meetingId, meetingId), eq(invitations.personId, await person(principal))));
    const [committee] = await h.database.db.select().from(committees).where(eq(committees.key, "physical"));
    await h.database.db.insert(delegations).values({
      hqId: committee!.hqId,
      meetingId,
      seatId: seat!.seatId,
      principalPersonId: await person(principal),
      statement: "معرفی نماینده",
      token: "delegation-token",
      delegatePersonId: delegatePerson.id,
      status: "accepted",
    });
  }

  async function invitedGuest(): Promise<void> {
    const guestPerson = await insertPerson(h.database.db, {
      telegramId: GUEST,
      name: "مهمان آموزش و پرورش",
      startedAt: h.clock.now(),
    });
    const [committee] = await h.database.db.select().from(committees).where(eq(committees.key, "physical"));
    await h.database.db.insert(guests).values({
      hqId: committee!.hqId,
      approvingHqId: committee!.hqId,
      meetingId,
      agency: "اداره آموزش و پرورش",
      reason: "بند ۲",
      requestedByPersonId: await person(SECRETARY),
      status: "approved",
      guestPersonId: guestPerson.id,
    });
  }

  it("B3 /startmeeting posts a pinned attendance message; check-ins keep it up to date with one edit per burst", async () => {
    const live = await start();
    expect(live.chat_id).toBe(COMMITTEE_CHAT);
    expect(live.text).toContain("حاضر: ۰ از ۹ عضو دارای حق رأی؛ حد نصاب ۶ نفر (دو سوم): هنوز به حد نصاب نرسیده است");
    expect(buttonsOf(live).map((b) => b.text)).toEqual(["✋ حاضرم"]);
    expect(current(live).pinned).toBe(true);
    expect(await findMeeting(h.database.db, meetingId)).toMatchObject({
      status: "in_session",
      sessionChatId: COMMITTEE_CHAT,
      sessionMessageId: live.message_id,
    });

    await checkInAll(live, QUORUM);
    expect(lastAnswer()).toBe("✅ حضور شما ثبت شد.");
    await h.deliver();
    expect(current(live).text).toContain("حاضر: ۶ از ۹ عضو دارای حق رأی؛ حد نصاب ۶ نفر (دو سوم): جلسه رسمیت یافت");
    expect(current(live).edit_count).toBe(1);
    expect(buttonsOf(current(live)).map((b) => b.text)).toEqual(["✋ حاضرم"]);
  });

  it("B3 a second press, a stranger and a forged button: told why, nothing recorded", async () => {
    const live = await start();
    await delegateFor(MEMBERS[6]!);
    await checkInAll(live, [MEMBERS[1]!]);
    const before = await counts();
    await h.press(persian(MEMBERS[1]!), live, buttonData(live, "حاضرم"));
    expect(lastAnswer()).toBe("حضور شما پیش‌تر ثبت شده است.");
    await h.press(persian(STRANGER), live, buttonData(live, "حاضرم"));
    expect(lastAnswer()).toContain("شما عضو این کارگروه، نماینده پذیرفته‌شده یا مدعو این جلسه نیستید");
    await h.press(persian(MEMBERS[1]!), live, `ci:${meetingId + 40}`);
    expect(lastAnswer()).toBe("این دکمه دیگر معتبر نیست.");
    expect(await counts()).toEqual(before);
    await h.press(persian(DELEGATE), live, buttonData(live, "حاضرم"));
    expect(lastAnswer()).toBe("✅ حضور شما به‌عنوان نماینده «عضو ۷» ثبت شد.");
  });

  it("B1 a member who comes although their delegate was accepted takes the seat back; the delegate is told privately", async () => {
    const live = await start();
    await delegateFor(MEMBERS[6]!);
    await checkInAll(live, [DELEGATE]);
    await h.press(persian(MEMBERS[6]!), live, buttonData(live, "حاضرم"));
    expect(lastAnswer()).toBe(
      "✅ حضور شما برای «عضو ۷» ثبت شد و جایگاه به شما برگشت؛ به نماینده شما (نماینده شهرداری) اطلاع داده شد (بند ۱). رأی‌های پیشین این جایگاه باقی است.",
    );
    await h.deliver();
    expect(h.emulator.lastSent(DELEGATE)!.text).toContain(
      "جایگاهش را بازپس گرفت؛ شما دیگر در این جلسه نماینده او نیستید (بند ۱)",
    );
    const [delegation] = await h.database.db.select().from(delegations);
    expect(delegation!.status).toBe("superseded");
    await h.press(persian(DELEGATE), live, buttonData(live, "حاضرم"));
    expect(lastAnswer()).toContain("شما عضو این کارگروه، نماینده پذیرفته‌شده یا مدعو این جلسه نیستید");
  });

  it("B3 a ballot from a seat that is not in the room is refused privately with an I'm present button; after it the next press counts", async () => {
    const live = await start();
    await checkInAll(live, QUORUM);
    const [voteMessage] = await h.say(secretary, "/vote تصویب طرح بهسازی محله", group);
    const latecomer = MEMBERS[5]!;
    const before = await counts();
    h.emulator.clearCalls();
    await h.press(persian(latecomer), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toBe(
      "حضور شما ثبت نشده است و جلسه با حاضران تصمیم می‌گیرد (بند ۳)؛ رأی شما ثبت نشد. «حاضرم» را بزنید و دوباره رأی دهید.",
    );
    const offer = h.emulator.lastSent(latecomer)!;
    expect(offer.text).toContain("رأی شما ثبت نشد، زیرا حضور شما ثبت نشده است (بند ۳)");
    expect(buttonsOf(offer).map((b) => [b.text, b.callback_data])).toEqual([["✋ حاضرم", `ci:${meetingId}`]]);
    expect(h.emulator.sent(COMMITTEE_CHAT)).toHaveLength(0);
    const after = await counts();
    expect({ ...after, audit_log: 0, audit_chain_heads: 0 }).toEqual({ ...before, audit_log: 0, audit_chain_heads: 0 });
    expect(await h.database.db.select().from(ballots)).toHaveLength(0);

    await h.press(persian(latecomer), offer, buttonData(offer, "حاضرم"));
    expect(lastAnswer()).toBe("✅ حضور شما ثبت شد.");
    await h.press(persian(latecomer), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toBe("✅ رأی شما ثبت شد: ✅ موافق");
    expect(await h.database.db.select().from(ballots)).toHaveLength(1);
  });

  it("B3 a vote closed after the quorum was lost: the group reads 'no decision', and no resolution is recorded", async () => {
    const live = await start();
    await checkInAll(live, QUORUM);
    const [voteMessage] = await h.say(secretary, "/vote تصویب طرح بهسازی محله", group);
    for (const id of QUORUM) await h.press(persian(id), voteMessage!, buttonData(voteMessage!, "موافق"));
    const [sheet] = await h.say(secretary, "/attendance", group);
    await h.press(secretary, sheet!, buttonData(sheet!, "عضو ۵"));
    expect(lastAnswer()).toBe("⬜ غایب ثبت شد.");
    await h.press(secretary, voteMessage!, buttonData(voteMessage!, "پایان"));
    expect(lastAnswer()).toContain("بدون تصمیم");
    await h.deliver();
    // The vote message itself becomes the result: a group has 20 messages a minute.
    const result = current(voteMessage!);
    expect(result.text).toContain("⚠️ بدون تصمیم: پیش از پایان رأی‌گیری، جلسه از حد نصاب افتاد (بند ۳).");
    expect(result.text).toContain("هنگام پایان رأی‌گیری ۵ از ۹ عضو دارای حق رأی حاضر بودند؛ حد نصاب ۶ است.");
    expect(result.text).not.toContain("تصویب شد");
    expect(await h.database.db.select().from(resolutions)).toHaveLength(0);
  });

  it("B3 without the right to pin, the session goes on and the secretary is told once, privately", async () => {
    h.emulator.setBotAdmin(COMMITTEE_CHAT, false);
    const live = await start();
    expect(current(live).pinned).toBe(false);
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("in_session");
    const notes = h.emulator.sent(SECRETARY).filter((m) => m.text?.includes("سنجاق"));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toContain("ربات را مدیر گروه کنید");
  });

  it("B3 /startmeeting before the day asks first; privately it posts in the group; others and anonymous admins are refused", async () => {
    h.clock.set(new Date(MEETING.getTime() - 2 * DAY));
    const before = await counts();
    expect(await h.replyTo(persian(MEMBERS[1]!), "/startmeeting", group)).toContain("فقط دبیر یا رئیس کارگروه");
    const anonymous = await h.handle(
      h.emulator.groupMessage(secretary, group, "/startmeeting", { asAnonymousAdmin: true }),
    );
    expect(anonymous[0]!.text).toContain("ناشناس");
    const [question] = await h.say(chair, "/startmeeting");
    expect(question!.text).toContain("برای شنبه ۲۱ آذر ۱۴۰۵، ساعت ۱۰:۰۰ تشکیل می‌شود، نه امروز");
    await h.press(persian(MEMBERS[1]!), question!, buttonData(question!, "آغاز جلسه"));
    expect(lastAnswer()).toContain("فقط دبیر یا رئیس کارگروه");
    expect(await counts()).toEqual(before);
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("scheduled");
    const replies = await h.press(chair, question!, buttonData(question!, "آغاز جلسه"));
    expect(replies.find((m) => m.chat_id === COMMITTEE_CHAT)!.text).toContain("در حال برگزاری است");
    expect(replies.find((m) => m.chat_id === CHAIR)!.text).toContain("پیام حضور و غیاب در گروه کارگروه گذاشته شد");
    expect(await h.replyTo(secretary, "/startmeeting", group)).toContain("جلسه در حال برگزاری است");
  });

  it("B3 /attendance: the secretary marks people without phones present or absent; the English roll reads the line and lists the guest", async () => {
    const live = await start();
    const [sheet] = await h.say(secretary, "/attendance");
    expect(sheet!.text).toContain("حضور و غیاب جلسه");
    expect(sheet!.text, "no guest approved: no guest list").not.toContain("مدعو");
    expect(buttonsOf(sheet!)).toHaveLength(9);
    await h.press(secretary, sheet!, buttonData(sheet!, "عضو ۲"));
    expect(lastAnswer()).toBe("✅ حاضر ثبت شد.");
    expect(buttonsOf(current(sheet!)).find((b) => b.text.includes("عضو ۲"))!.text).toMatch(/^✅/);
    const before = await counts();
    await h.press(persian(MEMBERS[2]!), sheet!, buttonData(sheet!, "عضو ۳"));
    expect(lastAnswer()).toContain("فقط دبیر یا رئیس کارگروه");
    expect(await counts()).toEqual(before);
    expect(await h.replyTo(persian(MEMBERS[2]!), "/attendance")).toContain("فقط دبیر یا رئیس کارگروه");

    await delegateFor(MEMBERS[6]!);
    await invitedGuest();
    const [withGuest] = await h.say(secretary, "/attendance");
    expect(withGuest!.text).toContain("مدعوان بدون حق رأی (۱)");
    expect(withGuest!.text, "approved, not checked in yet").toContain(
      "• ⬜ نماینده اداره آموزش و پرورش: مهمان آموزش و پرورش",
    );
    expect(buttonsOf(withGuest!), "the guest has no button on the roll").toHaveLength(9);
    await checkInAll(live, [CHAIR, SECRETARY, MEMBERS[2]!, MEMBERS[3]!, DELEGATE, GUEST]);
    await h.say(english(CHAIR), "/lang en");
    const [roll] = await h.say(english(CHAIR), "/attendance");
    expect(roll!.text).toContain(
      "Present 6 of 9 voting seats (1 by delegate) + 1 guest — quorum is 6 (two-thirds): reached",
    );
    expect(roll!.text).toContain("Guests without a vote (1)");
    expect(roll!.text).toContain("• ✅ مهمان آموزش و پرورش, اداره آموزش و پرورش");
  });

  it("B3 /vote: refused without quorum citing the count; then live tally, delegates' private ballots, refusals and the result", async () => {
    const live = await start();
    await delegateFor(MEMBERS[6]!);
    await invitedGuest();
    await checkInAll(live, [...QUORUM.slice(0, 4), DELEGATE, GUEST]);
    const beforeRefusal = await counts();
    const refused = await h.replyTo(secretary, "/vote تصویب طرح بهسازی محله", group);
    expect(refused).toContain("حاضر: ۵ از ۹؛ حد نصاب ۶");
    expect(refused).toContain("بند ۳");
    expect(await h.replyTo(persian(MEMBERS[2]!), "/vote پرسش", group)).toContain("فقط دبیر یا رئیس کارگروه");
    expect(await counts()).toEqual(beforeRefusal);
    await checkInAll(live, [QUORUM[4]!]);

    const [voteMessage] = await h.say(secretary, "/vote تصویب طرح بهسازی محله", group);
    expect(voteMessage!.chat_id).toBe(COMMITTEE_CHAT);
    expect(voteMessage!.text).toContain("🗳 رأی‌گیری: «تصویب طرح بهسازی محله»");
    expect(voteMessage!.text).toContain(
      "حد لازم برای تصویب: ۵ رأی موافق از ۹ عضو دارای حق رأی، طبق نصف به‌علاوه یک کل اعضا (بند ۳).",
    );
    expect(buttonsOf(voteMessage!).map((b) => b.text)).toEqual(["✅ موافق", "❌ مخالف", "⚪ ممتنع", "⏹ پایان رأی‌گیری"]);
    await h.deliver();
    const privateBallot = h.emulator.lastSent(DELEGATE)!;
    expect(privateBallot.text).toContain("تصویب طرح بهسازی محله");
    expect(buttonsOf(privateBallot).map((b) => b.text)).toEqual(["✅ موافق", "❌ مخالف", "⚪ ممتنع"]);

    for (const id of [CHAIR, SECRETARY, MEMBERS[1]!])
      await h.press(persian(id), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toBe("✅ رأی شما ثبت شد: ✅ موافق");
    await h.press(persian(DELEGATE), privateBallot, buttonData(privateBallot, "موافق"));
    expect(lastAnswer()).toBe("✅ رأی شما ثبت شد: ✅ موافق");

    const before = await counts();
    await h.press(persian(MEMBERS[6]!), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toBe(
      "نماینده شما در این جلسه به جای شما رأی می‌دهد؛ رأی شما ثبت نشد. اگر در جلسه هستید، با «حاضرم» جایگاه خود را بازپس بگیرید.",
    );
    await h.press(persian(GUEST), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toBe("شما مدعو بدون حق رأی هستید؛ رأی شما ثبت نشد.");
    await h.press(persian(STRANGER), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toContain("فقط اعضای دارای حق رأی این کارگروه");
    await h.press(persian(MEMBERS[1]!), voteMessage!, "v:987:y");
    expect(lastAnswer()).toBe("این دکمه دیگر معتبر نیست.");
    await h.press(persian(MEMBERS[1]!), voteMessage!, "v:1:maybe");
    expect(lastAnswer()).toBe("این دکمه دیگر معتبر نیست.");
    await h.press(persian(MEMBERS[1]!), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toBe("رأی شما پیش‌تر ثبت شده است: ✅ موافق");
    await h.press(persian(MEMBERS[2]!), voteMessage!, buttonData(voteMessage!, "پایان"));
    expect(lastAnswer()).toContain("فقط دبیر یا رئیس کارگروه");
    const after = await counts();
    // Refused attempts leave audit rows only (and move the audit chain's head).
    expect({ ...after, audit_log: 0, audit_chain_heads: 0 }).toEqual({ ...before, audit_log: 0, audit_chain_heads: 0 });
    expect(after.audit_log).toBe(before.audit_log! + 5);

    await h.deliver();
    expect(current(voteMessage!).text).toContain("موافق: ۴، مخالف: ۰، ممتنع: ۰");
    expect(current(voteMessage!).text).toContain("✅ موافق: فرماندار، رئیس اداره میراث فرهنگی، عضو ۲، عضو ۷");
    expect(current(voteMessage!).edit_count).toBe(1);

    await h.press(persian(MEMBERS[3]!), voteMessage!, buttonData(voteMessage!, "موافق"));
    const beforeEnd = await counts();
    expect(await h.replyTo(secretary, "/endmeeting", group)).toContain("هنوز باز است");
    expect(await counts()).toEqual(beforeEnd);
    expect(await h.say(secretary, "/closevote", group)).toHaveLength(0);
    await h.deliver();
    // The vote message itself becomes the result: a group has 20 messages a minute.
    const result = current(voteMessage!);
    expect(result.text).toContain("🗳 نتیجه رأی‌گیری: «تصویب طرح بهسازی محله»");
    expect(result.text).toContain("موافق: ۵، مخالف: ۰، ممتنع: ۰");
    expect(result.text).toContain("نصف به‌علاوه یک کل اعضا (بند ۳)");
    expect(result.text).toContain("✅ تصویب شد.");
    expect(buttonsOf(current(voteMessage!))).toHaveLength(0);
    expect(h.emulator.lastSent(DELEGATE)!.text).toContain("✅ تصویب شد.");
    await h.press(persian(MEMBERS[4]!), voteMessage!, buttonData(voteMessage!, "موافق"));
    expect(lastAnswer()).toBe("این رأی‌گیری پایان یافته است؛ رأی ثبت نشد.");

    expect(await h.say(secretary, "/endmeeting", group)).toHaveLength(0);
    await h.deliver();
    const final = h.emulator.lastSent(COMMITTEE_CHAT)!.text!;
    expect(final).toContain("📋 حضور و غیاب نهایی جلسه");
    expect(final).toContain(
      "حاضر: ۶ از ۹ عضو دارای حق رأی (۱ نفر با نماینده) و ۱ مدعو بدون حق رأی؛ حد نصاب ۶ نفر (دو سوم): جلسه رسمیت یافت",
    );
    expect(final).toContain("عضو ۷ (نماینده: نماینده شهرداری)");
    expect(final).toContain("نماینده اداره آموزش و پرورش: مهمان آموزش و پرورش");
    expect(current(live).text).toContain("پایان یافت");
    expect(buttonsOf(current(live))).toHaveLength(0);
    expect(current(live).pinned).toBe(false);
  });

  it("B3 /vote مخفی privately: posted in the group, the officer votes from either place once, choices never stored per seat", async () => {
    const live = await start();
    await checkInAll(live, QUORUM);
    const posted = (await h.say(chair, "/vote مخفی #۱")).find((m) => m.chat_id === CHAIR);
    expect(posted!.text).toContain("رأی‌گیری آغاز شد و در گروه کارگروه گذاشته شد");
    expect(posted!.text).toContain("🗳 رأی‌گیری مخفی: «بررسی طرح‌های میراث»");
    expect(posted!.text).toContain("بند ۱ دستور جلسه");
    const inGroup = h.emulator.lastSent(COMMITTEE_CHAT)!;
    expect(inGroup.text).toContain("🗳 رأی‌گیری مخفی");
    const [vote] = await h.database.db.select().from(votes);
    expect(vote).toMatchObject({ secret: true, chatId: COMMITTEE_CHAT, messageId: inGroup.message_id });

    await h.press(chair, posted!, buttonData(posted!, "مخالف"));
    expect(lastAnswer()).toBe("✅ رأی مخفی شما ثبت شد.");
    await h.press(chair, inGroup, buttonData(inGroup, "موافق"));
    expect(lastAnswer()).toBe("رأی مخفی شما پیش‌تر ثبت شده است و تغییر نمی‌کند.");
    for (const id of [SECRETARY, MEMBERS[1]!]) await h.press(persian(id), inGroup, buttonData(inGroup, "موافق"));
    const rows = await h.database.db.select().from(ballots);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.choice === null)).toBe(true);
    await h.deliver();
    expect(current(inGroup).text).toContain("موافق: ۲، مخالف: ۱، ممتنع: ۰");
    expect(current(inGroup).text).toContain("رأی داده‌اند (۳): فرماندار، رئیس اداره میراث فرهنگی، عضو ۲");

    await h.press(chair, posted!, buttonData(posted!, "پایان"));
    expect(lastAnswer()).toBe("❌ تصویب نشد.");
    expect(h.emulator.lastSent(CHAIR)!.text).toContain("❌ تصویب نشد.");
    await h.deliver();
    expect(current(inGroup).text).toContain("موافق: ۲، مخالف: ۱، ممتنع: ۰");
    expect(current(inGroup).text).toContain("❌ تصویب نشد.");
    expect(await h.replyTo(chair, "/closevote")).toContain("رأی‌گیری بازی وجود ندارد");
    expect(await h.replyTo(chair, "/endmeeting")).toContain("حضور و غیاب نهایی در گروه کارگروه اعلام می‌شود");
    expect(await h.replyTo(chair, "/vote پرسش تازه")).toContain("در حال برگزاری نیست");
  });
});
