import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { committees, electionBallots, elections } from "../../../src/db/schema.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { MEETING, seatedCommittee } from "../../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
const secretary = persian(SECRETARY, "دبیر");
const ACTIVIST = 1010;
const STRANGER = 9999;
/** An ordinary member the group elects over the roster's secretary. */
const FAVOURITE = MEMBERS[1]!;
const userOf = (id: number) => (id === 1003 ? english(id) : persian(id));

/** The nine-seat group as the roster names it (its secretary included), and an activist without a vote. */
function roster() {
  const file = nineSeatRoster();
  (file.committees[1]!.members as Record<string, unknown>[]).push({
    seat: "فعال میراث فرهنگی",
    voting: false,
    telegram_id: ACTIVIST,
    name: "فعال میراث",
  });
  return file;
}

describe("electing the secretary in chat at the first meeting (bylaw B7)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    const { ids, committeeId } = await seatedCommittee(h, roster());
    const convened = await conveneMeeting(h.services, ids[SECRETARY]!, {
      committeeId,
      startsAt: MEETING,
      place: "دفتر فرماندار",
      agenda: ["انتخاب دبیر کارگروه"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    await h.deliver();
    h.clock.set(MEETING);
    h.emulator.clearCalls();
  });

  const lastAnswer = () => ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text;

  /** The session started in the group and the given members checked in with “I'm present”. */
  async function inSession(present: number[]): Promise<EmuMessage> {
    const [live] = await h.say(secretary, "/startmeeting", group);
    for (const id of present) await h.press(userOf(id), live!, buttonData(live!, "حاضرم"));
    return live!;
  }

  async function openInGroup(): Promise<EmuMessage> {
    const [ballot] = await h.say(secretary, "/elect secretary", group);
    return ballot!;
  }

  it("B7: the secretary is elected at the first meeting by the all-members majority (fa and en)", async () => {
    await inSession([CHAIR, SECRETARY, ...MEMBERS.slice(0, 5)]);
    const ballot = await openInGroup();
    expect(ballot.chat_id).toBe(COMMITTEE_CHAT);
    expect(ballot.text).toContain("انتخاب دبیر کارگروه ساماندهی کالبدی");
    expect(ballot.text).toContain("این نخستین جلسه کارگروه است");
    expect(ballot.text).toContain("دست‌کم ۵ رأی از کل ۹ عضو");
    expect(buttonsOf(ballot).length).toBe(10); // eight held seats but the chair's, the activist, and Close
    const favourite = buttonData(ballot, "عضو شماره ۲");
    for (const id of [CHAIR, SECRETARY, FAVOURITE, MEMBERS[2]!]) {
      await h.press(userOf(id), ballot, favourite);
      expect(lastAnswer()).toContain("رأی شما به عضو شماره ۲ ثبت شد");
    }
    await h.press(english(1003), ballot, buttonData(ballot, "دبیر کارگروه"));
    expect(lastAnswer()).toBe("Your vote for دبیر کارگروه is recorded; you may change it until the election closes.");
    await h.press(english(1003), ballot, favourite);
    expect(lastAnswer()).toContain("Your vote for عضو شماره ۲");

    const [result] = await h.say(secretary, "/closeelection", group);
    expect(result!.chat_id).toBe(COMMITTEE_CHAT);
    expect(result!.text).toContain("نتیجه انتخاب دبیر");
    expect(result!.text).toContain("• ۵ رأی: عضو شماره ۲ (عضو ۲)");
    expect(result!.text).toContain("آرای ثبت‌شده: ۵ رأی از ۷ عضو دارای حق رأیِ حاضر، از کل ۹ عضو؛ حد لازم: ۵ رأی");
    expect(result!.text).toContain("دبیر کارگروه انتخاب شد: عضو شماره ۲ (عضو ۲)");
    await h.deliver();
    // The group reads the result once: the reply, not a second copy from the outbox.
    expect(h.emulator.sent(COMMITTEE_CHAT).filter((m) => m.text?.includes("نتیجه انتخاب دبیر"))).toHaveLength(1);
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("معرفی دبیر کارگروه");
    const [committee] = await h.database.db.select().from(committees).where(eq(committees.key, "physical"));
    const seats = await seatsWithHolders(h.database.db, [committee!.id]);
    expect(seats.filter((s) => s.role === "secretary").map((s) => s.title)).toEqual(["عضو ۲"]);

    await h.press(persian(MEMBERS[4]!), ballot, favourite);
    expect(lastAnswer()).toContain("این رأی‌گیری پایان یافته است");
    expect(await h.replyTo(persian(FAVOURITE), "/elect secretary", group)).toContain(
      "اعضا در همین جلسه دبیر را انتخاب کرده‌اند: عضو شماره ۲ (عضو ۲)",
    );
  });

  it("B7: ballots count only from present seats — an absent member is told why and gets the I'm present button", async () => {
    await inSession([CHAIR, SECRETARY, ...MEMBERS.slice(0, 4)]);
    const ballot = await openInGroup();
    h.emulator.clearCalls();
    await h.press(persian(MEMBERS[6]!), ballot, buttonData(ballot, "عضو شماره ۲"));
    expect(lastAnswer()).toContain("حضور شما در جلسه ثبت نشده و رأی شما شمرده نشد (بند ۳ آیین‌نامه");
    const privately = h.emulator.lastSent(MEMBERS[6]!)!;
    expect(privately.text).toContain("نخست حضور خود را در این جلسه ثبت کنید");
    expect(await h.database.db.select().from(electionBallots)).toEqual([]);
    await h.press(persian(MEMBERS[6]!), privately, buttonData(privately, "حاضرم"));
    await h.press(persian(MEMBERS[6]!), ballot, buttonData(ballot, "عضو شماره ۲"));
    expect(lastAnswer()).toContain("رأی شما به عضو شماره ۲ ثبت شد");

    await h.press(english(1003), ballot, buttonData(ballot, "دبیر کارگروه"));
    expect(lastAnswer()).toContain("Your vote for");
    await h.press(persian(ACTIVIST), ballot, buttonData(ballot, "عضو شماره ۲"));
    expect(lastAnswer()).toContain("فقط اعضای دارای حق رأی");
    await h.press(persian(STRANGER), ballot, buttonData(ballot, "عضو شماره ۲"));
    expect(lastAnswer()).toContain("فقط اعضای دارای حق رأی");
    await h.press(persian(MEMBERS[3]!), ballot, "elv:1:x");
    expect(lastAnswer()).toContain("دیگر معتبر نیست");
    await h.press(persian(MEMBERS[3]!), ballot, buttonData(ballot, "پایان و اعلام نتیجه"));
    expect(lastAnswer()).toContain("پایان رأی‌گیری با کسی است که آن را آغاز کرده (دبیر کارگروه)");
  });

  it("B7: no majority — nobody is elected; the roster's secretary continues and a new round may follow (Close button, privately opened)", async () => {
    await inSession([CHAIR, SECRETARY, ...MEMBERS]);
    const [own] = await h.say(secretary, "/elect دبیر");
    expect(own!.text).toContain("رأی‌گیری در گروه کارگروه اعلام شد");
    await h.deliver();
    const posted = h.emulator.lastSent(COMMITTEE_CHAT)!;
    await h.press(persian(MEMBERS[2]!), posted, buttonData(posted, "عضو شماره ۳"));
    const [result] = await h.press(secretary, own!, buttonData(own!, "پایان و اعلام نتیجه"));
    expect(result!.chat_id).toBe(SECRETARY);
    expect(result!.text).toContain("هیچ نامزدی رأی لازم از کل اعضا را به دست نیاورد و دبیری انتخاب نشد (بند ۷)");
    expect(result!.text).toContain(
      "دبیر کارگروه همچنان دبیر کارگروه (رئیس اداره میراث فرهنگی) است. اعضا می‌توانند در همین جلسه دوباره رأی دهند",
    );
    const [row] = await h.database.db.select().from(elections);
    expect(row).toMatchObject({ status: "closed", winnerSeatId: null });
    await h.deliver();
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("هیچ نامزدی رأی لازم");
    expect(h.emulator.sent(SECRETARIAT_CHAT).filter((m) => m.text?.includes("معرفی دبیر"))).toEqual([]);
    const english1003 = await h.replyTo(english(1003), "/elect secretary", group);
    expect(english1003).toContain("put to the members by the chair or the secretary running the meeting (rule 7)");
    expect((await h.say(secretary, "/elect secretary", group))[0]!.text).toContain("انتخاب دبیر");
    expect(await h.database.db.select().from(elections)).toHaveLength(2);
  });

  it("B7: an election needs quorum; refusals say why and what to do", async () => {
    expect(await h.replyTo(secretary, "/elect secretary", group)).toContain(
      "دبیر در جلسه کارگروه انتخاب می‌شود (بند ۷ آیین‌نامه): نخست با ‎/startmeeting",
    );
    await inSession([CHAIR, SECRETARY, ...MEMBERS.slice(0, 3)]);
    expect(await h.replyTo(secretary, "/elect secretary", group)).toContain(
      "جلسه رسمیت ندارد: ۵ از ۹ عضو دارای حق رأی حاضرند و ۶ حاضر لازم است (بند ۳ آیین‌نامه)",
    );
    expect(await h.replyTo(secretary, "/elect", group)).toContain("‎/elect دبیر");
    const anonymous = await h.handle(
      h.emulator.groupMessage(secretary, group, "/elect secretary", { asAnonymousAdmin: true }),
    );
    expect(anonymous[0]!.text).toContain("ناشناس");
    expect(await h.replyTo(secretary, "/closeelection", group)).toContain(
      "انتخاب دبیر بازی در کارگروه‌های شما وجود ندارد",
    );
    expect(await h.database.db.select().from(elections)).toEqual([]);
  });
});
