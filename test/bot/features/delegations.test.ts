import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseGuestRequest } from "../../../src/bot/features/guests.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { findPersonByTelegramId, updatePerson } from "../../../src/db/queries/people.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const ONE_LINER = "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث";
const SECOND_MEETING = "/convene ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰ دفتر فرماندار\n- پیشنهاد بودجه";
const STATEMENT = "آقای رضا احمدی، معاون اداره، به نمایندگی از اینجانب با حق رأی در این جلسه حاضر می‌شود.";
const PROVINCE_STAFF = 2000;
const COUNTY_STAFF = 1000;

const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!, "عضو دوم");
const delegate = persian(5001, "رضا");

const textOf = (messages: EmuMessage[]) => messages.map((m) => m.text ?? "").join("\n---\n");
const tokenIn = (text: string | undefined) => /\?start=([A-Za-z0-9_-]+)/.exec(text ?? "")?.[1] ?? "";

describe("delegates and guests in chat (bylaw B1, B8)", () => {
  let h: BotHarness;
  /** Every table's row count but the update log, which grows with every update by design. */
  const rowCounts = async () => {
    const { processed_updates: _, ...rest } = await h.database.rowCounts();
    return rest;
  };
  const lastAnswer = () =>
    ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text ?? "";

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    const province = {
      headquarters: {
        key: "sample-province",
        level: "province",
        name: "ستاد بازآفرینی پایدار استان نمونه",
        locale: "fa",
        staff: [{ telegram_id: PROVINCE_STAFF, name: "کارشناس ستاد استان" }],
      },
      committees: [],
    };
    await importRoster(h.services, validRoster(province), SYSTEM_ACTOR);
    const county = nineSeatRoster();
    Object.assign(county.headquarters, { parent: "sample-province" });
    await importRoster(h.services, validRoster(county), SYSTEM_ACTOR);
    for (const id of [CHAIR, SECRETARY, ...MEMBERS, COUNTY_STAFF, PROVINCE_STAFF]) {
      const person = (await findPersonByTelegramId(h.database.db, id))!;
      await updatePerson(h.database.db, person.id, { startedAt: h.clock.now() });
    }
    expect(await h.replyTo(secretary, ONE_LINER)).toContain("✅ دعوت‌نامه جلسه");
    await h.deliver();
    h.emulator.clearCalls();
  });

  /** The member names a delegate from the invitation's button; returns the link's token. */
  async function nameDelegateFromInvitation(): Promise<string> {
    const invitation = h.emulator
      .messagesIn(MEMBERS[1]!)
      .filter((m) => m.text?.includes("دعوت‌نامه جلسه"))
      .at(-1)!;
    const asked = await h.press(member, invitation, buttonData(invitation, "نماینده معرفی می‌کنم"));
    expect(textOf(asked)).toContain("معرفی‌نامه کتبی نماینده را بنویسید");
    const [note, forward] = await h.say(member, STATEMENT);
    expect(note!.text).toContain("✅ معرفی‌نامه شما برای جلسه");
    expect(forward!.text).toMatch(/^👤 معرفی نماینده موقت/);
    expect(forward!.text).toContain("https://t.me/kargoruh_bot?start=");
    return tokenIn(forward!.text);
  }

  it("B1 the whole flow in Persian: Sending a delegate → statement → link → the delegate confirms → the secretary accepts → revoke", async () => {
    const token = await nameDelegateFromInvitation();
    const [shown] = await h.say(delegate, `/start ${token}`);
    expect(shown!.text).toContain("عضو شماره ۲");
    expect(shown!.text).toContain("جایگاه «عضو ۲»");
    expect(shown!.text).toContain("شنبه ۲۱ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(shown!.text).toContain(STATEMENT);
    const [confirmed] = await h.press(delegate, shown!, buttonData(shown!, "✅ می‌پذیرم"));
    expect(confirmed!.text).toContain("پذیرش شما ثبت شد");

    await h.deliver();
    const forSecretary = h.emulator.lastSent(SECRETARY)!;
    expect(forSecretary.text).toContain("معرفی کتبی نماینده موقت");
    expect(forSecretary.text).toContain(STATEMENT);
    const before = await rowCounts();
    await h.press(persian(MEMBERS[2]!), forSecretary, buttonData(forSecretary, "تأیید نماینده"));
    expect(lastAnswer()).toContain("فقط دبیر یا رئیس");
    expect(await rowCounts()).toEqual(before);
    const [accepted] = await h.press(secretary, forSecretary, buttonData(forSecretary, "تأیید نماینده"));
    expect(accepted!.text).toContain("نماینده تأیید شد");

    await h.deliver();
    expect(h.emulator.lastSent(MEMBERS[1]!)!.text).toContain("رأی نمی‌دهید");
    const toDelegate = h.emulator.lastSent(delegate.id)!;
    expect(toDelegate.text).toContain("۱. بررسی طرح‌های میراث");
    expect(buttonsOf(toDelegate)).toEqual([]);

    const [standing] = await h.say(member, "/delegate");
    expect(standing!.text).toContain("وضعیت: تأییدشده از سوی دبیر");
    expect(standing!.text).toContain("نماینده: رضا");
    const [revoked] = await h.press(member, standing!, buttonData(standing!, "لغو معرفی نماینده"));
    expect(revoked!.text).toContain("معرفی نماینده لغو شد");
    await h.deliver();
    expect(h.emulator.lastSent(delegate.id)!.text).toContain("لغو کرد");
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("لغو کرد");
  });

  it("B1 in English: the one-liner with two upcoming meetings asks which; the secretary rejects and the member is told", async () => {
    await h.say(secretary, SECOND_MEETING);
    const principal = english(MEMBERS[0]!, "Member Three");
    const [which] = await h.say(
      principal,
      "/delegate Ms Sara Karimi, deputy mayor, attends on my behalf with the right to vote.",
    );
    expect(which!.text).toContain("Which meeting is the delegate for?");
    expect(buttonsOf(which!)).toHaveLength(3);
    const [note, forward] = await h.press(principal, which!, buttonsOf(which!)[1]!.callback_data);
    expect(note!.text).toContain("Your written introduction for the meeting of the Working group on physical");
    expect(note!.text).toContain("Saturday 19 December 2026");
    const token = tokenIn(forward!.text);

    expect(await h.replyTo(principal, `/start ${token}`)).toContain("your own delegate link");
    expect(await h.replyTo(english(MEMBERS[3]!), `/start ${token}`)).toContain(
      "You hold a voting seat in this working group",
    );
    const sara = english(5002, "Sara");
    const [shown] = await h.say(sara, `/start ${token}`);
    expect(shown!.text).toContain("The member Member Three has named you the temporary delegate");
    expect(shown!.text).toContain("Ms Sara Karimi");
    await h.press(sara, shown!, buttonData(shown!, "I accept"));
    expect(await h.replyTo(english(5003), `/start ${token}`)).toContain("This delegate link has already been used");

    await h.deliver();
    const forSecretary = h.emulator.lastSent(SECRETARY)!;
    await h.press(secretary, forSecretary, buttonData(forSecretary, "رد"));
    await h.deliver();
    expect(h.emulator.lastSent(MEMBERS[0]!)!.text).toContain("The secretary did not accept Sara as your delegate");
    expect(h.emulator.lastSent(5002)!.text).toContain("did not accept you as the delegate of Member Three");
  });

  it("B1 refusals in chat say why; forged and unknown ids change nothing", async () => {
    const token = await nameDelegateFromInvitation();
    expect(await h.replyTo(member, "/delegate")).toContain("در انتظار باز شدن پیوند و پذیرش نماینده");
    expect(await h.replyTo(member, "/delegate شخص دیگر")).toContain("وضعیت: در انتظار باز شدن پیوند");
    expect(
      await h.replyTo(member, "/delegate", { id: COMMITTEE_CHAT, type: "supergroup", title: "کارگروه" }),
    ).toContain("گفت‌وگوی خصوصی");
    expect(await h.replyTo(persian(MEMBERS[2]!), `/start ${token}`)).toContain("عضو دارای حق رأی هستید");

    const [shown] = await h.say(delegate, `/start ${token}`);
    const before = await rowCounts();
    for (const data of ["da:999999", "dr:999999", "dc:999999", "dv:999999", "da:abc", "dc:1:2"]) {
      await h.press(secretary, shown!, data);
      expect(lastAnswer(), data).toBe("این دکمه دیگر معتبر نیست.");
    }
    await h.press(persian(MEMBERS[2]!), shown!, buttonData(shown!, "✅ می‌پذیرم"));
    expect(lastAnswer()).toBe("این دکمه دیگر معتبر نیست.");
    expect(await rowCounts()).toEqual(before);

    h.clock.set(new Date(MEETING.getTime() + 60_000));
    await h.press(delegate, shown!, buttonData(shown!, "✅ می‌پذیرم"));
    expect(lastAnswer()).toContain("فقط پیش از آغاز جلسه");
    expect(await h.replyTo(persian(MEMBERS[3]!), "/delegate")).toContain("جلسه‌ای در پیش نیست");
    expect(await rowCounts()).toEqual(before);
  });

  it("B8 the guest flow in Persian: the provincial staff approve, the county's staff cannot, the guest gets the invitation without buttons", async () => {
    const asked = await h.replyTo(secretary, "/guest جمعیت هلال احمر — بررسی طرح مدیریت بحران بافت تاریخی");
    expect(asked).toContain("ستاد بازآفرینی پایدار استان نمونه");
    expect(asked).toContain("فرستاده شد");
    await h.deliver();
    const forStaff = h.emulator.lastSent(PROVINCE_STAFF)!;
    expect(forStaff.text).toContain("دستگاه: جمعیت هلال احمر");
    expect(forStaff.text).toContain("دلیل: بررسی طرح مدیریت بحران بافت تاریخی");
    expect(h.emulator.lastSent(COUNTY_STAFF)).toBeUndefined();

    const before = await rowCounts();
    await h.press(persian(COUNTY_STAFF), forStaff, buttonData(forStaff, "تأیید"));
    expect(lastAnswer()).toBe(
      "فقط کارشناسان ستاد بازآفرینی پایدار استان نمونه درباره این درخواست تصمیم می‌گیرند؛ چیزی تغییر نکرد.",
    );
    await h.press(persian(PROVINCE_STAFF), forStaff, "ga:999999");
    expect(lastAnswer()).toBe("این دکمه دیگر معتبر نیست.");
    expect(await rowCounts()).toEqual(before);

    const [approved] = await h.press(persian(PROVINCE_STAFF), forStaff, buttonData(forStaff, "تأیید"));
    expect(approved!.text).toContain("تأیید شد");
    await h.press(persian(PROVINCE_STAFF), forStaff, buttonData(forStaff, "رد"));
    expect(lastAnswer()).toContain("پیش‌تر تصمیم گرفته شده است (تأیید شده)");

    await h.deliver();
    const link = h.emulator.lastSent(SECRETARY)!;
    expect(link.text).toMatch(/^📩 دعوت به‌عنوان مدعو بدون حق رأی/);
    const [invitation] = await h.say(persian(6001, "نماینده هلال احمر"), `/start ${tokenIn(link.text)}`);
    expect(invitation!.text).toContain("دعوت‌نامه جلسه — مدعو بدون حق رأی");
    expect(invitation!.text).toContain("۱. بررسی طرح‌های میراث");
    expect(invitation!.reply_markup).toBeUndefined();
    expect(await h.replyTo(persian(6002), `/start ${tokenIn(link.text)}`)).toContain(
      "این پیوند دعوت پیش‌تر به کار رفته است",
    );
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("پیوند را باز کرد");
  });

  it("B8 in English, from the group chat, with a colon; a rejection reaches the requester; members may not ask", async () => {
    const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه" };
    expect(await h.replyTo(persian(MEMBERS[2]!), "/guest هلال احمر: طرح", group)).toContain("فقط دبیر یا رئیس");
    expect(await h.replyTo(secretary, "/guest", group)).toContain("نام دستگاه و دلیل دعوت");
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    expect(
      await h.replyTo(chair, "/guest Red Crescent Society: disaster plan of the historic fabric", group),
    ).toContain("was sent to ستاد بازآفرینی پایدار استان نمونه for approval");
    await h.deliver();
    const forStaff = h.emulator.lastSent(PROVINCE_STAFF)!;
    expect(forStaff.text).toContain("دستگاه: Red Crescent Society");
    await h.press(persian(PROVINCE_STAFF), forStaff, buttonData(forStaff, "رد"));
    await h.deliver();
    expect(h.emulator.lastSent(CHAIR)!.text).toContain(
      "did not approve inviting a representative of Red Crescent Society",
    );
  });

  it("B8 with several upcoming meetings the requester chooses one; the guest reads English", async () => {
    await h.say(secretary, SECOND_MEETING);
    const [which] = await h.say(secretary, "/guest شرکت آب و فاضلاب - هماهنگی شبکه");
    expect(which!.text).toContain("مدعو به کدام جلسه دعوت می‌شود؟");
    const [sent] = await h.press(secretary, which!, buttonsOf(which!)[0]!.callback_data);
    expect(sent!.text).toContain("فرستاده شد");
    await h.deliver();
    const forStaff = h.emulator.lastSent(PROVINCE_STAFF)!;
    expect(forStaff.text).toContain("دستگاه: شرکت آب و فاضلاب");
    await h.press(persian(PROVINCE_STAFF), forStaff, buttonData(forStaff, "تأیید"));
    await h.deliver();
    const reply = await h.replyTo(english(6003, "Guest"), `/start ${tokenIn(h.emulator.lastSent(SECRETARY)!.text)}`);
    expect(reply).toContain("Meeting invitation — guest without a vote");
    expect(reply).toContain("representative of شرکت آب و فاضلاب");
  });

  it("the guest request separators: em dash, colon or hyphen", () => {
    expect(parseGuestRequest("جمعیت هلال احمر — طرح بحران")).toEqual({
      agency: "جمعیت هلال احمر",
      reason: "طرح بحران",
    });
    expect(parseGuestRequest("Red Crescent: plan - phase 2")).toEqual({
      agency: "Red Crescent",
      reason: "plan - phase 2",
    });
    expect(parseGuestRequest("Omran-Maskan - housing plan")).toEqual({
      agency: "Omran-Maskan",
      reason: "housing plan",
    });
    expect(parseGuestRequest("only an agency")).toBeNull();
    expect(parseGuestRequest("— no agency")).toBeNull();
  });
});
