import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { committees, elections } from "../../../src/db/schema.ts";
import type { EmuMessage } from "../../helpers/bot-api-emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { seatedCommittee } from "../../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
const chair = persian(CHAIR, "رئیس");
const ACTIVIST = 1010;
const STRANGER = 9999;
const userOf = (id: number) => (id === 1003 ? english(id) : persian(id));


/** The nine-seat group before its first meeting: no secretary yet, and an activist without a vote. */
function firstMeetingRoster() {
  const roster = nineSeatRoster();
  const members = roster.committees[1]!.members as Record<string, unknown>[];
  members[1]!.role = "member";
  members.push({ seat: "فعال میراث فرهنگی", voting: false, telegram_id: ACTIVIST, name: "فعال میراث" });
  return roster;
}

describe("electing the secretary in chat (bylaw B7)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await seatedCommittee(h, firstMeetingRoster());
  });

  const lastAnswer = () => ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text;

  async function openInGroup(): Promise<EmuMessage> {
    const [ballot] = await h.say(chair, "/elect secretary", group);
    return ballot!;
  }

  it("B7 the chair opens it in the group; members vote with the buttons and may change; the chair closes it", async () => {
    const ballot = await openInGroup();
    expect(ballot.chat_id).toBe(COMMITTEE_CHAT);
    expect(ballot.text).toContain("انتخاب دبیر کارگروه ساماندهی کالبدی");
    expect(ballot.text).toContain("نصف به‌علاوه یک کل اعضا");
    const favourite = buttonData(ballot, "دبیر کارگروه");
    for (const id of [CHAIR, SECRETARY, MEMBERS[1]!, MEMBERS[2]!]) {
      await h.press(userOf(id), ballot, favourite);
      expect(lastAnswer()).toContain("رأی شما به دبیر کارگروه ثبت شد");
    }
    await h.press(english(1003), ballot, buttonData(ballot, "عضو شماره ۲"));
    expect(lastAnswer()).toBe("Your vote for عضو شماره ۲ is recorded; you may change it until the election closes.");
    await h.press(english(1003), ballot, favourite);
    expect(lastAnswer()).toContain("Your vote for دبیر کارگروه");

    await h.press(persian(ACTIVIST), ballot, favourite);
    expect(lastAnswer()).toContain("فقط اعضای دارای حق رأی");
    await h.press(persian(STRANGER), ballot, favourite);
    expect(lastAnswer()).toContain("فقط اعضای دارای حق رأی");
    await h.press(persian(MEMBERS[3]!), ballot, "elv:1:x");
    expect(lastAnswer()).toContain("دیگر معتبر نیست");
    await h.press(persian(MEMBERS[3]!), ballot, buttonData(ballot, "پایان رأی‌گیری"));
    expect(lastAnswer()).toContain("پایان رأی‌گیری با کسی است که آن را آغاز کرده (رئیس کارگروه)");

    const [result] = await h.say(chair, "/closeelection", group);
    expect(result!.chat_id).toBe(COMMITTEE_CHAT);
    expect(result!.text).toContain("نتیجه انتخاب دبیر");
    expect(result!.text).toContain("• دبیر کارگروه (رئیس اداره میراث فرهنگی): ۵ رأی");
    expect(result!.text).toContain("آرای ثبت‌شده: ۵ از ۹ عضو دارای حق رأی؛ حد لازم: ۵ رأی");
    expect(result!.text).toContain("دبیر کارگروه انتخاب شد");
    await h.deliver();
    // The group reads the result once: the reply, not a second copy from the outbox.
    expect(h.emulator.sent(COMMITTEE_CHAT).filter((m) => m.text?.includes("نتیجه انتخاب دبیر"))).toHaveLength(1);
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("معرفی دبیر کارگروه");
    const [committee] = await h.database.db.select().from(committees).where(eq(committees.key, "physical"));
    expect((await seatsWithHolders(h.database.db, [committee!.id])).find((s) => s.role === "secretary")?.title).toBe("رئیس اداره میراث فرهنگی");

    await h.press(persian(MEMBERS[4]!), ballot, favourite);
    expect(lastAnswer()).toContain("این رأی‌گیری پایان یافته است");
    expect(await h.replyTo(chair, "/elect secretary", group)).toContain("این کارگروه دبیر دارد");
  });

  it("B7 opened privately it is posted in the group; the Close button ends it for whoever opened it", async () => {
    const [own] = await h.say(chair, "/elect دبیر");
    expect(own!.text).toContain("رأی‌گیری در گروه کارگروه اعلام شد");
    await h.deliver();
    const posted = h.emulator.lastSent(COMMITTEE_CHAT)!;
    expect(buttonsOf(posted).length).toBe(10); // nine candidates and Close
    await h.press(persian(MEMBERS[1]!), posted, buttonData(posted, "عضو شماره ۳"));
    const [result] = await h.press(chair, own!, buttonData(own!, "پایان رأی‌گیری"));
    expect(result!.chat_id).toBe(CHAIR);
    expect(result!.text).toContain("هیچ نامزدی رأی لازم را به دست نیاورد");
    const [row] = await h.database.db.select().from(elections);
    expect(row).toMatchObject({ status: "closed", winnerSeatId: null });
    await h.deliver();
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("هیچ نامزدی رأی لازم را به دست نیاورد");
    expect(h.emulator.sent(SECRETARIAT_CHAT)).toEqual([]);
  });

  it("refusals say why: no word, a member while there is a chair, anonymous admins, nothing to close", async () => {
    expect(await h.replyTo(chair, "/elect", group)).toContain("‎/elect دبیر");
    expect(await h.replyTo(english(1003), "/elect secretary", group)).toContain("The chair (رئیس کارگروه) opens the election");
    const anonymous = await h.handle(h.emulator.groupMessage(chair, group, "/elect secretary", { asAnonymousAdmin: true }));
    expect(anonymous[0]!.text).toContain("ناشناس");
    expect(await h.replyTo(chair, "/closeelection", group)).toContain("انتخاب دبیر بازی در کارگروه‌های شما وجود ندارد");
    expect(await h.replyTo(persian(STRANGER), "/elect secretary")).toContain("ثبت");
    expect(await h.database.db.select().from(elections)).toEqual([]);
  });
});
