import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { auditLog, electionBallots, elections } from "../../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { voteInElection } from "../../../src/services/elections/cast-ballot.ts";
import { closeElection } from "../../../src/services/elections/close-election.ts";
import { electionResultText } from "../../../src/services/elections/election-text.ts";
import { openElection } from "../../../src/services/elections/open-election.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { factsForMinutes } from "../../../src/services/minutes/record.ts";
import { renderMinutes } from "../../../src/services/minutes/render.ts";
import { exportRoster } from "../../../src/services/roster/export-roster.ts";
import { importNoticeText } from "../../../src/services/roster/import-notices.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import {
  confirmDelegation,
  createDelegation,
  decideDelegation,
  openDelegationLink,
} from "../../../src/services/delegations/delegations.ts";
import { checkIn, endMeeting, markPresence, startMeeting } from "../../../src/services/session/session.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { DAY, MEETING, seatedCommittee } from "../../helpers/recorded-session.ts";
import {
  CHAIR,
  COMMITTEE_CHAT,
  MEMBERS,
  nineSeatRoster,
  SECRETARIAT_CHAT,
  SECRETARY,
  validRoster,
} from "../../helpers/rosters.ts";

const STAFF = 1000;
const ACTIVIST = 1010;
/** The favourite of the members in these tests: an ordinary member, not the roster's secretary. */
const FAVOURITE = MEMBERS[1]!;
const FAVOURITE_SEAT = "عضو ۲";
const ROSTER_SECRETARY_SEAT = "رئیس اداره میراث فرهنگی";

type Options = { secretary?: boolean; chat?: boolean; strict?: boolean; expiredMember?: number };

/** The nine voting seats (the roster names a secretary unless told not to), plus an activist without a vote. */
function roster(options: Options = {}) {
  const roster = nineSeatRoster();
  const group = roster.committees[1]! as Record<string, unknown> & { members: Record<string, unknown>[] };
  if (options.secretary === false) group.members[1]!.role = "member";
  if (options.chat === false) delete group.chat_id;
  if (options.strict) group.rules = { majority: "strict" };
  group.members.push({ seat: "فعال میراث فرهنگی", voting: false, telegram_id: ACTIVIST, name: "فعال میراث" });
  if (options.expiredMember) {
    const member = group.members.find((m) => m.telegram_id === options.expiredMember)!;
    Object.assign(member, { term_start: "1402/01/01" });
  }
  return roster;
}

const EVERYONE = [CHAIR, SECRETARY, ...MEMBERS];

describe("B7 the election of the secretary, in the meeting's session", () => {
  let h: BotHarness;
  let committeeId: number;
  let meetingIds: number[];
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;
  const seats = () => seatsWithHolders(h.database.db, [committeeId]);
  const seatOf = async (telegramId: number) => {
    const id = await person(telegramId);
    return (await seats()).find((s) => s.holder?.personId === id)!;
  };
  const officer = (options: Options) => (options.secretary === false ? CHAIR : SECRETARY);

  /** The group convened for MEETING (and `meetings - 1` more, two days apart); the clock at MEETING. */
  async function setUp(options: Options = {}, meetings = 1) {
    ({ committeeId } = await seatedCommittee(h, roster(options)));
    meetingIds = [];
    for (let i = 0; i < meetings; i++) {
      const startsAt = new Date(MEETING.getTime() + 2 * i * DAY);
      const convened = await conveneMeeting(h.services, await person(officer(options)), {
        committeeId,
        startsAt,
        place: "فرمانداری",
        agenda: ["انتخاب دبیر"],
      });
      if (convened.kind !== "convened") throw new Error(convened.kind);
      meetingIds.push(convened.meetingId);
    }
    h.clock.set(MEETING);
  }

  async function inSession(present: number[], options: Options = {}) {
    const started = await startMeeting(h.services, await person(officer(options)), { committeeId });
    if (started.kind !== "started") throw new Error(started.kind);
    for (const telegramId of present) await checkIn(h.services, await person(telegramId), started.meetingId);
    return started.meetingId;
  }

  const open = async (telegramId: number, inGroupChat = false) =>
    openElection(h.services, await person(telegramId), { committeeId: inGroupChat ? committeeId : null, inGroupChat });
  const vote = async (telegramId: number, electionId: number, candidate: number) =>
    voteInElection(h.services, await person(telegramId), electionId, (await seatOf(candidate)).id);
  const close = async (telegramId: number, electionId: number) =>
    closeElection(h.services, await person(telegramId), { electionId }, telegramId);
  async function opened(telegramId = SECRETARY): Promise<number> {
    const result = await open(telegramId);
    if (result.kind !== "opened") throw new Error(result.kind);
    return result.view.electionId;
  }
  const secretarySeats = async () => (await seats()).filter((s) => s.role === "secretary").map((s) => s.title);

  beforeEach(() => setUp());

  it("B7: the secretary is elected at the first meeting by the all-members majority, replacing the roster's", async () => {
    await inSession(EVERYONE.slice(0, 7));
    const result = await open(SECRETARY);
    expect(result).toMatchObject({
      kind: "opened",
      sharedTo: "group",
      view: { occasion: "first_meeting", members: 9, yesRequired: 5, quorumRequired: 6 },
    });
    if (result.kind !== "opened") return;
    const electionId = result.view.electionId;
    // Every held seat but the chair's may be elected, the roster's secretary and the member without a vote included.
    expect(result.view.candidates.map((c) => c.seatTitle)).toEqual([
      ROSTER_SECRETARY_SEAT,
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `عضو ${"۰۱۲۳۴۵۶۷۸۹"[n]}`),
      "فعال میراث فرهنگی",
    ]);
    expect(await open(SECRETARY)).toMatchObject({ kind: "already_open", view: { electionId } });
    await h.deliver();
    const posted = h.emulator.lastSent(COMMITTEE_CHAT)!;
    expect(posted.text).toContain("انتخاب دبیر کارگروه ساماندهی کالبدی");
    expect(posted.text).toContain("نخستین جلسه");
    expect(posted.text).toContain("دست‌کم ۵ رأی از کل ۹ عضو");
    expect(JSON.stringify(posted.reply_markup)).toContain(`elv:${electionId}:`);

    for (const voter of [CHAIR, SECRETARY, MEMBERS[0]!, MEMBERS[1]!])
      expect(await vote(voter, electionId, FAVOURITE)).toMatchObject({ kind: "recorded", changed: true });
    expect(await vote(MEMBERS[2]!, electionId, SECRETARY)).toMatchObject({ kind: "recorded", changed: true });
    // A seat's ballot moves with a second press; the same press again changes nothing.
    expect(await vote(MEMBERS[2]!, electionId, FAVOURITE)).toMatchObject({
      kind: "recorded",
      changed: true,
      candidate: { seatTitle: FAVOURITE_SEAT },
    });
    expect(await vote(MEMBERS[2]!, electionId, FAVOURITE)).toMatchObject({ kind: "recorded", changed: false });
    expect(await voteInElection(h.services, await person(MEMBERS[3]!), electionId, (await seatOf(CHAIR)).id)).toEqual({
      kind: "bad_candidate",
    });
    expect(await vote(ACTIVIST, electionId, FAVOURITE)).toEqual({ kind: "not_voter" });
    expect(await vote(STAFF, electionId, FAVOURITE)).toEqual({ kind: "not_voter" });
    expect((await h.database.db.select().from(electionBallots)).length).toBe(5);

    expect(await close(MEMBERS[0]!, electionId)).toEqual({ kind: "not_allowed", openedBy: "دبیر کارگروه" });
    await h.deliver();
    h.emulator.clearCalls();
    const closed = await close(SECRETARY, electionId);
    expect(closed).toMatchObject({
      kind: "closed",
      result: {
        decision: "elected",
        ballots: 5,
        members: 9,
        yesRequired: 5,
        presentVoting: 7,
        winner: { seatTitle: FAVOURITE_SEAT },
        secretaryAfter: { seatTitle: FAVOURITE_SEAT },
      },
    });
    // One secretary: the winner's seat, marked as elected; the roster's secretary seat is a member's now.
    expect(await secretarySeats()).toEqual([FAVOURITE_SEAT]);
    expect((await seatOf(FAVOURITE)).roleElectedAt).not.toBeNull();
    expect((await seatOf(SECRETARY)).role).toBe("member");
    const [row] = await h.database.db.select().from(elections);
    expect(row).toMatchObject({
      status: "closed",
      meetingId: meetingIds[0],
      winnerSeatId: (await seatOf(FAVOURITE)).id,
    });
    const actions = (await h.database.db.select().from(auditLog)).map((a) => a.action);
    expect(actions.filter((a) => a === "seat.role_changed")).toHaveLength(2);
    expect(actions).toEqual(expect.arrayContaining(["election.opened", "election.ballot", "election.closed"]));

    await h.deliver();
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("معرفی دبیر کارگروه (بند ۷ آیین‌نامه)");
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain(
      `دبیر کارگروه انتخاب شد: عضو شماره ۲ (${FAVOURITE_SEAT})`,
    );
    expect(h.emulator.lastSent(FAVOURITE)!.text).toContain("شما به‌عنوان دبیر");
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("از این پس شما عضو کارگروه هستید");

    expect(await vote(MEMBERS[4]!, electionId, FAVOURITE)).toEqual({ kind: "closed" });
    expect(await close(SECRETARY, electionId)).toEqual({ kind: "already_closed" });
    // The new secretary now runs the meeting; the members' choice is not put to a second round.
    expect(await open(FAVOURITE)).toMatchObject({ kind: "already_elected", seatTitle: FAVOURITE_SEAT });
  });

  it("B7: ballots count only from present seats; checking in makes the next press count", async () => {
    const meetingId = await inSession(EVERYONE.slice(0, 6));
    const electionId = await opened();
    const before = (await h.database.db.select().from(auditLog)).length;
    expect(await vote(MEMBERS[5]!, electionId, FAVOURITE)).toEqual({ kind: "absent", meetingId });
    expect(await h.database.db.select().from(electionBallots)).toEqual([]);
    expect((await h.database.db.select().from(auditLog)).length).toBe(before);
    await checkIn(h.services, await person(MEMBERS[5]!), meetingId);
    expect(await vote(MEMBERS[5]!, electionId, FAVOURITE)).toMatchObject({ kind: "recorded" });
    // A seat the secretary marks absent votes no more.
    await markPresence(h.services, await person(SECRETARY), meetingId, (await seatOf(MEMBERS[5]!)).id);
    expect(await vote(MEMBERS[5]!, electionId, MEMBERS[0]!)).toEqual({ kind: "absent", meetingId });
  });

  it("B1: an accepted delegate casts the seat's ballot once present; the member whose delegate stands does not", async () => {
    const DELEGATE = { id: 5001, first_name: "رضا", last_name: "احمدی", language_code: "fa" };
    const principal = MEMBERS[2]!;
    h.clock.set(new Date(MEETING.getTime() - DAY));
    const created = await createDelegation(
      h.services,
      await person(principal),
      meetingIds[0]!,
      "آقای رضا احمدی به نمایندگی از اینجانب با حق رأی در این جلسه حاضر می‌شود.",
    );
    if (created.kind !== "created") throw new Error(created.kind);
    await openDelegationLink(h.services, DELEGATE, created.token);
    await confirmDelegation(h.services, await person(DELEGATE.id), created.delegation.delegationId);
    expect(await decideDelegation(h.services, await person(SECRETARY), created.delegation.delegationId, true)).toEqual({
      kind: "accepted",
    });
    h.clock.set(MEETING);
    const meetingId = await inSession(EVERYONE.filter((id) => id !== principal));
    const electionId = await opened();
    await h.deliver();
    // The delegate is usually not in the group: the ballot reaches them privately.
    expect(JSON.stringify(h.emulator.lastSent(DELEGATE.id)!.reply_markup ?? {})).toContain(`elv:${electionId}:`);
    expect(await vote(DELEGATE.id, electionId, FAVOURITE)).toEqual({ kind: "absent", meetingId });
    await checkIn(h.services, await person(DELEGATE.id), meetingId);
    expect(await vote(DELEGATE.id, electionId, FAVOURITE)).toMatchObject({ kind: "recorded", changed: true });
    expect(await vote(principal, electionId, FAVOURITE)).toEqual({ kind: "delegated_away", delegateName: "رضا احمدی" });
    const [ballot] = await h.database.db.select().from(electionBallots);
    expect(ballot!.voterSeatId).toBe((await seatOf(principal)).id);
  });

  it("B7: an election needs quorum — refused below it, and no decision when it is lost by the close", async () => {
    const meetingId = await inSession(EVERYONE.slice(0, 5));
    const before = await h.database.rowCounts();
    expect(await open(SECRETARY)).toEqual({ kind: "not_quorate", presentVoting: 5, quorumRequired: 6, members: 9 });
    expect((await h.database.rowCounts()).elections).toBe(before.elections);
    await checkIn(h.services, await person(MEMBERS[3]!), meetingId);
    const electionId = await opened();
    for (const voter of EVERYONE.slice(0, 6)) await vote(voter, electionId, FAVOURITE);
    await markPresence(h.services, await person(SECRETARY), meetingId, (await seatOf(MEMBERS[3]!)).id);
    const closed = await close(SECRETARY, electionId);
    expect(closed).toMatchObject({
      kind: "closed",
      result: { decision: "no_quorum", winner: null, ballots: 6, presentVoting: 5, quorumRequired: 6 },
    });
    expect(await secretarySeats()).toEqual([ROSTER_SECRETARY_SEAT]);
    if (closed.kind !== "closed") return;
    const text = electionResultText(h.services.t, "fa", closed.result);
    expect(text).toContain(
      "تصمیمی گرفته نشد: هنگام پایان رأی‌گیری فقط ۵ از ۹ عضو دارای حق رأی حاضر بودند، کمتر از حد نصاب ۶ (بند ۳)",
    );
    expect(text).toContain(
      `دبیر کارگروه همچنان دبیر کارگروه (${ROSTER_SECRETARY_SEAT}) است. اعضا می‌توانند در همین جلسه دوباره رأی دهند`,
    );
  });

  it("B7: with no majority of all members nobody is elected; the roster's secretary continues and a new round may follow", async () => {
    await inSession(EVERYONE);
    const electionId = await opened();
    for (const voter of [CHAIR, SECRETARY, MEMBERS[0]!, MEMBERS[2]!]) await vote(voter, electionId, FAVOURITE);
    for (const voter of [MEMBERS[1]!, MEMBERS[3]!, MEMBERS[4]!, MEMBERS[5]!]) await vote(voter, electionId, SECRETARY);
    await h.deliver();
    h.emulator.clearCalls();
    const closed = await close(SECRETARY, electionId);
    expect(closed).toMatchObject({
      kind: "closed",
      result: { decision: "no_majority", winner: null, yesRequired: 5, members: 9, ballots: 8 },
    });
    expect(await secretarySeats()).toEqual([ROSTER_SECRETARY_SEAT]);
    await h.deliver();
    const text = h.emulator.lastSent(COMMITTEE_CHAT)!.text!;
    expect(text).toContain(`• ۴ رأی: عضو شماره ۲ (${FAVOURITE_SEAT})`);
    expect(text).toContain("هیچ نامزدی رأی لازم از کل اعضا را به دست نیاورد");
    expect(text).toContain("دبیر کارگروه همچنان");
    expect(h.emulator.sent(SECRETARIAT_CHAT)).toEqual([]);
    expect(await open(SECRETARY)).toMatchObject({ kind: "opened" });
    if (closed.kind !== "closed") return;
    expect(electionResultText(h.services.t, "en", closed.result)).toContain(
      "continues as secretary. The members can vote again in this session: /elect secretary.",
    );
  });

  it("B3 under the strict reading 5 of 9 is not enough", async () => {
    await setUp({ strict: true });
    await inSession(EVERYONE);
    const electionId = await opened();
    for (const voter of EVERYONE.slice(0, 5)) await vote(voter, electionId, FAVOURITE);
    expect(await close(SECRETARY, electionId)).toMatchObject({
      kind: "closed",
      result: { decision: "no_majority", yesRequired: 6, majority: "strict" },
    });
  });

  it("B7: outside a session there is no election, and only the officer running the meeting opens it", async () => {
    expect(await open(SECRETARY)).toEqual({ kind: "no_session" });
    await inSession(EVERYONE);
    expect(await open(MEMBERS[0]!)).toEqual({ kind: "not_officer" });
    expect(await open(STAFF)).toEqual({ kind: "not_officer" });
  });

  it("B7: after the first meeting the roster's secretary stands; a vacant secretary seat is filled by election at any meeting", async () => {
    await setUp({}, 2);
    await inSession(EVERYONE);
    await endMeeting(h.services, await person(SECRETARY), committeeId);
    h.clock.set(new Date(MEETING.getTime() + 2 * DAY));
    await inSession(EVERYONE);
    expect(await open(SECRETARY)).toEqual({
      kind: "has_secretary",
      seatTitle: ROSTER_SECRETARY_SEAT,
      name: "دبیر کارگروه",
    });

    await setUp({ secretary: false }, 2);
    await inSession(EVERYONE, { secretary: false });
    await endMeeting(h.services, await person(CHAIR), committeeId);
    h.clock.set(new Date(MEETING.getTime() + 2 * DAY));
    await inSession(EVERYONE, { secretary: false });
    const result = await open(CHAIR);
    expect(result).toMatchObject({ kind: "opened", view: { occasion: "vacant_seat" } });
    if (result.kind !== "opened") return;
    for (const voter of [CHAIR, ...MEMBERS.slice(0, 3)]) await vote(voter, result.view.electionId, FAVOURITE);
    const closed = await close(CHAIR, result.view.electionId);
    expect(closed).toMatchObject({ result: { decision: "no_majority", secretaryAfter: null } });
    if (closed.kind !== "closed") return;
    expect(electionResultText(h.services.t, "fa", closed.result)).toContain("جایگاه دبیر بلاتصدی می‌ماند");
  });

  it("an election left open when its session ended decides nothing, and does not block the next meeting's", async () => {
    await setUp({ secretary: false }, 2);
    await inSession(EVERYONE, { secretary: false });
    const stale = await opened(CHAIR);
    for (const voter of EVERYONE.slice(0, 6)) await vote(voter, stale, FAVOURITE);
    await endMeeting(h.services, await person(CHAIR), committeeId);
    expect(await vote(MEMBERS[6]!, stale, FAVOURITE)).toEqual({ kind: "not_in_session" });
    h.clock.set(new Date(MEETING.getTime() + 2 * DAY));
    await inSession(EVERYONE, { secretary: false });
    expect(await open(CHAIR)).toMatchObject({ kind: "opened", view: { occasion: "vacant_seat" } });
    const [first] = await h.database.db.select().from(elections).where(eq(elections.id, stale));
    expect(first).toMatchObject({
      status: "closed",
      winnerSeatId: null,
      result: { decision: "session_ended", ballots: 6 },
    });
    expect(await secretarySeats()).toEqual([]);
    const facts = (await factsForMinutes(h.database.db, meetingIds[0]!))!;
    expect(renderMinutes(h.services.t, facts, { itemNotes: {}, freeText: "" }, null)).toContain(
      "تصمیمی گرفته نشد: جلسه پیش از پایان رأی‌گیری خاتمه یافت.",
    );
  });

  it("B2: a member whose order has ended is in N but does not vote", async () => {
    await setUp({ expiredMember: MEMBERS[6]! });
    await inSession(EVERYONE);
    const result = await open(SECRETARY);
    expect(result).toMatchObject({ kind: "opened", view: { members: 9, yesRequired: 5 } });
    if (result.kind !== "opened") return;
    expect(result.view.candidates.map((c) => c.seatTitle)).not.toContain("عضو ۷");
    expect(await vote(MEMBERS[6]!, result.view.electionId, FAVOURITE)).toMatchObject({
      kind: "out_of_term",
      termEnd: "2025-03-21",
    });
  });

  it("B7: the elected secretary is in the minutes", async () => {
    const meetingId = await inSession(EVERYONE);
    const first = await opened();
    await vote(CHAIR, first, FAVOURITE);
    await close(SECRETARY, first);
    const second = await opened();
    for (const voter of EVERYONE.slice(0, 6)) await vote(voter, second, FAVOURITE);
    await close(SECRETARY, second);
    expect(await endMeeting(h.services, await person(FAVOURITE), committeeId)).toMatchObject({ kind: "ended" });
    const facts = (await factsForMinutes(h.database.db, meetingId))!;
    expect(facts.elections.map((e) => e.decision)).toEqual(["no_majority", "elected"]);
    const fa = renderMinutes(h.services.t, facts, { itemNotes: {}, freeText: "" }, null);
    expect(fa).toContain("انتخاب دبیر کارگروه (بند ۷ آیین‌نامه):");
    expect(fa).toContain("هیچ نامزدی رأی لازم از کل اعضا را به دست نیاورد");
    expect(fa).toContain(`✅ دبیر کارگروه انتخاب شد: عضو شماره ۲ (${FAVOURITE_SEAT})`);
    expect(fa).toContain("آرای ثبت‌شده: ۶ رأی از ۹ عضو دارای حق رأیِ حاضر، از کل ۹ عضو");
    const en = renderMinutes(h.services.t, { ...facts, hqLocale: "en" }, { itemNotes: {}, freeText: "" }, null);
    expect(en).toContain("Election of the secretary (rule 7):");
    expect(en).toContain(`Secretary elected: عضو شماره ۲ (${FAVOURITE_SEAT})`);
  });

  it("without a group chat the ballot and the result go to each voting member privately", async () => {
    await setUp({ chat: false });
    await inSession(EVERYONE);
    const result = await open(SECRETARY);
    expect(result).toMatchObject({ kind: "opened", sharedTo: "members" });
    await h.deliver();
    expect(
      h.emulator
        .sent()
        .filter((m) => JSON.stringify(m.reply_markup ?? {}).includes("elv:"))
        .map((m) => m.chat_id)
        .sort(),
    ).toEqual([CHAIR, ...MEMBERS].sort());
    expect(h.emulator.lastSent(MEMBERS[0]!)!.text).toContain("Election of the secretary");
    h.emulator.clearCalls();
    if (result.kind !== "opened") return;
    await close(SECRETARY, result.view.electionId);
    await h.deliver();
    expect(h.emulator.sent(SECRETARY)).toEqual([]);
    expect(h.emulator.lastSent(MEMBERS[0]!)!.text).toContain("Result of the election of the secretary");
    expect(h.emulator.lastSent(MEMBERS[1]!)!.text).toContain("نتیجه انتخاب دبیر");
  });
});

describe("B7 an elected secretary and a later roster import", () => {
  let h: BotHarness;
  let committeeId: number;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;
  const seats = () => seatsWithHolders(h.database.db, [committeeId]);
  const secretarySeats = async () => (await seats()).filter((s) => s.role === "secretary").map((s) => s.title);
  const reimport = (file: unknown) => importRoster(h.services, validRoster(file), SYSTEM_ACTOR);

  /** At its first meeting the group elects a member (6 of 9) over the secretary the roster file names. */
  beforeEach(async () => {
    ({ committeeId } = await seatedCommittee(h, roster()));
    const convened = await conveneMeeting(h.services, await person(SECRETARY), {
      committeeId,
      startsAt: MEETING,
      place: "فرمانداری",
      agenda: ["انتخاب دبیر"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    h.clock.set(MEETING);
    await startMeeting(h.services, await person(SECRETARY), { committeeId });
    for (const telegramId of EVERYONE) await checkIn(h.services, await person(telegramId), convened.meetingId);
    const opened = await openElection(h.services, await person(SECRETARY), { committeeId: null, inGroupChat: false });
    if (opened.kind !== "opened") throw new Error(opened.kind);
    const favourite = (await seats()).find((s) => s.title === FAVOURITE_SEAT)!.id;
    for (const voter of EVERYONE.slice(0, 6))
      await voteInElection(h.services, await person(voter), opened.view.electionId, favourite);
    expect(
      await closeElection(h.services, await person(SECRETARY), { electionId: opened.view.electionId }, SECRETARY),
    ).toMatchObject({ result: { winner: { seatTitle: FAVOURITE_SEAT } } });
    h.clock.set(new Date(h.clock.now().getTime() + DAY));
  });

  it("B7: re-importing the roster file that names the default secretary does not undo the members' choice, and the clerk is told why", async () => {
    const report = await reimport(roster());
    expect(await secretarySeats()).toEqual([FAVOURITE_SEAT]);
    expect((await seats()).find((s) => s.title === ROSTER_SECRETARY_SEAT)!.role).toBe("member");
    expect(report.changes.filter((c) => c.action.startsWith("seat."))).toEqual([]);
    expect(report.notices).toMatchObject([
      { kind: "elected_secretary_stands", seat: ROSTER_SECRETARY_SEAT, role: "member", committee: { key: "physical" } },
      { kind: "elected_role_kept", seat: FAVOURITE_SEAT, role: "secretary", committee: { key: "physical" } },
    ]);
    expect(importNoticeText(h.services.t, "fa", report.notices[0]!)).toContain(
      `فایل، جایگاه «${ROSTER_SECRETARY_SEAT}» در کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی را دبیر نوشته است، اما اعضا در شنبه ۲۱ آذر ۱۴۰۵ دبیر را انتخاب کرده‌اند`,
    );
    expect(importNoticeText(h.services.t, "en", report.notices[0]!)).toContain(
      "The roster names the secretary only until the members decide.",
    );
    const fa = importNoticeText(h.services.t, "fa", report.notices[1]!);
    expect(fa).toContain(
      `نقش جایگاه «${FAVOURITE_SEAT}» در کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی «دبیر» ماند`,
    );
    expect(fa).toContain("(بند ۷ آیین‌نامه)");
    // Again: still nothing changes.
    const again = await reimport(roster());
    expect(again.changes.filter((c) => c.action.startsWith("seat."))).toEqual([]);
    expect(await secretarySeats()).toEqual([FAVOURITE_SEAT]);
  });

  it("B7: a file that seats someone else in the elected seat ends the elected role; the file's secretary applies again", async () => {
    const file = roster();
    Object.assign(file.committees[1]!.members!.find((m) => m.seat === FAVOURITE_SEAT)!, {
      telegram_id: 7002,
      name: "نماینده تازه",
    });
    const report = await reimport(file);
    expect(await secretarySeats()).toEqual([ROSTER_SECRETARY_SEAT]);
    expect((await seats()).find((s) => s.title === FAVOURITE_SEAT)).toMatchObject({
      role: "member",
      roleElectedAt: null,
    });
    expect(report.notices).toMatchObject([{ kind: "elected_role_replaced", seat: FAVOURITE_SEAT, role: "member" }]);
  });

  it("B7: export writes the elected role, and importing the export changes nothing", async () => {
    const exported = await exportRoster(h.database.db, "sample-county");
    const members = (exported.committees as { key: string; members: { seat: string; role: string }[] }[]).find(
      (c) => c.key === "physical",
    )!.members;
    expect(members.find((m) => m.seat === FAVOURITE_SEAT)!.role).toBe("secretary");
    expect(members.find((m) => m.seat === ROSTER_SECRETARY_SEAT)!.role).toBe("member");
    const report = await reimport(exported);
    expect(report.changes.filter((c) => c.action.startsWith("seat."))).toEqual([]);
    expect(report.notices).toEqual([]);
    expect((await seats()).find((s) => s.title === FAVOURITE_SEAT)!.roleElectedAt).not.toBeNull();
  });
});
