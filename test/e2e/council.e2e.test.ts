import { describe, expect, it } from "vitest";
import { formatDateShort, formatTime } from "../../src/domain/calendar.ts";
import type { EmuMessage, EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { buttonsOf } from "../helpers/bot-harness.ts";
import { countyHeadquarters, e2eDriver, minutesCodeOf, textOf } from "../helpers/e2e-driver.ts";
import { e2eWorld } from "../helpers/e2e-world.ts";
import type { BotProcess } from "../helpers/process.ts";

/**
 * Issue 10 part 2's "done when": the coordination council (part A) meets through the real `src/main.ts` process, from
 * `/convene` in its own chat to signed minutes. Its four members are the four people who hold the eight chair and
 * secretary offices of its groups — the governor chairs two groups, the mayor keeps the minutes of two — so N is 4,
 * the quorum ⌈2·4/3⌉ = 3 and the majority ⌊4/2⌋+1 = 3. A group's secretary who types /convene in the council's chat is
 * refused, and their own group is not convened. On PGlite by default, on PostgreSQL with TEST_DATABASE_URL.
 */

const ZONE = "Asia/Tehran";
const HQ = { key: "council-e2e", name: "ستاد بازآفرینی پایدار شهرستان شورا" };
const SECRETARIAT_CHAT = -1008100000001;
const COUNCIL_CHAT = -1008100000002;
const COUNCIL = { id: COUNCIL_CHAT, type: "supergroup" as const, title: "شورای تلفیق" };

const persian = (id: number, firstName: string): EmuUser => ({ id, first_name: firstName, language_code: "fa" });
const GOVERNOR = { user: persian(8201, "فرماندار"), name: "فرماندار شهرستان" };
const HERITAGE = { user: persian(8202, "میراث"), name: "مدیر میراث فرهنگی" };
const MAYOR = { user: persian(8203, "شهردار"), name: "شهردار شهر" };
const JUSTICE = { user: persian(8204, "دادگستری"), name: "رئیس دادگستری" };
const COUNCIL_PEOPLE = [GOVERNOR, HERITAGE, MAYOR, JUSTICE];
const STAFF = persian(8200, "کارشناس");
const Q = "تصویب برنامه اجرای مصوبات ستاد";
const HASH_FA = "کد اصالت (SHA-256)";

const office = (seat: string, role: "chair" | "secretary", person: { user: EmuUser; name: string }) => ({
  seat,
  role,
  telegram_id: person.user.id,
  name: person.name,
});

describe("the coordination council meets end to end through the real process (part A)", () => {
  const world = e2eWorld({
    name: "council",
    emulator: { token: "777000444:AAEmulatorTokenForKargoruhCouncil", requireStart: true },
    chats: [COUNCIL, { id: SECRETARIAT_CHAT, type: "supergroup", title: "دبیرخانه ستاد" }],
  });
  let bot: BotProcess | undefined;
  let live: EmuMessage;

  const { until, say, sayAndFind, press, pressAndFind, sentWith, firstWith, current, signDraftMinutes } = e2eDriver({
    emulator: () => world.emu,
    bot: () => bot,
    group: COUNCIL,
  });

  it("the roster (council with its own chat, three groups) is imported with the CLI; the council's members see their council seat on /start", async () => {
    const roster = {
      headquarters: countyHeadquarters(HQ, ZONE, SECRETARIAT_CHAT, [
        { telegram_id: STAFF.id, name: "کارشناس دبیرخانه" },
      ]),
      committees: [
        // The bylaw's 7 days' notice cannot be waited out by a real process on the real clock.
        { key: "council", template: "council", chat_id: COUNCIL_CHAT, rules: { notice_days: 0, proposal_days: 0 } },
        {
          key: "physical",
          template: "physical",
          members: [
            office("فرماندار", "chair", GOVERNOR),
            office("رئیس اداره میراث فرهنگی", "secretary", HERITAGE),
            { seat: "رئیس اداره برق" },
          ],
        },
        {
          key: "social",
          template: "social",
          members: [
            office("فرماندار", "chair", GOVERNOR),
            office("شهردار", "secretary", MAYOR),
            { seat: "رئیس شبکه بهداشت" },
          ],
        },
        {
          key: "legal",
          template: "legal",
          members: [
            office("رئیس دادگستری", "chair", JUSTICE),
            office("شهردار", "secretary", MAYOR),
            { seat: "رئیس اداره اطلاعات" },
          ],
        },
      ],
    };
    const imported = await world.importRoster(roster);
    expect(imported.code, imported.stderr).toBe(0);

    bot = await world.startBot();
    for (const p of COUNCIL_PEOPLE) expect(await say(p.user, "/start")).toContain("شورای تلفیق");
    expect(await say(GOVERNOR.user, "/start")).toContain("شورای تلفیق: رئیس (فرماندار)");
    expect(await say(HERITAGE.user, "/start")).toContain("شورای تلفیق: دبیر (رئیس اداره میراث فرهنگی)");
  }, 180_000);

  it("a group's secretary who is not the council's secretary: /convene in the council's chat is refused, nothing is convened", async () => {
    const command = "/convene ۱۴۱۰/۰۱/۱۵ ۱۰:۰۰\n- بررسی پیشنهادهای کارگروه‌ها";
    const refused = await sayAndFind(MAYOR.user, command, "این گروه متعلق به «شورای تلفیق» است", true);
    expect(textOf(refused)).toContain("بند ۴ آیین‌نامه");
    // Nobody was invited to anything: a convening sends the members their invitations through the outbox.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const p of COUNCIL_PEOPLE) expect(sentWith(p.user.id, "📩 دعوت‌نامه جلسه")).toEqual([]);
  }, 60_000);

  it("the council's secretary convenes it in its chat; each of the four people has one invitation, the governor too", async () => {
    const startsAt = new Date(Math.ceil((Date.now() + 120_000) / 60_000) * 60_000);
    const header = `${formatDateShort(startsAt, "fa", ZONE)} ${formatTime(startsAt, "fa", ZONE)}`;
    const done = /✅ (جلسه|دعوت‌نامه جلسه)/;
    let reply = await sayAndFind(
      HERITAGE.user,
      `/convene ${header} سالن فرمانداری\n- ${Q}`,
      new RegExp(`${done.source}|تعطیل رسمی`),
      true,
    );
    if (textOf(reply).includes("تعطیل رسمی"))
      reply = await pressAndFind(HERITAGE.user, reply, "بله، همین زمان", COUNCIL_CHAT, done);
    expect(textOf(reply)).toMatch(done);
    expect(textOf(reply)).toContain("شورای تلفیق");
    for (const p of COUNCIL_PEOPLE) await firstWith(`the invitation to ${p.user.id}`, p.user.id, "📩 دعوت‌نامه جلسه");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(sentWith(GOVERNOR.user.id, "📩 دعوت‌نامه جلسه"), "one person, one invitation").toHaveLength(1);
    expect(textOf(sentWith(GOVERNOR.user.id, "📩 دعوت‌نامه جلسه")[0]!)).toContain("شورای تلفیق");
  }, 120_000);

  it("B3 in the council: /startmeeting; three of four people check in and make the quorum; a vote passes with 3 yes of N = 4; /endmeeting", async () => {
    let reply = await sayAndFind(HERITAGE.user, "/startmeeting", /در حال برگزاری است|آغاز شود/, true);
    if (buttonsOf(reply).some((b) => b.text.includes("آغاز شود")))
      reply = await pressAndFind(HERITAGE.user, reply, "آغاز شود", COUNCIL_CHAT, "در حال برگزاری است");
    live = reply;
    expect(textOf(live)).toContain("از ۴ عضو دارای حق رأی");
    for (const p of [GOVERNOR, HERITAGE, MAYOR]) expect(await press(p.user, live, "حاضرم")).toBe("✅ حضور شما ثبت شد.");
    await until("the live line shows the quorum", () => current(live).text?.includes("حاضر: ۳ از ۴ عضو دارای حق رأی"));
    expect(current(live).text).toContain("حد نصاب ۳ نفر");

    const vote = await sayAndFind(HERITAGE.user, `/vote ${Q}`, `🗳 رأی‌گیری: «${Q}»`, true);
    expect(textOf(vote)).toContain("۳ رأی موافق از ۴ عضو دارای حق رأی");
    for (const p of [GOVERNOR, HERITAGE, MAYOR])
      expect(await press(p.user, vote, "موافق")).toBe("✅ رأی شما ثبت شد: ✅ موافق");
    await until("the live tally shows three yes", () => current(vote).text?.includes("موافق: ۳"));
    // Closing edits the vote's message into its result (a group has 20 messages a minute).
    world.emu.pushUpdate(world.emu.groupMessage(HERITAGE.user, COUNCIL, "/closevote"));
    await until("the vote's message shows the result", () => current(vote).text?.includes(`🗳 نتیجه رأی‌گیری: «${Q}»`));
    expect(current(vote).text).toContain("✅ تصویب شد.");

    const final = await sayAndFind(HERITAGE.user, "/endmeeting", "📋 حضور و غیاب نهایی جلسه", true);
    expect(textOf(final)).toContain("۳ از ۴ عضو دارای حق رأی");
  }, 180_000);

  it("B9 in the council: its secretary signs the minutes; the four members, the council's chat and the HQ secretariat have them with one hash", async () => {
    const draft = await signDraftMinutes(HERITAGE.user);
    expect(textOf(draft)).toContain("شورای تلفیق");
    expect(textOf(draft)).toContain(Q);
    const hashes = new Set<string>();
    for (const p of COUNCIL_PEOPLE) {
      const copy = await firstWith(`the signed minutes to ${p.user.id}`, p.user.id, HASH_FA);
      expect(textOf(copy)).toContain(Q);
      hashes.add(minutesCodeOf(textOf(copy))!);
    }
    // A group has 20 messages a minute: the council's chat had the session's messages within the last minute.
    for (const chatId of [COUNCIL_CHAT, SECRETARIAT_CHAT])
      hashes.add(minutesCodeOf(textOf(await firstWith(`the minutes in ${chatId}`, chatId, HASH_FA, 75_000)))!);
    expect([...hashes]).toHaveLength(1);
    // The governor holds two offices and signed minutes name him once.
    const text = textOf(sentWith(GOVERNOR.user.id, HASH_FA)[0]!);
    expect(text.match(new RegExp(GOVERNOR.name, "g"))).toHaveLength(1);
  }, 180_000);
});
