import { describe, expect, it } from "vitest";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { updatePerson } from "../../../src/db/queries/people.ts";
import { cancelMeeting, rescheduleMeeting } from "../../../src/services/convening/manage.ts";
import { declineRequest, requestMeeting } from "../../../src/services/convening/requests.ts";
import { answerInvitation, rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { useConveningWorld } from "../../helpers/convening-world.ts";
import { DAY, HOUR, MEETING } from "../../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

describe("convening (bylaw B4, B6)", () => {
  const w = useConveningWorld();

  it("B6 refuses a meeting 6 days away and offers the earliest date", async () => {
    w.h.clock.set(new Date(MEETING.getTime() - 6 * DAY));
    const before = await w.h.database.rowCounts();
    const result = await w.convene();
    expect(result).toEqual({
      kind: "too_soon",
      earliest: new Date(MEETING.getTime() + DAY),
      notice: { source: "bylaw", value: 7 },
    });
    expect(await w.h.database.rowCounts()).toEqual(before);
  });

  it("B6 accepts a meeting exactly 7 days away", async () => {
    w.h.clock.set(new Date(MEETING.getTime() - 7 * DAY));
    expect((await w.convene()).kind).toBe("convened");
  });

  it("a meeting in the past is refused and nothing is created", async () => {
    w.h.clock.set(new Date(MEETING.getTime() + HOUR));
    const before = await w.h.database.rowCounts();
    expect((await w.convene()).kind).toBe("in_past");
    expect(await w.h.database.rowCounts()).toEqual(before);
  });

  it("B4 a member who is neither secretary nor chair cannot convene", async () => {
    const before = await w.h.database.rowCounts();
    expect((await w.convene({}, MEMBERS[0]!)).kind).toBe("not_officer");
    expect(await w.h.database.rowCounts()).toEqual(before);
  });

  it("B4 the chair may convene as the secretary may", async () => {
    expect((await w.convene({}, CHAIR)).kind).toBe("convened");
  });

  it("a Friday asks for confirmation before anything is created", async () => {
    const friday = new Date(MEETING.getTime() - DAY);
    expect((await w.convene({ startsAt: friday })).kind).toBe("friday");
    expect((await w.convene({ startsAt: friday, fridayConfirmed: true })).kind).toBe("convened");
  });

  it("B6 invites every member privately, the group chat and the HQ secretariat, in one transaction with reminders", async () => {
    const result = await w.convene();
    expect(result).toMatchObject({ kind: "convened", invited: 9, notReached: [] });
    const counts = await w.h.database.rowCounts();
    expect(counts.invitations).toBe(9);
    expect(counts.outbox).toBe(11);
    expect(counts.jobs).toBe(5); // 3 days, 1 day, 2 hours, final agenda, and the day-after question if it never starts (B9)
    await w.h.deliver();
    const english = w.h.emulator.lastSent(1003)!;
    expect(english.text).toContain("Meeting invitation");
    expect(english.text).toContain("Saturday 12 December 2026, 10:00 (۱۴۰۵/۰۹/۲۱)");
    const persian = w.h.emulator.lastSent(MEMBERS[1]!)!;
    expect(persian.text).toContain("شنبه ۲۱ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(persian.text).toContain("۱. بررسی طرح‌های میراث");
    expect(persian.text).toContain("مهلت ارسال پیشنهاد کتبی");
    const buttons = (persian.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard
      .flat()
      .map((b) => b.text);
    expect(buttons).toEqual(["✅ حضور دارم", "❌ حضور ندارم", "👤 نماینده معرفی می‌کنم", "📅 فایل تقویم"]);
    expect(w.h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("دعوت‌نامه جلسه");
    expect(w.h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("دعوت‌نامه جلسه");
    expect((await listAudit(w.h.database.db, { action: "meeting.convened" })).length).toBe(1);
  });

  it("a member who never opened the bot is reported to the secretary and gets the invitation on /start", async () => {
    await updatePerson(w.h.database.db, w.ids[MEMBERS[6]!]!, { startedAt: null });
    w.h.emulator.startedChats.clear();
    const result = await w.convene();
    expect(result).toMatchObject({ kind: "convened", notReached: [{ seatTitle: "عضو ۷", reason: "not_started" }] });
  });

  it("reminders reach only the people they should: 3 days and 1 day to non-answerers, 2 hours to those attending and the group", async () => {
    const meetingId = await w.convened();
    await w.h.deliver();
    await answerInvitation(w.h.services, w.ids[MEMBERS[0]!]!, meetingId, "attending");
    await answerInvitation(w.h.services, w.ids[MEMBERS[1]!]!, meetingId, "not_attending");
    w.h.emulator.clearCalls();
    w.h.clock.set(new Date(MEETING.getTime() - 3 * DAY + 1000));
    await w.h.runJobs();
    await w.h.deliver();
    // The final agenda (due a week before) goes out in the same run; count the reminders only.
    const isReminder = (text = "") => text.includes("یادآوری") || text.includes("Reminder");
    const reminded = new Set(
      w.h.emulator
        .sent()
        .filter((m) => isReminder(m.text))
        .map((m) => m.chat_id),
    );
    expect(reminded.has(MEMBERS[0]!)).toBe(false);
    expect(reminded.has(MEMBERS[1]!)).toBe(false);
    expect(reminded.size).toBe(7);
    w.h.emulator.clearCalls();
    w.h.clock.set(new Date(MEETING.getTime() - 2 * HOUR + 1000));
    await w.h.runJobs(); // the 1-day reminder and the 2-hour one are both due now
    await w.h.deliver();
    const starting = w.h.emulator.sent().filter((m) => m.text?.includes("دو ساعت") || m.text?.includes("two hours"));
    expect(starting.map((m) => m.chat_id).sort()).toEqual([COMMITTEE_CHAT, MEMBERS[0]!].sort());
  });

  it("a cancelled meeting sends no reminders and everyone is told", async () => {
    const meetingId = await w.convened();
    await w.h.deliver();
    w.h.emulator.clearCalls();
    expect((await cancelMeeting(w.h.services, w.ids[MEMBERS[0]!]!, meetingId)).kind).toBe("not_officer");
    expect((await cancelMeeting(w.h.services, w.ids[SECRETARY]!, meetingId)).kind).toBe("cancelled");
    await w.h.deliver();
    expect(w.h.emulator.sent().length).toBe(11);
    expect(w.h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("لغو شد");
    w.h.clock.set(new Date(MEETING.getTime() - HOUR));
    expect((await w.h.runJobs()).claimed).toBe(0);
  });

  it("B6 a reschedule must keep the notice; answers reset and reminders move", async () => {
    const meetingId = await w.convened();
    await answerInvitation(w.h.services, w.ids[MEMBERS[0]!]!, meetingId, "attending");
    const tooSoon = await rescheduleMeeting(
      w.h.services,
      w.ids[SECRETARY]!,
      meetingId,
      new Date(MEETING.getTime() - 5 * DAY),
    );
    expect(tooSoon.kind).toBe("too_soon");
    const later = new Date(MEETING.getTime() + 7 * DAY);
    expect((await rescheduleMeeting(w.h.services, w.ids[SECRETARY]!, meetingId, later)).kind).toBe("rescheduled");
    const report = await rsvpReport(w.h.database.db, w.ids[SECRETARY]!, meetingId, w.h.clock.now());
    expect(report.kind === "report" && report.tally.attending).toBe(0);
    w.h.clock.set(new Date(MEETING.getTime() - 2 * HOUR + 1000));
    expect((await w.h.runJobs()).claimed).toBe(0); // nothing left at the old times
    w.h.clock.set(new Date(later.getTime() - 2 * HOUR + 1000));
    expect((await w.h.runJobs()).claimed).toBe(4);
  });

  it("B4 a member requests a meeting; the secretary and chair get it; the requester learns the outcome", async () => {
    const result = await requestMeeting(w.h.services, w.ids[MEMBERS[4]!]!, w.committeeId, "بررسی فوری طرح");
    expect(result).toMatchObject({ kind: "sent", officers: 2 });
    if (result.kind !== "sent") return;
    await w.h.deliver();
    expect(w.h.emulator.lastSent(CHAIR)!.text).toContain("بررسی فوری طرح");
    expect((await declineRequest(w.h.services, w.ids[MEMBERS[0]!]!, result.request.id)).kind).toBe("not_officer");
    const answered = await w.convene({ requestId: result.request.id }, CHAIR);
    expect(answered.kind).toBe("convened");
    expect((await declineRequest(w.h.services, w.ids[SECRETARY]!, result.request.id)).kind).toBe("already_decided");
    await w.h.deliver();
    expect(w.h.emulator.sent(MEMBERS[4]!).some((m) => m.text?.includes("درخواست شما پذیرفته شد"))).toBe(true);
  });
});
