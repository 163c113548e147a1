import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { committees, invitations, meetings, minutesVersions } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { BotHarness, buttonData, persian } from "../../helpers/bot-harness.ts";
import {
  COUNCIL_CHAT,
  councilRoster,
  GOVERNOR,
  HERITAGE,
  JUSTICE,
  MAYOR,
  SOCIAL_CHAT,
  VOCATIONAL,
} from "../../helpers/council-roster.ts";
import { validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const councilChat = { id: COUNCIL_CHAT, type: "supergroup" as const, title: "شورای تلفیق" };
const socialChat = { id: SOCIAL_CHAT, type: "supergroup" as const, title: "کارگروه اجتماعی" };
const CONVENE = "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ سالن فرمانداری\n- برنامه اجرای مصوبات ستاد";

describe("the coordination council meets in its own chat (part A)", () => {
  let h: BotHarness;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(councilRoster()), SYSTEM_ACTOR);
  });

  const meetingsOf = async (key: string) =>
    h.database.db
      .select({ id: meetings.id, status: meetings.status })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(eq(committees.key, key));

  it("a group's secretary who is not the council's secretary: /convene in the council's chat is refused and never convenes their own group", async () => {
    const reply = await h.replyTo(persian(MAYOR), CONVENE, councilChat);
    expect(reply).toContain("این گروه متعلق به «شورای تلفیق» است");
    expect(reply).toContain("بند ۴ آیین‌نامه");
    expect(await meetingsOf("social")).toEqual([]);
    expect(await meetingsOf("legal")).toEqual([]);
    expect(await meetingsOf("council")).toEqual([]);
    // In their own group's chat the same command convenes that group.
    await h.say(persian(MAYOR), CONVENE, socialChat);
    expect(await meetingsOf("social")).toHaveLength(1);
  });

  it("the council's secretary convenes the council in its chat: one invitation per person, N = 5", async () => {
    const reply = await h.replyTo(persian(HERITAGE), CONVENE, councilChat);
    expect(reply).toContain("شورای تلفیق");
    const [meeting] = await meetingsOf("council");
    expect(await meetingsOf("physical")).toEqual([]);
    const invited = await h.database.db.select().from(invitations).where(eq(invitations.meetingId, meeting!.id));
    expect(invited).toHaveLength(5);
  });

  it("the governor, who chairs three groups and the council, convenes the council from its chat without being asked which", async () => {
    await h.say(persian(GOVERNOR), CONVENE, councilChat);
    expect(await meetingsOf("council")).toHaveLength(1);
    expect([
      ...(await meetingsOf("physical")),
      ...(await meetingsOf("social")),
      ...(await meetingsOf("economic")),
    ]).toEqual([]);
  });

  it("/rsvps, /cancel and /reschedule in the council's chat act on the council only", async () => {
    await h.say(persian(MAYOR), CONVENE, socialChat);
    await h.say(persian(HERITAGE), CONVENE, councilChat);
    expect(await h.replyTo(persian(MAYOR), "/cancel", councilChat)).toContain("این گروه متعلق به «شورای تلفیق» است");
    expect(await h.replyTo(persian(MAYOR), "/reschedule ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰", councilChat)).toContain(
      "این گروه متعلق به «شورای تلفیق» است",
    );
    expect(await h.replyTo(persian(MAYOR), "/rsvps", councilChat)).toContain("این گروه متعلق به «شورای تلفیق» است");
    expect((await meetingsOf("social"))[0]!.status).toBe("scheduled");
    expect((await meetingsOf("council"))[0]!.status).toBe("scheduled");
    const rsvps = await h.replyTo(persian(HERITAGE), "/rsvps", councilChat);
    expect(rsvps).toContain("شورای تلفیق");
    expect(rsvps).not.toContain("کارگروه ساماندهی کالبدی");
  });

  it("a council meeting from /convene to signed minutes: quorum, votes and the minutes count people, the governor once", async () => {
    await h.say(persian(HERITAGE), CONVENE, councilChat);
    await h.deliver();
    h.clock.set(new Date(MEETING.getTime() - HOUR));

    const [live] = await h.say(persian(HERITAGE), "/startmeeting", councilChat);
    expect(live!.text).toContain("شورای تلفیق");
    // Four of five people make the quorum ⌈2·5/3⌉ = 4.
    for (const id of [GOVERNOR, HERITAGE, MAYOR, VOCATIONAL])
      await h.press(persian(id), live!, buttonData(live!, "حاضرم"));
    await h.deliver();

    const [vote] = await h.say(persian(HERITAGE), "/vote تصویب برنامه اجرای مصوبات ستاد", councilChat);
    expect(vote!.text).toContain("۳ رأی موافق از ۵ عضو دارای حق رأی");
    for (const id of [GOVERNOR, HERITAGE, MAYOR]) await h.press(persian(id), vote!, buttonData(vote!, "موافق"));
    // The governor's second press is the same person's ballot, not a second vote.
    await h.press(persian(GOVERNOR), vote!, buttonData(vote!, "موافق"));
    await h.say(persian(HERITAGE), "/closevote", councilChat);
    await h.deliver();
    // Closing edits the vote's message into its result.
    const result = h.emulator.messagesIn(COUNCIL_CHAT).find((m) => m.text?.includes("نتیجه رأی‌گیری"));
    expect(result!.text).toContain("موافق: ۳");
    expect(result!.text).toContain("تصویب شد");

    await h.say(persian(HERITAGE), "/endmeeting", councilChat);
    await h.deliver();
    h.clock.set(new Date(MEETING.getTime() + 2 * HOUR));

    // The governor is absent from no list and present once; the justice chief, who did not come, is absent.
    const [draft] = await h.say(persian(HERITAGE), "/minutes");
    expect(draft!.text).toContain("شورای تلفیق");
    expect(draft!.text!.match(/فرماندار نمونه/g)).toHaveLength(1);
    expect(draft!.text).toContain("رئیس دادگستری نمونه");
    // A member who is not the council's secretary or chair cannot sign it.
    expect(await h.replyTo(persian(JUSTICE), "/minutes")).toContain("پیش‌نویس امضانشده‌ای");
    await h.press(persian(HERITAGE), draft!, buttonData(draft!, "امضا"));
    const signed = await h.database.db.select().from(minutesVersions);
    expect(signed).toHaveLength(1);
    expect(signed[0]!.text).toContain("شورای تلفیق");
    await h.deliver();
    expect(h.emulator.sent(COUNCIL_CHAT).some((m) => m.document?.file_name?.endsWith(".txt"))).toBe(true);
  });
});
