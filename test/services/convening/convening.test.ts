import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { updatePerson } from "../../../src/db/queries/people.ts";
import { conveneMeeting, type ConveneInput } from "../../../src/services/convening/convene.ts";
import { cancelMeeting, rescheduleMeeting } from "../../../src/services/convening/manage.ts";
import { declineRequest, requestMeeting } from "../../../src/services/convening/requests.ts";
import { answerInvitation, rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { seatedCommittee } from "../../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Saturday 21 Azar 1405, 10:00 Tehran (2026-12-12 06:30 UTC). */
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");

describe("convening (bylaw B4, B6)", () => {
  let h: BotHarness;
  const ids: Record<number, number> = {};
  let committeeId: number;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    const seated = await seatedCommittee(h);
    Object.assign(ids, seated.ids);
    committeeId = seated.committeeId;
  });

  const input = (over: Partial<ConveneInput> = {}): ConveneInput => ({
    committeeId,
    startsAt: MEETING,
    place: "دفتر فرماندار",
    agenda: ["بررسی طرح‌های میراث", "پیشنهاد بودجه ۱۴۰۶"],
    ...over,
  });
  const convene = async (over: Partial<ConveneInput> = {}, by = SECRETARY) =>
    conveneMeeting(h.services, ids[by]!, input(over));
  const convened = async () => {
    const result = await convene();
    if (result.kind !== "convened") throw new Error(result.kind);
    return result.meetingId;
  };

  it("B6 refuses a meeting 6 days away and offers the earliest date", async () => {
    h.clock.set(new Date(MEETING.getTime() - 6 * DAY));
    const before = await h.database.rowCounts();
    const result = await convene();
    expect(result).toEqual({
      kind: "too_soon",
      earliest: new Date(MEETING.getTime() + DAY),
      notice: { source: "bylaw", value: 7 },
    });
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B6 accepts a meeting exactly 7 days away", async () => {
    h.clock.set(new Date(MEETING.getTime() - 7 * DAY));
    expect((await convene()).kind).toBe("convened");
  });

  it("a meeting in the past is refused and nothing is created", async () => {
    h.clock.set(new Date(MEETING.getTime() + HOUR));
    const before = await h.database.rowCounts();
    expect((await convene()).kind).toBe("in_past");
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B4 a member who is neither secretary nor chair cannot convene", async () => {
    const before = await h.database.rowCounts();
    expect((await convene({}, MEMBERS[0]!)).kind).toBe("not_officer");
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B4 the chair may convene as the secretary may", async () => {
    expect((await convene({}, CHAIR)).kind).toBe("convened");
  });

  it("a Friday asks for confirmation before anything is created", async () => {
    const friday = new Date(MEETING.getTime() - DAY);
    expect((await convene({ startsAt: friday })).kind).toBe("friday");
    expect((await convene({ startsAt: friday, fridayConfirmed: true })).kind).toBe("convened");
  });

  it("B6 invites every member privately, the group chat and the HQ secretariat, in one transaction with reminders", async () => {
    const result = await convene();
    expect(result).toMatchObject({ kind: "convened", invited: 9, notReached: [] });
    const counts = await h.database.rowCounts();
    expect(counts.invitations).toBe(9);
    expect(counts.outbox).toBe(11);
    expect(counts.jobs).toBe(5); // 3 days, 1 day, 2 hours, final agenda, and the day-after question if it never starts (B9)
    await h.deliver();
    const english = h.emulator.lastSent(1003)!;
    expect(english.text).toContain("Meeting invitation");
    expect(english.text).toContain("Saturday 12 December 2026, 10:00 (۱۴۰۵/۰۹/۲۱)");
    const persian = h.emulator.lastSent(MEMBERS[1]!)!;
    expect(persian.text).toContain("شنبه ۲۱ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(persian.text).toContain("۱. بررسی طرح‌های میراث");
    expect(persian.text).toContain("مهلت ارسال پیشنهاد کتبی");
    const buttons = (persian.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard
      .flat()
      .map((b) => b.text);
    expect(buttons).toEqual(["✅ حضور دارم", "❌ حضور ندارم", "👤 نماینده معرفی می‌کنم", "📅 فایل تقویم"]);
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("دعوت‌نامه جلسه");
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("دعوت‌نامه جلسه");
    expect((await listAudit(h.database.db, { action: "meeting.convened" })).length).toBe(1);
  });

  it("a member who never opened the bot is reported to the secretary and gets the invitation on /start", async () => {
    await updatePerson(h.database.db, ids[MEMBERS[6]!]!, { startedAt: null });
    h.emulator.startedChats.clear();
    const result = await convene();
    expect(result).toMatchObject({ kind: "convened", notReached: [{ seatTitle: "عضو ۷", reason: "not_started" }] });
  });

  it("reminders reach only the people they should: 3 days and 1 day to non-answerers, 2 hours to those attending and the group", async () => {
    const meetingId = await convened();
    await h.deliver();
    await answerInvitation(h.services, ids[MEMBERS[0]!]!, meetingId, "attending");
    await answerInvitation(h.services, ids[MEMBERS[1]!]!, meetingId, "not_attending");
    h.emulator.clearCalls();
    h.clock.set(new Date(MEETING.getTime() - 3 * DAY + 1000));
    await h.runJobs();
    await h.deliver();
    // The final agenda (due a week before) goes out in the same run; count the reminders only.
    const isReminder = (text = "") => text.includes("یادآوری") || text.includes("Reminder");
    const reminded = new Set(
      h.emulator
        .sent()
        .filter((m) => isReminder(m.text))
        .map((m) => m.chat_id),
    );
    expect(reminded.has(MEMBERS[0]!)).toBe(false);
    expect(reminded.has(MEMBERS[1]!)).toBe(false);
    expect(reminded.size).toBe(7);
    h.emulator.clearCalls();
    h.clock.set(new Date(MEETING.getTime() - 2 * HOUR + 1000));
    await h.runJobs(); // the 1-day reminder and the 2-hour one are both due now
    await h.deliver();
    const starting = h.emulator.sent().filter((m) => m.text?.includes("دو ساعت") || m.text?.includes("two hours"));
    expect(starting.map((m) => m.chat_id).sort()).toEqual([COMMITTEE_CHAT, MEMBERS[0]!].sort());
  });

  it("a cancelled meeting sends no reminders and everyone is told", async () => {
    const meetingId = await convened();
    await h.deliver();
    h.emulator.clearCalls();
    expect((await cancelMeeting(h.services, ids[MEMBERS[0]!]!, meetingId)).kind).toBe("not_officer");
    expect((await cancelMeeting(h.services, ids[SECRETARY]!, meetingId)).kind).toBe("cancelled");
    await h.deliver();
    expect(h.emulator.sent().length).toBe(11);
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("لغو شد");
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    expect((await h.runJobs()).claimed).toBe(0);
  });

  it("B6 a reschedule must keep the notice; answers reset and reminders move", async () => {
    const meetingId = await convened();
    await answerInvitation(h.services, ids[MEMBERS[0]!]!, meetingId, "attending");
    const tooSoon = await rescheduleMeeting(
      h.services,
      ids[SECRETARY]!,
      meetingId,
      new Date(MEETING.getTime() - 5 * DAY),
    );
    expect(tooSoon.kind).toBe("too_soon");
    const later = new Date(MEETING.getTime() + 7 * DAY);
    expect((await rescheduleMeeting(h.services, ids[SECRETARY]!, meetingId, later)).kind).toBe("rescheduled");
    const report = await rsvpReport(h.database.db, ids[SECRETARY]!, meetingId, h.clock.now());
    expect(report.kind === "report" && report.tally.attending).toBe(0);
    h.clock.set(new Date(MEETING.getTime() - 2 * HOUR + 1000));
    expect((await h.runJobs()).claimed).toBe(0); // nothing left at the old times
    h.clock.set(new Date(later.getTime() - 2 * HOUR + 1000));
    expect((await h.runJobs()).claimed).toBe(4);
  });

  it("B4 a member requests a meeting; the secretary and chair get it; the requester learns the outcome", async () => {
    const result = await requestMeeting(h.services, ids[MEMBERS[4]!]!, committeeId, "بررسی فوری طرح");
    expect(result).toMatchObject({ kind: "sent", officers: 2 });
    if (result.kind !== "sent") return;
    await h.deliver();
    expect(h.emulator.lastSent(CHAIR)!.text).toContain("بررسی فوری طرح");
    expect((await declineRequest(h.services, ids[MEMBERS[0]!]!, result.request.id)).kind).toBe("not_officer");
    const answered = await conveneMeeting(h.services, ids[CHAIR]!, input({ requestId: result.request.id }));
    expect(answered.kind).toBe("convened");
    expect((await declineRequest(h.services, ids[SECRETARY]!, result.request.id)).kind).toBe("already_decided");
    await h.deliver();
    expect(h.emulator.sent(MEMBERS[4]!).some((m) => m.text?.includes("درخواست شما پذیرفته شد"))).toBe(true);
  });
});
