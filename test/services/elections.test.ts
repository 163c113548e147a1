import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPersonByTelegramId } from "../../src/db/queries/people.ts";
import { seatsWithHolders } from "../../src/db/queries/seats.ts";
import { auditLog, electionBallots, elections } from "../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../src/services/deps.ts";
import { castBallot, closeElection, openElection } from "../../src/services/elections.ts";
import { exportRoster } from "../../src/services/roster/export-roster.ts";
import { importNoticeText } from "../../src/services/roster/import-notices.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import { BotHarness } from "../helpers/bot-harness.ts";
import { seatedCommittee } from "../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY, validRoster } from "../helpers/rosters.ts";

const STAFF = 1000;
const ACTIVIST = 1010;
/** The holder of the former secretary seat, now a plain member and the favourite. */
const FAVOURITE = SECRETARY;

type Options = { chair?: boolean; chat?: boolean; strict?: boolean; expiredMember?: number };

/** The nine voting seats with no secretary yet, plus an activist without a vote (a candidate who may not vote). */
function firstMeetingRoster(options: Options = {}) {
  const roster = nineSeatRoster();
  const group = roster.committees[1]! as Record<string, unknown> & { members: Record<string, unknown>[] };
  group.members[1]!.role = "member";
  if (options.chair === false) group.members[0]!.role = "member";
  if (options.chat === false) delete group.chat_id;
  if (options.strict) group.rules = { majority: "strict" };
  group.members.push({ seat: "فعال میراث فرهنگی", voting: false, telegram_id: ACTIVIST, name: "فعال میراث" });
  if (options.expiredMember) {
    const member = group.members.find((m) => m.telegram_id === options.expiredMember)!;
    Object.assign(member, { term_start: "1402/01/01" });
  }
  return roster;
}

describe("election of the secretary at the first meeting (bylaw B7)", () => {
  let h: BotHarness;
  let committeeId: number;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  async function setUp(options: Options = {}) {
    ({ committeeId } = await seatedCommittee(h, firstMeetingRoster(options)));
  }
  beforeEach(() => setUp());

  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;
  const seatOf = async (telegramId: number) => {
    const id = await person(telegramId);
    return (await seatsWithHolders(h.database.db, [committeeId])).find((s) => s.holder?.personId === id)!;
  };
  const open = async (telegramId: number, inGroupChat = false) => openElection(h.services, await person(telegramId), { committeeId: inGroupChat ? committeeId : null, inGroupChat });
  const vote = async (telegramId: number, electionId: number, candidate: number) => castBallot(h.services, await person(telegramId), electionId, (await seatOf(candidate)).id);
  const close = async (telegramId: number, electionId: number) => closeElection(h.services, await person(telegramId), { electionId }, telegramId);

  async function opened(telegramId = CHAIR): Promise<number> {
    const result = await open(telegramId);
    if (result.kind !== "opened") throw new Error(result.kind);
    return result.view.electionId;
  }

  it("B7 refused while the committee has a secretary: the role must not exist twice", async () => {
    await seatedCommittee(h);
    const before = await h.database.rowCounts();
    expect(await open(CHAIR)).toEqual({ kind: "has_secretary", seatTitle: "رئیس اداره میراث فرهنگی", name: "دبیر کارگروه" });
    expect((await h.database.rowCounts()).elections).toBe(before.elections);
  });

  it("B7 the chair opens it; members may not while there is a chair, outsiders never", async () => {
    expect(await open(MEMBERS[0]!)).toEqual({ kind: "chair_only", chair: "رئیس کارگروه" });
    expect(await open(STAFF)).toEqual({ kind: "not_member" });
    const result = await open(CHAIR);
    expect(result).toMatchObject({ kind: "opened", sharedTo: "group", view: { votingSeats: 9, threshold: 5, majority: "absolute" } });
    if (result.kind !== "opened") return;
    // Every member's seat is a candidate, the activist's too; the chair's is not.
    expect(result.view.candidates.map((c) => c.name)).toEqual(["دبیر کارگروه", "Member Three", ...[2, 3, 4, 5, 6, 7].map((n) => `عضو شماره ${"۰۱۲۳۴۵۶۷۸۹"[n]}`), "فعال میراث"]);
    expect(await open(CHAIR)).toMatchObject({ kind: "already_open", view: { electionId: result.view.electionId } });
    await h.deliver();
    const posted = h.emulator.lastSent(COMMITTEE_CHAT)!;
    expect(posted.text).toContain("انتخاب دبیر کارگروه ساماندهی کالبدی");
    expect(posted.text).toContain("دست‌کم ۵ رأی از ۹ عضو دارای حق رأی");
    expect(JSON.stringify(posted.reply_markup)).toContain(`elv:${result.view.electionId}:`);
    expect((await h.database.db.select().from(auditLog).where(eq(auditLog.action, "election.opened"))).length).toBe(1);
  });

  it("B7 any member may open it while the group has no chair", async () => {
    await setUp({ chair: false });
    expect(await open(MEMBERS[3]!)).toMatchObject({ kind: "opened" });
  });

  it("B7 each voting seat votes once and may change until closed; the winner's seat becomes the secretary's", async () => {
    const electionId = await opened();
    expect(await vote(ACTIVIST, electionId, FAVOURITE)).toEqual({ kind: "not_voter" });
    expect(await vote(STAFF, electionId, FAVOURITE)).toEqual({ kind: "not_voter" });
    expect(await castBallot(h.services, await person(MEMBERS[0]!), electionId, (await seatOf(CHAIR)).id)).toEqual({ kind: "bad_candidate" });
    expect(await castBallot(h.services, await person(MEMBERS[0]!), electionId, 99_999)).toEqual({ kind: "bad_candidate" });
    expect(await vote(MEMBERS[0]!, 99_999, FAVOURITE)).toEqual({ kind: "unknown" });

    expect(await vote(MEMBERS[0]!, electionId, MEMBERS[1]!)).toMatchObject({ kind: "recorded", changed: true });
    expect(await vote(MEMBERS[0]!, electionId, MEMBERS[1]!)).toMatchObject({ kind: "recorded", changed: false });
    expect(await vote(MEMBERS[0]!, electionId, FAVOURITE)).toMatchObject({ kind: "recorded", changed: true, candidate: { name: "دبیر کارگروه" } });
    for (const voter of [CHAIR, SECRETARY, MEMBERS[2]!, MEMBERS[3]!]) await vote(voter, electionId, FAVOURITE);
    await vote(MEMBERS[4]!, electionId, MEMBERS[1]!);
    expect((await h.database.db.select().from(electionBallots)).length).toBe(6);

    expect(await close(MEMBERS[0]!, electionId)).toEqual({ kind: "not_allowed", openedBy: "رئیس کارگروه" });
    await h.deliver();
    h.emulator.clearCalls();
    const closed = await close(CHAIR, electionId);
    expect(closed).toMatchObject({
      kind: "closed",
      result: { ballots: 6, votingSeats: 9, threshold: 5, winner: { name: "دبیر کارگروه", seatTitle: "رئیس اداره میراث فرهنگی" }, secretaryMeanwhile: false },
    });
    if (closed.kind !== "closed") return;
    expect(closed.result.counts.slice(0, 2)).toEqual([
      { seatTitle: "رئیس اداره میراث فرهنگی", name: "دبیر کارگروه", votes: 5 },
      { seatTitle: "عضو ۲", name: "عضو شماره ۲", votes: 1 },
    ]);
    const seats = await seatsWithHolders(h.database.db, [committeeId]);
    expect(seats.filter((s) => s.role === "secretary").map((s) => s.title)).toEqual(["رئیس اداره میراث فرهنگی"]);
    expect(seats.filter((s) => s.role === "chair")).toHaveLength(1);
    const [row] = await h.database.db.select().from(elections);
    expect(row).toMatchObject({ status: "closed", winnerSeatId: (await seatOf(FAVOURITE)).id });
    const actions = (await h.database.db.select().from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["election.opened", "election.ballot", "election.closed", "seat.role_changed"]));

    await h.deliver();
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("معرفی دبیر کارگروه (بند ۷ آیین‌نامه)");
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("دبیر کارگروه انتخاب شد: دبیر کارگروه (رئیس اداره میراث فرهنگی)");
    expect(h.emulator.lastSent(FAVOURITE)!.text).toContain("شما به‌عنوان دبیر");

    expect(await vote(MEMBERS[5]!, electionId, MEMBERS[1]!)).toEqual({ kind: "closed" });
    expect(await close(CHAIR, electionId)).toEqual({ kind: "already_closed" });
    expect(await open(CHAIR)).toMatchObject({ kind: "has_secretary", name: "دبیر کارگروه" });
  });

  it("B7 without the majority of ALL voting members nobody is elected, and the result says so", async () => {
    const electionId = await opened();
    for (const voter of [CHAIR, SECRETARY, MEMBERS[0]!, MEMBERS[2]!]) await vote(voter, electionId, FAVOURITE);
    await vote(MEMBERS[3]!, electionId, MEMBERS[1]!);
    const closed = await close(CHAIR, electionId);
    expect(closed).toMatchObject({ kind: "closed", result: { winner: null, threshold: 5, votingSeats: 9 } });
    expect((await seatsWithHolders(h.database.db, [committeeId])).some((s) => s.role === "secretary")).toBe(false);
    await h.deliver();
    const text = h.emulator.lastSent(COMMITTEE_CHAT)!.text!;
    expect(text).toContain("• دبیر کارگروه (رئیس اداره میراث فرهنگی): ۴ رأی");
    expect(text).toContain("هیچ نامزدی رأی لازم را به دست نیاورد");
    expect(h.emulator.sent(SECRETARIAT_CHAT)).toEqual([]);
    expect(await open(CHAIR)).toMatchObject({ kind: "opened" });
  });

  it("B3 under the strict reading 5 of 9 is not enough", async () => {
    await setUp({ strict: true });
    const electionId = await opened();
    for (const voter of [CHAIR, SECRETARY, MEMBERS[0]!, MEMBERS[2]!, MEMBERS[3]!]) await vote(voter, electionId, FAVOURITE);
    expect(await close(CHAIR, electionId)).toMatchObject({ kind: "closed", result: { winner: null, threshold: 6, majority: "strict" } });
  });

  it("B2 a member whose order has ended may not vote and is outside N", async () => {
    await setUp({ expiredMember: MEMBERS[6]! });
    const result = await open(CHAIR);
    expect(result).toMatchObject({ kind: "opened", view: { votingSeats: 8, threshold: 5 } });
    if (result.kind !== "opened") return;
    expect(await vote(MEMBERS[6]!, result.view.electionId, FAVOURITE)).toMatchObject({ kind: "out_of_term", termEnd: "2025-03-21" });
  });

  it("without a group chat the ballot and the result go to each voting member privately", async () => {
    await setUp({ chat: false });
    const result = await open(CHAIR);
    expect(result).toMatchObject({ kind: "opened", sharedTo: "members" });
    await h.deliver();
    // Eight voting members besides the chair; not the activist without a vote.
    expect(h.emulator.sent().filter((m) => JSON.stringify(m.reply_markup).includes("elv:")).map((m) => m.chat_id).sort()).toEqual([SECRETARY, ...MEMBERS].sort());
    expect(h.emulator.lastSent(MEMBERS[0]!)!.text).toContain("Election of the secretary");
    h.emulator.clearCalls();
    if (result.kind !== "opened") return;
    await close(CHAIR, result.view.electionId);
    await h.deliver();
    expect(h.emulator.sent(CHAIR)).toEqual([]);
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
  const FAVOURITE_SEAT = "رئیس اداره میراث فرهنگی";
  const reimport = (roster: unknown) => importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);

  /** The group elects the favourite (6 of 9); the roster file it was imported from still says "member" for that seat. */
  beforeEach(async () => {
    ({ committeeId } = await seatedCommittee(h, firstMeetingRoster()));
    const opened = await openElection(h.services, await person(CHAIR), { committeeId: null, inGroupChat: false });
    if (opened.kind !== "opened") throw new Error(opened.kind);
    const favourite = (await seats()).find((s) => s.title === FAVOURITE_SEAT)!.id;
    for (const voter of [CHAIR, SECRETARY, ...MEMBERS.slice(0, 4)]) await castBallot(h.services, await person(voter), opened.view.electionId, favourite);
    expect(await closeElection(h.services, await person(CHAIR), { electionId: opened.view.electionId }, CHAIR)).toMatchObject({ result: { winner: { seatTitle: FAVOURITE_SEAT } } });
    h.clock.set(new Date(h.clock.now().getTime() + 86_400_000));
  });

  it("B7 re-importing a file from before the election keeps the elected secretary, and the clerk is told why", async () => {
    const report = await reimport(firstMeetingRoster());
    expect(await secretarySeats()).toEqual([FAVOURITE_SEAT]);
    expect(report.changes).toEqual([]);
    expect(report.notices).toMatchObject([{ kind: "elected_role_kept", seat: FAVOURITE_SEAT, role: "secretary", committee: { key: "physical" } }]);
    const fa = importNoticeText(h.services.t, "fa", report.notices[0]!);
    expect(fa).toContain("نقش دبیر صندلی «رئیس اداره میراث فرهنگی» در کارگروه ساماندهی کالبدی");
    expect(fa).toContain("حفظ شد: اعضا در چهارشنبه ۱۱ آذر ۱۴۰۵ دارنده این صندلی را به دبیری انتخاب کرده‌اند (بند ۷ آیین‌نامه)");
    expect(importNoticeText(h.services.t, "en", report.notices[0]!)).toContain("was kept: the members elected its holder secretary on Wednesday 2 December 2026");
    // Again: still nothing changes, and the clerk is told again.
    const again = await reimport(firstMeetingRoster());
    expect(again.changes).toEqual([]);
    expect(again.notices).toHaveLength(1);
    expect(await secretarySeats()).toEqual([FAVOURITE_SEAT]);
  });

  it("B7 a file that names another seat as secretary changes it, and says the elected one became a member", async () => {
    const roster = firstMeetingRoster();
    roster.committees[1]!.members![2]!.role = "secretary";
    const report = await reimport(roster);
    expect(await secretarySeats()).toEqual(["عضو ۱"]);
    expect((await seats()).find((s) => s.title === FAVOURITE_SEAT)).toMatchObject({ role: "member", roleElectedAt: null });
    expect(report.notices).toMatchObject([{ kind: "elected_role_replaced", seat: FAVOURITE_SEAT, role: "member" }]);
    expect(importNoticeText(h.services.t, "fa", report.notices[0]!)).toContain("نقش صندلی «رئیس اداره میراث فرهنگی» در کارگروه ساماندهی کالبدی");
    expect(importNoticeText(h.services.t, "fa", report.notices[0]!)).toContain("طبق فایل «عضو» شد");
    expect(report.changes.filter((c) => c.action === "seat.updated").map((c) => c.details)).toEqual([{ fields: ["role", "roleElectedAt"] }, { fields: ["role"] }]);
    // The old file again: the role now comes from the roster, so the file is followed silently.
    const back = await reimport(firstMeetingRoster());
    expect(await secretarySeats()).toEqual([]);
    expect(back.notices).toEqual([]);
  });

  it("B7 a file that seats someone else in the elected seat replaces the holder and the elected role", async () => {
    const roster = firstMeetingRoster();
    Object.assign(roster.committees[1]!.members![1]!, { telegram_id: 7002, name: "نماینده تازه" });
    const report = await reimport(roster);
    expect(await secretarySeats()).toEqual([]);
    expect(report.notices).toMatchObject([{ kind: "elected_role_replaced", seat: FAVOURITE_SEAT, role: "member" }]);
  });

  it("B7 export writes the elected role, and importing the export changes nothing", async () => {
    const exported = await exportRoster(h.database.db, "sample-county");
    const members = (exported.committees as { key: string; members: { seat: string; role: string }[] }[]).find((c) => c.key === "physical")!.members;
    expect(members.find((m) => m.seat === FAVOURITE_SEAT)!.role).toBe("secretary");
    const report = await reimport(exported);
    expect(report).toMatchObject({ changes: [], notices: [] });
    expect((await seats()).find((s) => s.title === FAVOURITE_SEAT)!.roleElectedAt).not.toBeNull();
    // And the pre-election file after that round trip is still answered with the notice.
    expect((await reimport(firstMeetingRoster())).notices).toHaveLength(1);
  });
});
