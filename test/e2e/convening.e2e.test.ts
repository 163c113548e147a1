import { describe, expect, it } from "vitest";
import { formatDateShort, formatDateTime, formatTime } from "../../src/domain/calendar.ts";
import { toPersianDigits } from "../../src/domain/text.ts";
import type { EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { buttonsOf } from "../helpers/bot-harness.ts";
import { countyHeadquarters, type E2ePerson, e2eCommittee, e2eDriver, sleep, textOf } from "../helpers/e2e-driver.ts";
import { e2eWorld } from "../helpers/e2e-world.ts";
import type { BotProcess } from "../helpers/process.ts";

/**
 * The convening issue's "done when", end to end: the real `src/main.ts` process polls the local Bot API emulator
 * (which, like Telegram, refuses to message a person who never pressed Start), the roster comes in through the real
 * CLI, and people talk to the bot in Persian and English. Tests run in order and build on each other:
 * roster → /start → /convene → RSVPs → a proposal → a late opener → /rsvps → the final agenda.
 * On PGlite by default; on a per-run PostgreSQL database when TEST_DATABASE_URL is set.
 */

const ZONE = "Asia/Tehran";

const HQ = { key: "convening-e2e", name: "ستاد بازآفرینی پایدار شهرستان آزمون" };
const SECRETARIAT_CHAT = -1007000000001;
const GROUP_CHAT = -1007000000002;
const COMMITTEE_TITLE_FA = "کارگروه آزمون دعوت به جلسه";

type Person = E2ePerson;

const persian = (id: number, firstName: string): EmuUser => ({ id, first_name: firstName, language_code: "fa" });

const CHAIR: Person = { user: persian(7001, "رئیس"), seat: "فرماندار", role: "chair", name: "رئیس کارگروه" };
const SECRETARY: Person = {
  user: persian(7002, "دبیر"),
  seat: "رئیس اداره میراث فرهنگی",
  role: "secretary",
  name: "دبیر کارگروه",
};
const MEMBERS: Person[] = [7003, 7004, 7005, 7006, 7007, 7008, 7009].map((id, i) =>
  id === 7003
    ? {
        user: { id, first_name: "John", language_code: "en" },
        seat: toPersianDigits(`عضو ${i + 1}`),
        role: "member",
        name: "John Smith",
        en: true,
      }
    : {
        user: persian(id, `عضو ${i + 1}`),
        seat: toPersianDigits(`عضو ${i + 1}`),
        role: "member",
        name: toPersianDigits(`عضو شماره ${i + 1}`),
      },
);
const PEOPLE: Person[] = [CHAIR, SECRETARY, ...MEMBERS];
const ENGLISH = MEMBERS[0]!;
const DECLINER = MEMBERS[1]!;
const PROPOSER = MEMBERS[2]!;
/** The 9th seat: opens the bot only after the meeting is convened. */
const LATE = MEMBERS[6]!;
const EARLY = PEOPLE.filter((p) => p !== LATE);

const AGENDA = ["بررسی طرح‌های میراث", "پیشنهاد بودجه ۱۴۰۶"];
const PLACE = "دفتر فرماندار، اتاق ۲";
const PROPOSAL = "ساماندهی پیاده‌روهای بافت تاریخی";

const INVITATION_FA = "📩 دعوت‌نامه جلسه";
const INVITATION_EN = "📩 Meeting invitation";
const FINAL_FA = "📋 دستور جلسه نهایی";
const FINAL_EN = "📋 Final agenda";

describe("convening end to end: /convene, invitations, RSVPs, proposals and the final agenda through the real process", () => {
  const world = e2eWorld({
    name: "convening",
    emulator: { token: "777000222:AAEmulatorTokenForKargoruhConvening", requireStart: true },
    chats: [
      { id: GROUP_CHAT, type: "supergroup", title: COMMITTEE_TITLE_FA },
      { id: SECRETARIAT_CHAT, type: "supergroup", title: "دبیرخانه ستاد" },
    ],
  });
  let bot: BotProcess | undefined;
  /** When the meeting starts; with proposal_days 0 also the proposal deadline. */
  let startsAt: Date;
  let meetingWhenFa: string;
  let meetingWhenEn: string;

  const { failure, until, say, sayAndFind, press, pressAndFind, sentWith, firstWith, current } = e2eDriver({
    emulator: () => world.emu,
    bot: () => bot,
  });

  const invitationOf = (p: Person) => (p.en ? INVITATION_EN : INVITATION_FA);
  const finalOf = (p: Person) => (p.en ? FINAL_EN : FINAL_FA);

  it("a roster with one HQ and a 9-seat working group is imported with the CLI, and the bot starts polling", async () => {
    const roster = {
      headquarters: countyHeadquarters(HQ, ZONE, SECRETARIAT_CHAT, [
        { telegram_id: 7000, name: "کارشناس دبیرخانه", locale: "fa" },
      ]),
      committees: [
        e2eCommittee("convening", { fa: COMMITTEE_TITLE_FA, en: "Convening test working group" }, GROUP_CHAT, PEOPLE),
      ],
    };
    const imported = await world.importRoster(roster);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`فهرست ستاد «\u2068${HQ.key}\u2069» وارد شد`);

    bot = await world.startBot();
  }, 120_000);

  it("eight of the nine open the bot with /start; the ninth does not", async () => {
    for (const p of EARLY) {
      const greeting = await say(p.user, "/start");
      expect(greeting).toContain(p.en ? `Hello ${p.name}` : `${p.name} گرامی، سلام`);
      expect(greeting).toContain(p.en ? "Convening test working group" : COMMITTEE_TITLE_FA);
    }
    expect(world.emu.sent(LATE.user.id)).toHaveLength(0);
  }, 60_000);

  it("the secretary convenes with a Persian one-liner; the ninth seat is named as not reached; everyone else, the group and the secretariat get the invitation once", async () => {
    // Two to three minutes ahead, on a whole minute, written as a Tehran official would: Jalali, Persian digits.
    startsAt = new Date(Math.ceil((Date.now() + 120_000) / 60_000) * 60_000);
    const header = `${formatDateShort(startsAt, "fa", ZONE)} ${formatTime(startsAt, "fa", ZONE)}`;
    const command = `/convene ${header} ${PLACE}\n${AGENDA.map((item) => `- ${item}`).join("\n")}`;
    meetingWhenFa = formatDateTime(startsAt, "fa", ZONE);
    meetingWhenEn = formatDateTime(startsAt, "en", ZONE);

    // The secretary is a member too: their own invitation (outbox) and the reply race each other.
    let reply = await sayAndFind(SECRETARY.user, command, /✅ دعوت‌نامه جلسه|تعطیل رسمی/);
    if (textOf(reply).includes("تعطیل رسمی")) {
      // The test happens to run on a Friday in Tehran: the secretary is warned and convenes anyway.
      reply = await pressAndFind(SECRETARY.user, reply, "بله، همین زمان", SECRETARY.user.id, "✅ دعوت‌نامه جلسه");
    }
    const confirmation = textOf(reply);
    expect(confirmation).toContain("✅ دعوت‌نامه جلسه");
    expect(confirmation).toContain(meetingWhenFa);
    expect(confirmation).toContain("این جایگاه‌ها دعوت‌نامه را اکنون دریافت نمی‌کنند:");
    expect(confirmation).toContain(`• ${LATE.seat}: هنوز ربات را «شروع» نکرده است`);
    for (const p of EARLY) expect(confirmation, "only the ninth seat is not reached").not.toContain(`• ${p.seat}:`);

    for (const p of EARLY) {
      const invitation = await firstWith(`the invitation to ${p.user.id}`, p.user.id, invitationOf(p));
      const text = textOf(invitation);
      if (p.en) {
        // English: the Gregorian date (with the Jalali one beside it), the place and items as typed.
        expect(text).toContain(`Time: ${meetingWhenEn}`);
        expect(text).toContain(`Place: ${PLACE}`);
        expect(text).toContain(`1. ${AGENDA[0]}`);
        expect(text).toContain(`2. ${AGENDA[1]}`);
        // This group's roster sets its own proposal days (0), so the line says whose rule it is (B10).
        expect(text).toContain(
          `Written proposals until (this working group's rule: 0 days before the meeting; the bylaw asks for at least 7, rule 10): ${meetingWhenEn}`,
        );
        for (const label of ["✅ Attending", "❌ Not attending", "👤 Sending a delegate"])
          expect(buttonsOf(invitation).map((b) => b.text)).toContain(label);
      } else {
        expect(text).toContain(`زمان: ${meetingWhenFa}`);
        expect(text).toContain(`مکان: ${PLACE}`);
        expect(text).toContain(`۱. ${AGENDA[0]}`);
        expect(text).toContain(`۲. ${AGENDA[1]}`);
        for (const label of ["✅ حضور دارم", "❌ حضور ندارم", "👤 نماینده معرفی می‌کنم"])
          expect(buttonsOf(invitation).map((b) => b.text)).toContain(label);
      }
    }
    const groupPost = await firstWith("the invitation in the group chat", GROUP_CHAT, INVITATION_FA);
    expect(textOf(groupPost)).toContain(`زمان: ${meetingWhenFa}`);
    expect(buttonsOf(groupPost).map((b) => b.text)).toContain("✅ حضور دارم");
    const secretariatCopy = await firstWith("the invitation in the secretariat chat", SECRETARIAT_CHAT, INVITATION_FA);
    expect(textOf(secretariatCopy)).toContain(HQ.name);

    // The ninth was tried and refused (never pressed Start): nothing reached them.
    await world.emu
      .waitFor(
        (c) => c.method === "sendMessage" && Number(c.params.chat_id) === LATE.user.id && c.status === 403,
        20_000,
      )
      .catch((error: Error) => {
        throw failure(error.message);
      });
    expect(world.emu.sent(LATE.user.id)).toHaveLength(0);
  }, 90_000);

  it("RSVP: the English member taps Attending, a Persian member taps Not attending; each private invitation shows the answer", async () => {
    const english = sentWith(ENGLISH.user.id, INVITATION_EN)[0]!;
    const answerEn = await press(ENGLISH.user, english, "✅ Attending");
    expect(answerEn).toBe("Your answer is recorded: ✅ Attending");
    const editedEn = await until(
      "the English invitation is edited",
      () => textOf(current(english)).includes("Your answer: ✅ Attending") && current(english),
    );
    expect(textOf(editedEn)).toContain(INVITATION_EN);
    expect(buttonsOf(editedEn).length, "the buttons stay, to change the answer").toBeGreaterThan(0);

    const persianInvitation = sentWith(DECLINER.user.id, INVITATION_FA)[0]!;
    const answerFa = await press(DECLINER.user, persianInvitation, "❌ حضور ندارم");
    expect(answerFa).toBe("پاسخ شما ثبت شد: ❌ حضور ندارم");
    await until("the Persian invitation is edited", () =>
      textOf(current(persianInvitation)).includes("پاسخ شما: ❌ حضور ندارم"),
    );
  }, 60_000);

  it("B10: a member's /propose gets a numbered receipt; the secretary adds it to the agenda with the button; the proposer is told", async () => {
    const receipt = await say(PROPOSER.user, `/propose ${PROPOSAL}`);
    const number = /با شماره ([۰-۹]+) ثبت/.exec(receipt)?.[1];
    expect(number, receipt).toBeDefined();
    expect(receipt).toContain(meetingWhenFa);

    const forSecretary = await until("the proposal reaches the secretary", () =>
      sentWith(SECRETARY.user.id, PROPOSAL).find((m) => buttonsOf(m).some((b) => b.text.includes("افزودن به دستور"))),
    );
    expect(textOf(forSecretary)).toContain(PROPOSER.name);
    // Found by its content: the secretary is a member, so outbox messages may reach them meanwhile.
    await pressAndFind(
      SECRETARY.user,
      forSecretary,
      "افزودن به دستور",
      SECRETARY.user.id,
      "پیشنهاد به دستور جلسه افزوده شد",
    );

    const notice = await until("the proposer is told", () => sentWith(PROPOSER.user.id, "افزوده شد")[0]);
    expect(textOf(notice)).toContain(`پیشنهاد شماره ${number} شما به دستور جلسه`);
    expect(await say(PROPOSER.user, "/agenda")).toContain(`۳. ${PROPOSAL}`);
  }, 60_000);

  it("the ninth person opens the bot now and receives the invitation; the secretary is not told twice about them", async () => {
    // The greeting and the invitation that waited for this /start race each other: either may arrive first.
    await say(LATE.user, "/start");
    await until("the greeting", () => sentWith(LATE.user.id, `${LATE.name} گرامی، سلام`)[0]);
    const invitation = await firstWith("the late invitation", LATE.user.id, INVITATION_FA);
    expect(textOf(invitation)).toContain(`زمان: ${meetingWhenFa}`);
    expect(buttonsOf(invitation).map((b) => b.text)).toContain("✅ حضور دارم");
    // Named in the convening confirmation already: no separate "did not reach" notice.
    expect(sentWith(SECRETARY.user.id, "نرسید")).toHaveLength(0);
  }, 60_000);

  it("/rsvps shows the secretary who answered what, with the counts and the quorum expectation", async () => {
    const report = textOf(await sayAndFind(SECRETARY.user, "/rsvps", "پاسخ اعضا به دعوت‌نامه"));
    expect(report).toContain(`پاسخ اعضا به دعوت‌نامه ${COMMITTEE_TITLE_FA}:`);
    expect(report).toContain(`• ${ENGLISH.seat} (${ENGLISH.name}): ✅ حضور دارم`);
    expect(report).toContain(`• ${DECLINER.seat} (${DECLINER.name}): ❌ حضور ندارم`);
    expect(report).toContain(`• ${LATE.seat} (${LATE.name}): ⏳ بی‌پاسخ`);
    expect(report).toContain(`• ${CHAIR.seat} (${CHAIR.name}): ⏳ بی‌پاسخ`);
    expect(report).toContain("حضور: ۱، با نماینده: ۰، عدم حضور: ۱، بی‌پاسخ: ۷");
    expect(report).toContain("۱ نفر از ۹ عضو دارای حق رأی حاضر خواهند بود؛ حد نصاب ۶ نفر است و هنوز تأمین نمی‌شود");
  }, 60_000);

  it("when the start (= the proposal deadline) passes, the final agenda with the accepted proposal reaches the group, the secretariat and every member once; no 2-hour reminder; nothing twice; group limits kept", async () => {
    const waitMs = startsAt.getTime() - Date.now();
    expect(waitMs, "the steps before took less time than the meeting was ahead").toBeGreaterThan(0);
    const timeout = waitMs + 40_000;

    const audience = [GROUP_CHAT, SECRETARIAT_CHAT, ...PEOPLE.map((p) => p.user.id)];
    await until(
      "the final agenda everywhere",
      () =>
        audience.every((chatId) => {
          const person = PEOPLE.find((p) => p.user.id === chatId);
          return sentWith(chatId, person ? finalOf(person) : FINAL_FA).length > 0;
        }),
      timeout,
    );
    const finalAt = Date.now();
    expect(finalAt, "not before the deadline").toBeGreaterThanOrEqual(startsAt.getTime());

    for (const chatId of [GROUP_CHAT, SECRETARIAT_CHAT, ...PEOPLE.filter((p) => !p.en).map((p) => p.user.id)]) {
      const text = textOf(sentWith(chatId, FINAL_FA)[0]!);
      expect(text, `chat ${chatId}`).toContain(`زمان: ${meetingWhenFa}`);
      expect(text, `chat ${chatId}`).toContain(`۱. ${AGENDA[0]}`);
      expect(text, `chat ${chatId}`).toContain(`۲. ${AGENDA[1]}`);
      expect(text, `chat ${chatId}`).toContain(`۳. ${PROPOSAL}`);
    }
    const finalEn = textOf(sentWith(ENGLISH.user.id, FINAL_EN)[0]!);
    expect(finalEn).toContain(`Time: ${meetingWhenEn}`);
    expect(finalEn).toContain(`3. ${PROPOSAL}`);

    // At least one more job-runner tick (every 5 s) and many outbox passes, so a repeat would have shown up.
    await sleep(8_000);

    const everything = world.emu.sent();
    // Convened less than two hours ahead: the 2-hour reminder (and the RSVP reminders) were never due.
    expect(
      everything.filter((m) => textOf(m).includes("دو ساعت") || textOf(m).includes("two hours")).map((m) => m.chat_id),
    ).toEqual([]);
    expect(everything.filter((m) => /یادآوری|Reminder/.test(textOf(m))).map((m) => m.chat_id)).toEqual([]);

    for (const chatId of audience) {
      const person = PEOPLE.find((p) => p.user.id === chatId);
      expect(sentWith(chatId, person ? invitationOf(person) : INVITATION_FA), `invitations to ${chatId}`).toHaveLength(
        1,
      );
      expect(sentWith(chatId, person ? finalOf(person) : FINAL_FA), `final agendas to ${chatId}`).toHaveLength(1);
    }
    // No message reached any chat twice.
    const seen = new Map<string, number>();
    for (const m of everything) {
      const key = `${m.chat_id}\n${textOf(m)}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen.entries()].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);

    const stats = world.emu.stats();
    expect(stats.perGroupMaxPerMinute).toBeGreaterThan(0);
    expect(stats.perGroupMaxPerMinute, "at most 20 messages a minute to one group").toBeLessThanOrEqual(20);
    expect(stats.rejected429).toBe(0);
    expect(bot!.running, bot!.describe()).toBe(true);
  }, 300_000);
});
