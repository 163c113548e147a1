import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { referrals, resolutions } from "../../../src/db/schema.ts";
import type { EmuMessage, EmuUser } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { type RecordedSession, recordedSession } from "../../helpers/recorded-session.ts";
import { MEMBERS, SECRETARY } from "../../helpers/rosters.ts";
import { translate } from "../../helpers/services.ts";

/**
 * /decisions and /referrals page through one helper (bot/shared/paged-list.ts), as /overdue does (its own cases are
 * in features/minutes.test.ts): open items first, the count, a More button until the last page.
 */
describe("long lists a page at a time: /decisions and /referrals", () => {
  let h: BotHarness;
  let session: RecordedSession;
  const secretary = persian(SECRETARY, "دبیر");
  const staff = persian(1000, "کارشناس");
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    session = await recordedSession(h);
  });

  const lines = (message: EmuMessage) => message.text!.split("\n").filter((line) => line.startsWith("•"));
  const forged = (user: EmuUser, data: string) =>
    h.handle(
      h.emulator.callback(
        user,
        { message_id: 1, date: 0, chat: { id: user.id, type: "private", first_name: user.first_name } } as never,
        data,
      ),
    );

  it("/decisions: seventeen open of eighteen; the settled one comes last, on the second page, which has no button", async () => {
    const [recorded] = await h.database.db
      .select()
      .from(resolutions)
      .where(eq(resolutions.meetingId, session.meetingId));
    // As signing the minutes leaves it: the failed vote's resolution is settled.
    await h.database.db.update(resolutions).set({ status: "not_passed" }).where(eq(resolutions.passed, false));
    for (let i = 1; i <= 16; i++) {
      await h.database.db.insert(resolutions).values({
        hqId: recorded!.hqId,
        committeeId: session.committeeId,
        text: `مصوبه ستاد ${i}`,
        passed: true,
        source: "hq",
        status: "approved",
      });
    }
    const [first] = await h.say(secretary, "/decisions");
    expect(first!.text).toContain("۱۷ مصوبه باز از ۱۸ مصوبه");
    expect(lines(first!)).toHaveLength(15);
    expect(lines(first!).some((line) => line.includes("تصویب نشد"))).toBe(false);
    expect(buttonsOf(first!).map((b) => b.text)).toEqual(["بیشتر (۳ مورد دیگر)"]);
    const [second] = await h.press(secretary, first!, buttonData(first!, "بیشتر"));
    expect(lines(second!)).toHaveLength(3);
    expect(lines(second!).at(-1)).toContain("تصویب بودجه پیشنهادی");
    expect(buttonsOf(second!)).toEqual([]);

    // Someone the bot never met is shown nothing: the button is answered as expired.
    expect(await forged(english(5555), "dlm:2")).toEqual([]);
    expect(([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string }).text).toBe(
      translate("en", "callback-expired"),
    );
  });

  it("/referrals: open ones first with the count, the reported one last, in English too", async () => {
    for (let i = 1; i <= 16; i++)
      expect(await h.replyTo(staff, `/refer physical ۱۴۰۵/۱۰/۲۱ موضوع ارجاع ${i}`)).toContain("ارجاع شماره");
    const [firstReferral] = await h.database.db.select().from(referrals).orderBy(referrals.id).limit(1);
    await h.database.db
      .update(referrals)
      .set({ status: "reported", reportText: "گزارش", reportedAt: h.clock.now() })
      .where(eq(referrals.id, firstReferral!.id));

    const [first] = await h.say(english(1000), "/referrals");
    expect(first!.text).toContain("15 open of 16 referrals; open ones first.");
    expect(lines(first!)).toHaveLength(15);
    expect(lines(first!).some((line) => line.includes("reported on"))).toBe(false);
    expect(buttonsOf(first!).map((b) => b.text)).toEqual(["More (1 left)"]);
    const [second] = await h.press(english(1000), first!, buttonData(first!, "More"));
    expect(lines(second!)).toEqual([expect.stringContaining("reported on")]);
    expect(buttonsOf(second!)).toEqual([]);

    // A member sees their group's referrals too; a forged page past the end shows the list's end.
    const [member] = await forged(persian(MEMBERS[1]!), "rfm:9");
    expect(member!.text).toContain("۱۵ ارجاع باز از ۱۶ ارجاع");
    expect(lines(member!)).toHaveLength(1);
    expect(buttonsOf(member!)).toEqual([]);
  });
});
