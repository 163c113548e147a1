import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { auditLog, inviteTokens } from "../../../src/db/schema.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { type FollowThroughWorld, followThroughWorld, OTHER_STAFF, STAFF } from "../../helpers/follow-through-setup.ts";
import { MEMBERS, nineSeatRoster, SECRETARIAT_CHAT } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const clerk = persian(STAFF, "کارشناس");
const VACANT_SEAT = "رئیس اداره برق";

/** The 9-seat group («عضو ۲»'s order ended, «عضو ۳»'s ends in 12 days, one vacant seat) and a second group. */
function roster() {
  const r = nineSeatRoster();
  const members = r.committees[1]!.members!;
  // Two-year orders counted in Jalali: 1403/08/30 → 1405/08/30 (2026-11-21), 1403/09/19 → 1405/09/19 (2026-12-10).
  Object.assign(members[3]!, { term_start: "1403/08/30" });
  Object.assign(members[4]!, { term_start: "1403/09/19" });
  members.push({ seat: VACANT_SEAT });
  (r.committees as Record<string, unknown>[]).push({
    key: "social",
    template: "social",
    members: [{ seat: "شهردار", role: "secretary", telegram_id: 1020, name: "شهردار نمونه" }],
  });
  return r;
}

describe("/appoint in chat (bylaw B2)", () => {
  let h: BotHarness;
  let world: FollowThroughWorld;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    h.clock.set(START);
    world = await followThroughWorld(h, roster());
    h.emulator.clearCalls();
  });

  const holderOf = async (title: string) =>
    (await seatsWithHolders(h.database.db, [world.committeeId])).find((s) => s.title === title)!.holder;

  /** `/appoint`, the physical group, the seat whose button contains `seat`: the seat's message with its actions. */
  async function openSeat(user: ReturnType<typeof persian>, seat: string, committee = "کالبدی"): Promise<EmuMessage> {
    const [committees] = await h.say(user, "/appoint");
    const [seats] = await h.press(user, committees!, buttonData(committees!, committee));
    const [chosen] = await h.press(user, seats!, buttonData(seats!, seat));
    return chosen!;
  }

  it("in Persian: the committee, the seats with ended and ending orders first, renewal to a typed Jalali day after two mistakes", async () => {
    const [committees] = await h.say(clerk, "/appoint");
    expect(committees!.text).toContain("حکم کدام کارگروه؟");
    expect(buttonsOf(committees!).map((b) => b.text)).toEqual([
      "⚠️ کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی",
      expect.stringContaining("کارگروه"),
      "لغو",
    ]);
    const [seats] = await h.press(clerk, committees!, buttonData(committees!, "کالبدی"));
    expect(seats!.text).toContain("⛔ حکم پایان یافته · ⏳ کمتر از ۳۰ روز مانده · ➕ بلاتصدی");
    expect(
      buttonsOf(seats!)
        .slice(0, 4)
        .map((b) => b.text),
    ).toEqual(["⛔ عضو ۲ — عضو شماره ۲", "⏳ عضو ۳ — عضو شماره ۳", `➕ ${VACANT_SEAT}`, "فرماندار — رئیس کارگروه"]);

    const [seat] = await h.press(clerk, seats!, buttonData(seats!, "عضو ۲"));
    expect(seat!.text).toContain(
      "جایگاه «عضو ۲» در کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی، دارنده حکم: عضو شماره ۲",
    );
    expect(seat!.text).toContain("⛔ حکم در شنبه ۳۰ آبان ۱۴۰۵ پایان یافته است");
    expect(buttonsOf(seat!).map((b) => b.text)).toEqual([
      "🔄 تمدید تا دوشنبه ۷ آذر ۱۴۰۷",
      "📅 تاریخ پایان دیگر",
      "👤 انتصاب فرد جدید",
      "لغو",
    ]);

    const [ask] = await h.press(clerk, seat!, buttonData(seat!, "تاریخ پایان دیگر"));
    expect(ask!.text).toContain("تاریخ پایان حکم جدید را بنویسید");
    expect(await h.replyTo(clerk, "1405/13/01")).toContain("ماه ۱۳ وجود ندارد");
    expect(await h.replyTo(clerk, "۱۴۰۵/۰۹/۰۱")).toContain("تاریخ پایان حکم باید پس از امروز (شنبه ۷ آذر ۱۴۰۵) باشد");
    expect(await h.replyTo(clerk, "۱۴۰۷/۰۹/۰۸")).toContain(
      "مدت حکم نماینده دو سال است (بند ۲ آیین‌نامه)؛ حکمی که امروز (شنبه ۷ آذر ۱۴۰۵) آغاز می‌شود، حداکثر تا دوشنبه ۷ آذر ۱۴۰۷ اعتبار دارد",
    );
    expect(await holderOf("عضو ۲")).toMatchObject({ termEnd: "2026-11-21" });
    const done = await h.replyTo(clerk, "۱۴۰۷/۰۶/۳۱");
    expect(done).toContain(
      "✅ حکم عضو شماره ۲ (عضو ۲، کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی) از شنبه ۷ آذر ۱۴۰۵ تا پنج‌شنبه ۳۱ شهریور ۱۴۰۷ ثبت شد",
    );
    expect(await holderOf("عضو ۲")).toMatchObject({ termStart: "2026-11-28", termEnd: "2028-09-21" });
    // The form is over: the next text is just text.
    expect(await h.replyTo(clerk, "۱۴۰۸/۰۱/۰۱")).not.toContain("حکم");
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("📋 حکم عضو شماره ۲");
  });

  it("in Persian: appoint someone new, confirmed; the newcomer joins with /start and the link; Cancel records nothing", async () => {
    const seat = await openSeat(clerk, "عضو ۳");
    const [confirm] = await h.press(clerk, seat, buttonData(seat, "انتصاب فرد جدید"));
    expect(confirm!.text).toContain("حکم عضو شماره ۳ برای جایگاه «عضو ۳» از امروز پایان می‌یابد");
    const before = await h.database.rowCounts();
    const [cancelled] = await h.press(clerk, confirm!, buttonData(confirm!, "لغو"));
    expect(cancelled!.text).toBe("انصراف داده شد؛ چیزی ثبت نشد.");
    const after = await h.database.rowCounts();
    for (const table of ["appointments", "invite_tokens", "outbox", "audit_log"])
      expect(after[table], table).toBe(before[table]);

    // A link printed for the seat earlier is retired by the new one.
    const seatId = (await seatsWithHolders(h.database.db, [world.committeeId])).find((s) => s.title === "عضو ۳")!.id;
    await h.database.db.insert(inviteTokens).values({ token: "earlier-link-of-seat-3", kind: "seat", seatId });
    const again = await openSeat(clerk, "عضو ۳");
    const [confirmAgain] = await h.press(clerk, again, buttonData(again, "انتصاب فرد جدید"));
    const [done, link] = await h.press(clerk, confirmAgain!, buttonData(confirmAgain!, "پایان حکم و صدور پیوند"));
    expect(done!.text).toContain(
      "✅ حکم عضو شماره ۳ برای جایگاه «عضو ۳» پایان یافت. پیام بعدی را برای نماینده جدید بفرستید",
    );
    expect(done!.text).toContain("پیوند دعوتی که پیش‌تر برای این جایگاه صادر شده بود دیگر پذیرفته نمی‌شود.");
    expect(link!.text).toContain(
      "دعوت به عضویت در کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی (ستاد بازآفرینی پایدار شهرستان نمونه) به‌عنوان نماینده «عضو ۳»",
    );
    const token = /start=([A-Za-z0-9_-]+)/.exec(link!.text!)![1]!;
    expect(link!.text).toContain(`https://t.me/kargoruh_bot?start=${token}`);
    expect(await holderOf("عضو ۳")).toBeNull();

    const newcomer = persian(7003, "نماینده تازه");
    expect(await h.replyTo(newcomer, "/start earlier-link-of-seat-3")).toContain(
      "این پیوند دعوت با پیوند تازه‌تری جایگزین شده",
    );
    expect(await holderOf("عضو ۳")).toBeNull();
    expect(await h.replyTo(newcomer, `/start ${token}`)).toContain("عضو ۳");
    expect(await holderOf("عضو ۳")).toMatchObject({ telegramId: 7003, termStart: "2026-11-28", termEnd: "2028-11-27" });
    expect(await h.replyTo(persian(7004), `/start ${token}`)).toContain("این پیوند دعوت پیش‌تر به کار رفته است");
  });

  it("a command sent instead of an answer closes the form and runs; stale buttons then do nothing", async () => {
    const seat = await openSeat(clerk, "عضو ۲");
    const [ask] = await h.press(clerk, seat, buttonData(seat, "تاریخ پایان دیگر"));
    expect(ask!.text).toContain("تاریخ پایان حکم جدید");
    const reply = await h.replyTo(clerk, "/help");
    expect(reply).toContain("فرم نیمه‌تمام بسته شد و چیزی ثبت نشد.");
    expect(reply).toContain("تمدید حکم یا انتصاب عضو جدید — ‎/appoint");
    const before = await h.database.rowCounts();
    await h.press(clerk, seat, buttonData(seat, "تمدید تا"));
    expect(h.callbackAnswerTexts()).toContain("این دکمه دیگر معتبر نیست.");
    expect(await h.replyTo(clerk, "۱۴۰۷/۰۶/۳۱")).not.toContain("ثبت شد");
    expect((await h.database.rowCounts()).appointments).toBe(before.appointments);

    // A command on a button step closes the form too.
    const [committees] = await h.say(clerk, "/appoint");
    expect(buttonsOf(committees!).length).toBeGreaterThan(1);
    expect(await h.replyTo(clerk, "/me")).toContain("فرم نیمه‌تمام بسته شد");
  });

  it("refused: members, staff of another HQ (their form shows only their groups and a forged seat is not a choice), in a group", async () => {
    expect(await h.replyTo(persian(MEMBERS[1]!), "/appoint")).toContain(
      "فقط کارشناسان دبیرخانه ستاد حکم اعضا را تمدید می‌کنند",
    );
    expect(await h.replyTo(persian(9999), "/appoint")).toContain("شما هنوز در هیچ کارگروهی ثبت نشده‌اید");

    const outsider = persian(OTHER_STAFF, "کارشناس ستاد دیگر");
    const [theirs] = await h.say(outsider, "/appoint");
    // One group in their HQ: the form goes straight to its seats.
    expect(theirs!.text).toContain("جایگاه‌های کارگروه ساماندهی کالبدی");
    expect(buttonsOf(theirs!).map((b) => b.text)).not.toContain("⛔ عضو ۲ — عضو شماره ۲");
    const ours = (await seatsWithHolders(h.database.db, [world.committeeId])).find((s) => s.title === "عضو ۲")!;
    const before = await h.database.rowCounts();
    await h.press(outsider, theirs!, `ap:s:${ours.id}`);
    expect(h.callbackAnswerTexts()).toContain("این دکمه دیگر معتبر نیست.");
    expect((await h.database.rowCounts()).appointments).toBe(before.appointments);

    const group = { id: -1001000000002, type: "supergroup" as const, title: "کارگروه" };
    expect(await h.replyTo(clerk, "/appoint", group)).toContain("لطفاً ‎/appoint را در گفت‌وگوی خصوصی با ربات بفرستید");
    const refused = await h.database.db.select().from(auditLog).where(eq(auditLog.action, "appointment.refused"));
    expect(refused.map((r) => r.details)).toEqual([{ reason: "not_staff", attempted: "open" }]);
  });

  it("in English: a vacant seat gets a link at once; a held seat is renewed for two years with one press", async () => {
    const en = english(STAFF, "Clerk");
    const [committees] = await h.say(en, "/appoint");
    expect(committees!.text).toContain("Which working group's seat?");
    const [seats] = await h.press(en, committees!, buttonData(committees!, "physical"));
    expect(seats!.text).toContain("⛔ order ended · ⏳ less than 30 days left · ➕ vacant seat");
    const [vacant] = await h.press(en, seats!, buttonData(seats!, VACANT_SEAT));
    expect(vacant!.text).toContain(`Seat "${VACANT_SEAT}" in the Working group on physical`);
    expect(buttonsOf(vacant!).map((b) => b.text)).toEqual(["👤 Appoint someone new", "Cancel"]);
    const [done, link] = await h.press(en, vacant!, buttonData(vacant!, "Appoint someone new"));
    expect(done!.text).toContain(`✅ An invite link for the seat "${VACANT_SEAT}" was issued.`);
    expect(link!.text).toContain("You are invited to join the Working group on physical");
    expect(link!.text).toContain("https://t.me/kargoruh_bot?start=");

    const [committees2] = await h.say(en, "/appoint");
    const [seats2] = await h.press(en, committees2!, buttonData(committees2!, "physical"));
    const [ending] = await h.press(en, seats2!, buttonData(seats2!, "عضو ۳"));
    expect(ending!.text).toContain("⏳ The order ends on Thursday 10 December 2026 (in 12 days).");
    const [renewed] = await h.press(en, ending!, buttonData(ending!, "Renew"));
    expect(renewed!.text).toContain("✅ The order of عضو شماره ۳ (عضو ۳, Working group on physical");
    expect(renewed!.text).toContain("from Saturday 28 November 2026 to Monday 27 November 2028 (rule 2)");
    expect(await holderOf("عضو ۳")).toMatchObject({ termStart: "2026-11-28", termEnd: "2028-11-27" });

    // B2: a last day typed more than two years away is refused, counted in the calendar it was typed in; the form waits.
    const [committees3] = await h.say(en, "/appoint");
    const [seats3] = await h.press(en, committees3!, buttonData(committees3!, "physical"));
    const [ended] = await h.press(en, seats3!, buttonData(seats3!, "عضو ۲"));
    await h.press(en, ended!, buttonData(ended!, "another end date"));
    expect(await h.replyTo(en, "2028-11-29")).toContain(
      "An appointment order runs two years (rule 2): one starting today (Saturday 28 November 2026) can last until Tuesday 28 November 2028 at the latest.",
    );
    expect(await holderOf("عضو ۲")).toMatchObject({ termEnd: "2026-11-21" });
    expect(await h.replyTo(en, "2028-11-28")).toContain("to Tuesday 28 November 2028 (rule 2)");
  });
});
