import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMeeting } from "../../../src/db/queries/meetings.ts";
import { findPersonByTelegramId, insertPerson } from "../../../src/db/queries/people.ts";
import { attendance, committees, delegations, guests, invitations, outbox } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { quorumRequired } from "../../../src/domain/rules.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { cancelMeeting } from "../../../src/services/convening/manage.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import {
  attachSessionMessage,
  attendanceSheetFor,
  checkIn,
  endMeeting,
  loadSession,
  markPresence,
  startMeeting,
} from "../../../src/services/session/session.ts";
import { attendanceLine, attendanceSheet } from "../../../src/services/session/session-text.ts";
import { castBallot, closeVote, openVote } from "../../../src/services/votes/votes.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { rosterInput, validRoster } from "../../helpers/rosters.ts";
import { translate } from "../../helpers/services.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Saturday 21 Azar 1405, 10:00 Tehran. */
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const CHAIR = 1001;
const SECRETARY = 1002;
/** The holder of the seat without a vote, when the roster has one. */
const NON_VOTING = 3001;

/** A working group of `n` voting seats (chair, secretary, members 1003…), every seat held. */
function roster(n: number, options: { nonVoting?: boolean } = {}) {
  const input = rosterInput();
  input.committees[1]!.members = [
    { seat: "فرماندار", role: "chair", telegram_id: CHAIR, name: "رئیس کارگروه" },
    { seat: "رئیس اداره میراث فرهنگی", role: "secretary", telegram_id: SECRETARY, name: "دبیر کارگروه" },
    ...Array.from({ length: n - 2 }, (_, i) => ({
      seat: `عضو ${i + 1}`,
      telegram_id: 1003 + i,
      name: `عضو شماره ${i + 1}`,
    })),
    ...(options.nonVoting
      ? [{ seat: "فعال میراث فرهنگی", voting: false, telegram_id: NON_VOTING, name: "فعال میراث" }]
      : []),
  ];
  return input;
}

/** Telegram ids of the voting seats' holders, in seat order. */
const holders = (n: number) => [CHAIR, SECRETARY, ...Array.from({ length: n - 2 }, (_, i) => 1003 + i)];

describe("in session: attendance and quorum (bylaw B3)", () => {
  let h: BotHarness;
  let meetingId: number;
  let committeeId: number;
  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  /** Imports the roster, convenes the meeting and, unless told otherwise, starts it on its day. */
  async function setup(n: number, options: { nonVoting?: boolean; start?: boolean } = {}) {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(roster(n, options)), SYSTEM_ACTOR);
    committeeId = (await h.database.db.select().from(committees).where(eq(committees.key, "physical")))[0]!.id;
    const convened = await conveneMeeting(h.services, await person(SECRETARY), {
      committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بررسی طرح"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    meetingId = convened.meetingId;
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    if (options.start !== false)
      expect((await startMeeting(h.services, await person(SECRETARY), { committeeId })).kind).toBe("started");
  }

  async function seatOf(telegramId: number): Promise<number> {
    const [row] = await h.database.db
      .select({ seatId: invitations.seatId })
      .from(invitations)
      .where(and(eq(invitations.meetingId, meetingId), eq(invitations.personId, await person(telegramId))));
    return row!.seatId;
  }

  /** An accepted delegation, written straight into the table (the delegation flow has its own tests). */
  async function delegate(principal: number, delegateTelegramId: number): Promise<number> {
    const delegatePerson = await insertPerson(h.database.db, {
      telegramId: delegateTelegramId,
      name: `نماینده ${delegateTelegramId}`,
      startedAt: h.clock.now(),
    });
    const [hq] = await h.database.db
      .select({ hqId: committees.hqId })
      .from(committees)
      .where(eq(committees.id, committeeId));
    await h.database.db.insert(delegations).values({
      hqId: hq!.hqId,
      meetingId,
      seatId: await seatOf(principal),
      principalPersonId: await person(principal),
      statement: "معرفی نماینده",
      token: `t-${delegateTelegramId}`,
      delegatePersonId: delegatePerson.id,
      status: "accepted",
    });
    return delegatePerson.id;
  }

  /**
   * A guest request written straight into the table (the guest flow has its own tests): approved by default, and with
   * the person who opened its link unless `who` is null.
   */
  async function guest(
    who: { telegramId: number; name?: string } | number | null,
    options: { agency?: string; status?: "requested" | "approved" | "rejected" } = {},
  ): Promise<number | null> {
    const opener = typeof who === "number" ? { telegramId: who } : who;
    const guestPerson = opener
      ? await insertPerson(h.database.db, {
          telegramId: opener.telegramId,
          name: opener.name ?? "مهمان",
          startedAt: h.clock.now(),
        })
      : null;
    const [hq] = await h.database.db
      .select({ hqId: committees.hqId })
      .from(committees)
      .where(eq(committees.id, committeeId));
    await h.database.db.insert(guests).values({
      hqId: hq!.hqId,
      approvingHqId: hq!.hqId,
      meetingId,
      agency: options.agency ?? "اداره آموزش و پرورش",
      reason: "بند ۱",
      requestedByPersonId: await person(SECRETARY),
      status: options.status ?? "approved",
      guestPersonId: guestPerson?.id ?? null,
    });
    return guestPerson?.id ?? null;
  }

  const summary = async () => (await loadSession(h.database.db, meetingId))!.summary;
  const checkInAs = async (telegramId: number) => checkIn(h.services, await person(telegramId), meetingId);

  describe.each([
    [5, 4],
    [9, 6],
    [12, 8],
    [16, 11],
    [17, 12],
  ])("B3 quorum with N = %i voting seats is %i", (n, required) => {
    it(`B3 without delegates: ${required - 1} present is not quorate, ${required} is`, async () => {
      await setup(n);
      expect(quorumRequired(n)).toBe(required);
      for (const id of holders(n).slice(0, required - 1)) expect((await checkInAs(id)).kind).toBe("checked_in");
      expect(await summary()).toMatchObject({
        votingSeats: n,
        presentVoting: required - 1,
        quorumRequired: required,
        quorate: false,
      });
      await checkInAs(holders(n)[required - 1]!);
      expect(await summary()).toMatchObject({ presentVoting: required, presentByDelegate: 0, quorate: true });
    });

    it("B1/B3 with delegates: a represented seat counts as present, once; its member coming takes it back and it still counts once", async () => {
      await setup(n);
      const seats = holders(n);
      const delegated = seats.slice(-2);
      await delegate(delegated[0]!, 5000 + n);
      await delegate(delegated[1]!, 6000 + n);
      for (const id of seats.slice(0, required - 2)) await checkInAs(id);
      expect((await checkInAs(5000 + n)).kind).toBe("checked_in");
      expect((await summary()).quorate).toBe(false);
      // The principal came after all: the seat is theirs again, the delegate no longer stands; the count does not move.
      expect(await checkInAs(delegated[0]!)).toMatchObject({ kind: "took_back", delegateName: `نماینده ${5000 + n}` });
      expect(await checkInAs(5000 + n)).toEqual({ kind: "no_standing" });
      expect(await summary()).toMatchObject({ presentVoting: required - 1, presentByDelegate: 0, quorate: false });
      await checkInAs(6000 + n);
      expect(await summary()).toMatchObject({ presentVoting: required, presentByDelegate: 1, quorate: true });
    });
  });

  it("B3 a member who checked in and then their accepted delegate count as one seat", async () => {
    await setup(9);
    await checkInAs(1003);
    await delegate(1003, 5001);
    expect((await checkInAs(5001)).kind).toBe("checked_in");
    expect(await summary()).toMatchObject({ presentVoting: 1, presentByDelegate: 1 });
    expect(await h.database.db.select().from(attendance)).toHaveLength(1);
  });

  it("B3 guests and non-voting seats are recorded but never count towards quorum", async () => {
    await setup(9, { nonVoting: true });
    await guest(7001);
    expect(await checkInAs(7001)).toMatchObject({ kind: "checked_in", as: "guest", changed: true });
    expect(await checkInAs(NON_VOTING)).toMatchObject({ kind: "checked_in", as: "non_voting_member" });
    for (const id of holders(9).slice(0, 5)) await checkInAs(id);
    expect(await summary()).toMatchObject({
      votingSeats: 9,
      presentVoting: 5,
      guestsPresent: 1,
      quorumRequired: 6,
      quorate: false,
    });
    expect(await h.database.db.select().from(attendance)).toHaveLength(7);
  });

  it("B3 the attendance line, in both languages", async () => {
    await setup(9);
    await delegate(1009, 5001);
    await guest(7001);
    for (const id of holders(9).slice(0, 5)) await checkInAs(id);
    await checkInAs(5001);
    await checkInAs(7001);
    const view = (await loadSession(h.database.db, meetingId))!;
    expect(attendanceLine(translate, "en", view.summary, view.quorum)).toBe(
      "Present 6 of 9 voting seats (1 by delegate) + 1 guest — quorum is 6 (two-thirds): reached",
    );
    expect(attendanceLine(translate, "fa", view.summary, view.quorum)).toBe(
      "حاضر: ۶ از ۹ عضو دارای حق رأی (۱ نفر با نماینده) و ۱ مدعو بدون حق رأی؛ حد نصاب ۶ نفر (دو سوم): جلسه رسمیت یافت",
    );
  });

  it("B3 anyone else pressing is told why and nothing is recorded; pressing twice changes nothing", async () => {
    await setup(9);
    const stranger = await insertPerson(h.database.db, { telegramId: 9999, name: "ناشناس" });
    await checkInAs(1003);
    const before = await h.database.rowCounts();
    expect(await checkIn(h.services, stranger.id, meetingId)).toEqual({ kind: "no_standing" });
    expect(await checkIn(h.services, null, meetingId)).toEqual({ kind: "no_standing" });
    expect(await checkIn(h.services, await person(1003), 424242)).toEqual({ kind: "unknown_meeting" });
    expect(await checkInAs(1003)).toMatchObject({ kind: "checked_in", changed: false });
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B3 a meeting not in session takes no check-ins", async () => {
    await setup(9, { start: false });
    const before = await h.database.rowCounts();
    expect(await checkInAs(1003)).toEqual({ kind: "not_in_session" });
    expect(await h.database.rowCounts()).toEqual(before);
  });

  it("B3 /startmeeting: today's meeting starts; a later one asks first; only officers; cancelled and ended ones never", async () => {
    await setup(9, { start: false });
    h.clock.set(new Date(MEETING.getTime() - 2 * DAY));
    const before = await h.database.rowCounts();
    expect(await startMeeting(h.services, await person(1003), { committeeId })).toEqual({ kind: "not_officer" });
    const early = await startMeeting(h.services, await person(CHAIR), { committeeId: null });
    expect(early).toMatchObject({ kind: "confirm_early", meetingId, startsAt: MEETING });
    expect(await startMeeting(h.services, await person(1003), { meetingId })).toEqual({ kind: "not_officer" });
    expect(await h.database.rowCounts()).toEqual(before);
    const started = await startMeeting(h.services, await person(CHAIR), { meetingId });
    expect(started).toMatchObject({ kind: "started", meetingId, locale: "fa" });
    expect(started.kind === "started" && started.text).toContain("حاضر: ۰ از ۹");
    expect(await findMeeting(h.database.db, meetingId)).toMatchObject({
      status: "in_session",
      startedAt: h.clock.now(),
    });
    expect(await startMeeting(h.services, await person(SECRETARY), { committeeId })).toEqual({
      kind: "already_in_session",
    });

    await setup(9, { start: false });
    await cancelMeeting(h.services, await person(SECRETARY), meetingId);
    expect(await startMeeting(h.services, await person(SECRETARY), { committeeId })).toEqual({ kind: "cancelled" });
    expect(await startMeeting(h.services, await person(SECRETARY), { meetingId })).toEqual({ kind: "cancelled" });

    await setup(9);
    await endMeeting(h.services, await person(SECRETARY), committeeId);
    expect(await startMeeting(h.services, await person(SECRETARY), { committeeId })).toEqual({ kind: "ended" });
    expect(await startMeeting(h.services, await person(SECRETARY), { meetingId })).toEqual({ kind: "ended" });
  });

  it("B3 the secretary's roll marks a seat present or absent (via secretary); a delegated seat is its delegate's", async () => {
    await setup(9);
    const delegatePerson = await delegate(1005, 5001);
    const secretary = await person(SECRETARY);
    const before = await h.database.rowCounts();
    expect(await markPresence(h.services, await person(1003), meetingId, await seatOf(1004))).toEqual({
      kind: "not_officer",
    });
    expect(await markPresence(h.services, secretary, meetingId, 999999)).toEqual({ kind: "unknown_seat" });
    expect(await h.database.rowCounts()).toEqual(before);

    expect(await markPresence(h.services, secretary, meetingId, await seatOf(1004))).toMatchObject({
      kind: "marked",
      present: true,
    });
    expect(await markPresence(h.services, secretary, meetingId, await seatOf(1005))).toMatchObject({
      kind: "marked",
      present: true,
    });
    const rows = await h.database.db.select().from(attendance);
    expect(rows.map((r) => ({ personId: r.personId, via: r.via, markedBy: r.markedByPersonId }))).toEqual([
      { personId: await person(1004), via: "secretary", markedBy: secretary },
      { personId: delegatePerson, via: "secretary", markedBy: secretary },
    ]);
    expect(await summary()).toMatchObject({ presentVoting: 2, presentByDelegate: 1 });
    expect(await markPresence(h.services, secretary, meetingId, await seatOf(1004))).toMatchObject({
      kind: "marked",
      present: false,
    });
    expect(await summary()).toMatchObject({ presentVoting: 1 });
    const sheet = await attendanceSheetFor(h.database.db, secretary, null, h.clock.now());
    expect(sheet.kind === "sheet" && sheet.view.seats).toHaveLength(9);
    expect((await attendanceSheetFor(h.database.db, await person(1003), committeeId, h.clock.now())).kind).toBe(
      "not_officer",
    );
  });

  it("B3 B8 the roll lists the approved guests apart: checked in, not yet, and one whose link is unopened; no guest, no list", async () => {
    await setup(9);
    const secretary = await person(SECRETARY);
    const roll = async () => {
      const sheet = await attendanceSheetFor(h.database.db, secretary, committeeId, h.clock.now());
      if (sheet.kind !== "sheet") throw new Error(sheet.kind);
      return sheet.view;
    };
    expect((await roll()).guestRoll).toEqual([]);
    const without = attendanceSheet(translate, "fa", await roll()).text;
    expect(without, "no guests: no guest list").not.toContain("مدعو");
    expect(attendanceSheet(translate, "en", await roll()).text).not.toContain("Guest");

    await guest({ telegramId: 7001, name: "مریم رحیمی" }, { agency: "جمعیت هلال احمر" });
    await guest({ telegramId: 7002, name: "Ali Karimi" }, { agency: "اداره آموزش و پرورش" });
    await guest(null, { agency: "اداره راه و شهرسازی" });
    await guest({ telegramId: 7003, name: "مهمان ردشده" }, { status: "rejected" });
    for (const id of holders(9).slice(0, 5)) await checkInAs(id);
    expect(await checkInAs(7001)).toMatchObject({ kind: "checked_in", as: "guest" });

    const view = await roll();
    expect(view.guestRoll.map((g) => [g.agency, g.name, g.present])).toEqual([
      ["جمعیت هلال احمر", "مریم رحیمی", true],
      ["اداره آموزش و پرورش", "Ali Karimi", false],
      ["اداره راه و شهرسازی", null, false],
    ]);
    // A checked-in guest is on the list and in the line's guest count, never in the quorum figures.
    expect(view.summary).toMatchObject({
      votingSeats: 9,
      presentVoting: 5,
      guestsPresent: 1,
      quorumRequired: 6,
      quorate: false,
    });

    const fa = attendanceSheet(translate, "fa", view);
    expect(fa.text).toContain(
      "حاضر: ۵ از ۹ عضو دارای حق رأی و ۱ مدعو بدون حق رأی؛ حد نصاب ۶ نفر (دو سوم): هنوز به حد نصاب نرسیده است",
    );
    expect(fa.text).toContain(
      [
        "مدعوان بدون حق رأی (۳) — حضور خود را خودشان با دکمه «حاضرم» ثبت می‌کنند و در حد نصاب شمرده نمی‌شوند:",
        "• ✅ نماینده جمعیت هلال احمر: مریم رحیمی",
        "• ⬜ نماینده اداره آموزش و پرورش: Ali Karimi",
        "• ⬜ اداره راه و شهرسازی (پیوند دعوت هنوز باز نشده است)",
      ].join("\n"),
    );
    expect(fa.text).not.toContain("مهمان ردشده");
    expect(fa.replyMarkup.inline_keyboard, "guests have no button: they check in themselves").toHaveLength(9);

    const en = attendanceSheet(translate, "en", view).text;
    expect(en).toContain(
      "Guests without a vote (3) — they check in themselves with “I'm present” and do not count towards quorum:",
    );
    expect(en).toContain("• ✅ مریم رحیمی, جمعیت هلال احمر");
    expect(en).toContain("• ⬜ اداره راه و شهرسازی (has not opened the invitation link yet)");

    // The roll a button press redraws lists them as well.
    const marked = await markPresence(h.services, secretary, meetingId, await seatOf(1006));
    expect(marked.kind === "marked" && marked.view.guestRoll.map((g) => g.present)).toEqual([true, false, false]);
    expect(marked.kind === "marked" && marked.view.summary).toMatchObject({
      presentVoting: 6,
      guestsPresent: 1,
      quorate: true,
    });
  });

  it("B3 a burst of check-ins costs one pending edit of the attendance message", async () => {
    await setup(9);
    await attachSessionMessage(h.services, meetingId, -1001000000002, 77, "stale text");
    for (const id of holders(9).slice(0, 6)) await checkInAs(id);
    const edits = await h.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `session:${meetingId}`));
    expect(edits).toHaveLength(1);
    expect(edits[0]!.payload).toMatchObject({ method: "editMessageText", messageId: 77 });
    expect((edits[0]!.payload as { text: string }).text).toContain("حاضر: ۶ از ۹");
    expect((edits[0]!.payload as { text: string }).text).toContain("جلسه رسمیت یافت");
  });

  it("B3 /endmeeting: refused while a vote is open; then the session ends, delegations expire and the final attendance is posted", async () => {
    await setup(9);
    await delegate(1009, 5001);
    for (const id of holders(9).slice(0, 5)) await checkInAs(id);
    await checkInAs(5001);
    const secretary = await person(SECRETARY);
    const opened = await openVote(h.services, secretary, { committeeId, question: "تصویب طرح", secret: false });
    if (opened.kind !== "opened") throw new Error(opened.kind);
    const before = await h.database.rowCounts();
    expect(await endMeeting(h.services, await person(1003), committeeId)).toEqual({ kind: "not_officer" });
    expect(await endMeeting(h.services, secretary, committeeId)).toEqual({ kind: "vote_open", question: "تصویب طرح" });
    expect(await h.database.rowCounts()).toEqual(before);
    await castBallot(h.services, { personId: await person(1003), telegramId: 1003 }, opened.vote.voteId, "yes");
    await closeVote(h.services, secretary, { committeeId: null });

    const ended = await endMeeting(h.services, secretary, null);
    expect(ended).toMatchObject({ kind: "ended", postedTo: -1001000000002 });
    expect(await findMeeting(h.database.db, meetingId)).toMatchObject({ status: "ended", endedAt: h.clock.now() });
    expect((await h.database.db.select().from(delegations))[0]).toMatchObject({ status: "expired" });
    const final = (await h.database.db.select().from(outbox).where(eq(outbox.purpose, "session_final_attendance")))[0]!;
    const text = (final.payload as { text: string }).text;
    expect(text).toContain("حاضر: ۶ از ۹ عضو دارای حق رأی (۱ نفر با نماینده)");
    expect(text).toContain("عضو 7 (نماینده: نماینده 5001)");
    expect(text).toContain("غایبان (۳):");
    expect(await checkInAs(1008)).toEqual({ kind: "not_in_session" });
    expect(await endMeeting(h.services, secretary, committeeId)).toEqual({ kind: "no_session" });
  });
});
