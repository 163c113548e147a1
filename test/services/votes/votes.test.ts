import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { findPersonByTelegramId, insertPerson } from "../../../src/db/queries/people.ts";
import {
  appointments,
  auditLog,
  ballots,
  committees,
  delegations,
  guests,
  invitations,
  outbox,
  resolutions,
  secretTallies,
  votes,
} from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import type { MajorityReading } from "../../../src/domain/rules.ts";
import type { Choice } from "../../../src/domain/session.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { checkIn, endMeeting, loadSession, markPresence, startMeeting } from "../../../src/services/session/session.ts";
import { factsForMinutes } from "../../../src/services/minutes/record.ts";
import { renderMinutes } from "../../../src/services/minutes/render.ts";
import { voteResultText, voteText } from "../../../src/services/session/session-text.ts";
import { attachVoteMessage, castBallot, closeVote, loadVote, openVote } from "../../../src/services/votes/votes.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { rosterInput, validRoster } from "../../helpers/rosters.ts";
import { translate } from "../../helpers/services.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const CHAIR = 1001;
const SECRETARY = 1002;
const NON_VOTING = 3001;
const GUEST = 7001;
const STRANGER = 9999;

function roster(n: number, options: { majority?: MajorityReading; hqKey?: string; base?: number } = {}) {
  const base = options.base ?? 0;
  const input = rosterInput({ hqKey: options.hqKey, base, staffId: 1000 + base });
  const committee = input.committees[1]! as (typeof input.committees)[1] & { rules?: Record<string, unknown> };
  committee.members = [
    { seat: "فرماندار", role: "chair", telegram_id: CHAIR + base, name: "رئیس کارگروه" },
    { seat: "رئیس اداره میراث فرهنگی", role: "secretary", telegram_id: SECRETARY + base, name: "دبیر کارگروه" },
    ...Array.from({ length: n - 2 }, (_, i) => ({
      seat: `عضو ${i + 1}`,
      telegram_id: 1003 + base + i,
      name: `عضو شماره ${i + 1}`,
    })),
    { seat: "فعال میراث فرهنگی", voting: false, telegram_id: NON_VOTING + base, name: "فعال میراث" },
  ];
  if (options.majority) committee.rules = { majority: options.majority };
  return input;
}

const holders = (n: number, base = 0) => [
  CHAIR + base,
  SECRETARY + base,
  ...Array.from({ length: n - 2 }, (_, i) => 1003 + base + i),
];

describe("in session: votes (bylaw B3)", () => {
  let h: BotHarness;
  let meetingId: number;
  let committeeId: number;
  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;
  const actor = async (telegramId: number) => ({
    personId: (await findPersonByTelegramId(h.database.db, telegramId))?.id ?? null,
    telegramId,
  });

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  /** A started meeting of a working group of `n` voting seats with `present` of them checked in. */
  async function setup(n: number, present: number, options: { majority?: MajorityReading } = {}) {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(roster(n, options)), SYSTEM_ACTOR);
    committeeId = (await h.database.db.select().from(committees).where(eq(committees.key, "physical")))[0]!.id;
    const convened = await conveneMeeting(h.services, await person(SECRETARY), {
      committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بررسی طرح", "بودجه ۱۴۰۶"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    meetingId = convened.meetingId;
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    await startMeeting(h.services, await person(SECRETARY), { committeeId });
    for (const id of holders(n).slice(0, present)) await checkIn(h.services, await person(id), meetingId);
  }

  async function open(question = "تصویب طرح بهسازی", secret = false): Promise<number> {
    const opened = await openVote(h.services, await person(SECRETARY), { committeeId, question, secret });
    if (opened.kind !== "opened") throw new Error(opened.kind);
    return opened.vote.voteId;
  }

  const cast = async (telegramId: number, voteId: number, choice: Choice) =>
    castBallot(h.services, await actor(telegramId), voteId, choice);

  async function seatOf(telegramId: number): Promise<number> {
    const [row] = await h.database.db
      .select({ seatId: invitations.seatId })
      .from(invitations)
      .where(and(eq(invitations.meetingId, meetingId), eq(invitations.personId, await person(telegramId))));
    return row!.seatId;
  }

  async function delegate(principal: number, delegateTelegramId: number): Promise<void> {
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
  }

  /** Every table but the audit log (and its chain head), which records refused attempts. */
  async function countsBesidesAudit() {
    const { audit_log: _audit, audit_chain_heads: _heads, ...rest } = await h.database.rowCounts();
    return rest;
  }

  describe.each([
    ["absolute", 5, 3],
    ["absolute", 9, 5],
    ["absolute", 12, 7],
    ["absolute", 16, 9],
    ["absolute", 17, 9],
    ["strict", 5, 4],
    ["strict", 9, 6],
    ["strict", 12, 7],
    ["strict", 16, 9],
    ["strict", 17, 10],
  ] as const)("B3 threshold, %s reading, N = %i: %i yes votes of all members", (majority, n, threshold) => {
    it(`B3 ${threshold} yes passes, ${threshold - 1} yes fails, with everyone present`, async () => {
      await setup(n, n, { majority });
      const voters = holders(n);
      const passing = await open("پرسش یکم");
      for (const id of voters.slice(0, threshold)) await cast(id, passing, "yes");
      for (const id of voters.slice(threshold)) await cast(id, passing, "abstain");
      const passed = await closeVote(h.services, await person(CHAIR), { voteId: passing });
      expect(passed).toMatchObject({
        kind: "closed",
        outcome: { yes: threshold, votingSeats: n, threshold, majority, passed: true },
      });

      const failing = await open("پرسش دوم");
      for (const id of voters.slice(0, threshold - 1)) await cast(id, failing, "yes");
      const failed = await closeVote(h.services, await person(SECRETARY), { committeeId });
      expect(failed).toMatchObject({
        kind: "closed",
        outcome: { yes: threshold - 1, no: 0, threshold, passed: false },
      });
      const rows = await h.database.db.select().from(resolutions).where(eq(resolutions.meetingId, meetingId));
      expect(rows.map((r) => [r.text, r.passed])).toEqual([
        ["پرسش یکم", true],
        ["پرسش دوم", false],
      ]);
    });
  });

  it("B3 9 seats: 5 yes / 0 no passes; 4 yes / 0 no fails though only 6 are present", async () => {
    await setup(9, 6);
    const first = await open("طرح یکم");
    for (const id of holders(9).slice(0, 5)) await cast(id, first, "yes");
    const passed = await closeVote(h.services, await person(SECRETARY), { voteId: first });
    expect(passed).toMatchObject({
      kind: "closed",
      outcome: { yes: 5, no: 0, abstain: 0, votingSeats: 9, threshold: 5, passed: true },
    });

    const second = await open("طرح دوم");
    for (const id of holders(9).slice(0, 4)) await cast(id, second, "yes");
    const failed = await closeVote(h.services, await person(SECRETARY), { voteId: second });
    if (failed.kind !== "closed") throw new Error(failed.kind);
    expect(failed.outcome).toMatchObject({ yes: 4, no: 0, votingSeats: 9, threshold: 5, passed: false });
    const [frozen] = await h.database.db.select().from(votes).where(eq(votes.id, second));
    expect(frozen).toMatchObject({
      status: "closed",
      closedByPersonId: await person(SECRETARY),
      result: { yes: 4, no: 0, abstain: 0, votingSeats: 9, threshold: 5, majority: "absolute", passed: false },
    });
    const text = voteResultText(translate, "fa", failed.vote, failed.outcome);
    expect(text).toContain("موافق: ۴، مخالف: ۰، ممتنع: ۰");
    expect(text).toContain("۵ رأی موافق از ۹ عضو دارای حق رأی، طبق نصف به‌علاوه یک کل اعضا (بند ۳)");
    expect(text).toContain("❌ تصویب نشد.");
    expect(
      voteResultText(
        translate,
        "en",
        passed.kind === "closed" ? passed.vote : failed.vote,
        passed.kind === "closed" ? passed.outcome : failed.outcome,
      ),
    ).toContain("Needed to pass: 5 yes votes of 9 voting members, by half plus one of all members (bylaw rule 3).");
    // The result goes to the group chat through the outbox.
    const results = await h.database.db.select().from(outbox).where(eq(outbox.purpose, "vote_result"));
    expect(results.map((r) => r.chatId)).toEqual([-1001000000002, -1001000000002]);
  });

  it("B3 a vote is refused while the session is not quorate, citing the count, and nothing is created", async () => {
    await setup(9, 5);
    const before = await h.database.rowCounts();
    const refused = await openVote(h.services, await person(SECRETARY), {
      committeeId,
      question: "طرح",
      secret: false,
    });
    expect(refused).toMatchObject({
      kind: "not_quorate",
      summary: { presentVoting: 5, votingSeats: 9, quorumRequired: 6 },
    });
    expect(await openVote(h.services, await person(1003), { committeeId, question: "طرح", secret: false })).toEqual({
      kind: "not_officer",
    });
    expect(await h.database.rowCounts()).toEqual(before);
    await markPresence(h.services, await person(SECRETARY), meetingId, await seatOf(1008));
    expect(
      (await openVote(h.services, await person(CHAIR), { committeeId: null, question: "طرح", secret: false })).kind,
    ).toBe("opened");
  });

  it("B3 a vote on an agenda item by its position; one vote at a time; unknown items are refused", async () => {
    await setup(9, 6);
    const secretary = await person(SECRETARY);
    expect(
      await openVote(h.services, secretary, { committeeId, question: "", secret: false, agendaPosition: 7 }),
    ).toEqual({
      kind: "unknown_agenda_item",
      position: 7,
    });
    const opened = await openVote(h.services, secretary, {
      committeeId,
      question: "",
      secret: false,
      agendaPosition: 2,
    });
    expect(opened).toMatchObject({ kind: "opened", vote: { question: "بودجه ۱۴۰۶", agendaPosition: 2 } });
    expect(await openVote(h.services, secretary, { committeeId, question: "دیگر", secret: false })).toEqual({
      kind: "vote_already_open",
      question: "بودجه ۱۴۰۶",
    });
  });

  it("B1: a principal cannot vote while their delegate stands; the delegate votes for the seat, once, after checking in", async () => {
    await setup(9, 6);
    await delegate(1009, 5001);
    const voteId = await open();
    const before = await countsBesidesAudit();
    expect(await cast(1009, voteId, "yes")).toEqual({ kind: "refused", reason: "delegated" });
    expect(await cast(5001, voteId, "no")).toEqual({ kind: "refused", reason: "not_present", meetingId });
    expect(await countsBesidesAudit()).toEqual(before);
    // Newest first.
    expect(await listAudit(h.database.db, { action: "vote.ballot_refused" })).toMatchObject([
      { actorPersonId: await person(5001), details: { reason: "not_present" } },
      { actorPersonId: await person(1009), details: { reason: "delegated" } },
    ]);
    expect(await checkIn(h.services, await person(5001), meetingId)).toMatchObject({
      kind: "checked_in",
      as: "delegate",
    });
    expect(await cast(5001, voteId, "no")).toEqual({ kind: "recorded", choice: "no", secret: false, change: "new" });
    const [ballot] = await h.database.db.select().from(ballots);
    expect(ballot).toMatchObject({
      seatId: await seatOf(1009),
      choice: "no",
      castByPersonId: (await findPersonByTelegramId(h.database.db, 5001))!.id,
    });
  });

  it("B3 a guest, a non-voting member, a stranger, a forged id and a closed vote change nothing; each attempt is audited", async () => {
    await setup(9, 6);
    const guestPerson = await insertPerson(h.database.db, { telegramId: GUEST, name: "مهمان" });
    const [hq] = await h.database.db
      .select({ hqId: committees.hqId })
      .from(committees)
      .where(eq(committees.id, committeeId));
    await h.database.db.insert(guests).values({
      hqId: hq!.hqId,
      approvingHqId: hq!.hqId,
      meetingId,
      agency: "اداره آموزش و پرورش",
      reason: "بند ۱",
      requestedByPersonId: await person(SECRETARY),
      status: "approved",
      guestPersonId: guestPerson.id,
    });
    await insertPerson(h.database.db, { telegramId: STRANGER, name: "ناشناس" });
    const voteId = await open();
    const before = await countsBesidesAudit();
    const auditBefore = (await h.database.rowCounts()).audit_log!;
    expect(await cast(GUEST, voteId, "yes")).toEqual({ kind: "refused", reason: "guest" });
    expect(await cast(NON_VOTING, voteId, "yes")).toEqual({ kind: "refused", reason: "non_voting" });
    expect(await cast(STRANGER, voteId, "yes")).toEqual({ kind: "refused", reason: "not_member" });
    expect(await castBallot(h.services, { personId: null, telegramId: 4242 }, voteId, "yes")).toEqual({
      kind: "refused",
      reason: "not_member",
    });
    expect(await cast(1003, 987654, "yes")).toEqual({ kind: "refused", reason: "unknown_vote" });
    expect(await countsBesidesAudit()).toEqual(before);
    expect((await h.database.rowCounts()).audit_log).toBe(auditBefore + 5);
    const refusals = await h.database.db.select().from(auditLog).where(eq(auditLog.action, "vote.ballot_refused"));
    expect(refusals.find((r) => r.actorTelegramId === 4242)).toMatchObject({
      actorPersonId: null,
      subjectId: String(voteId),
    });

    await closeVote(h.services, await person(SECRETARY), { voteId });
    const closedBefore = await countsBesidesAudit();
    expect(await cast(1003, voteId, "yes")).toEqual({ kind: "refused", reason: "closed" });
    expect(await closeVote(h.services, await person(SECRETARY), { voteId })).toEqual({ kind: "already_closed" });
    expect(await closeVote(h.services, await person(1003), { voteId })).toEqual({ kind: "not_officer" });
    expect(await countsBesidesAudit()).toEqual(closedBefore);
  });

  it("B3 a vote of another meeting: a member of one HQ's group pressing another's vote changes nothing", async () => {
    await setup(9, 6);
    const voteHere = await open();
    await importRoster(h.services, validRoster(roster(9, { hqKey: "other-county", base: 500 })), SYSTEM_ACTOR);
    const outsider = await actor(1503);
    expect(outsider.personId).not.toBeNull();
    const before = await countsBesidesAudit();
    expect(await castBallot(h.services, outsider, voteHere, "yes")).toEqual({ kind: "refused", reason: "not_member" });
    expect(await countsBesidesAudit()).toEqual(before);
  });

  it("B3 two presses by one seat: the same choice changes nothing, another choice replaces it until the vote closes", async () => {
    await setup(9, 6);
    const voteId = await open();
    await attachVoteMessage(h.services, voteId, -1001000000002, 55, "sent");
    expect(await cast(1003, voteId, "yes")).toMatchObject({ change: "new" });
    const before = await h.database.rowCounts();
    expect(await cast(1003, voteId, "yes")).toEqual({ kind: "recorded", choice: "yes", secret: false, change: "same" });
    expect(await h.database.rowCounts()).toEqual(before);
    expect(await cast(1003, voteId, "no")).toMatchObject({ change: "changed" });
    const vote = (await loadVote(h.database.db, voteId))!;
    expect(vote.tally).toEqual({ yes: 0, no: 1, abstain: 0 });
    expect(await h.database.db.select().from(ballots)).toHaveLength(1);
    // The live message's edits coalesce into one pending row.
    const edits = await h.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `vote:${voteId}`));
    expect(edits).toHaveLength(1);
    expect((edits[0]!.payload as { text: string }).text).toContain("موافق: ۰، مخالف: ۱، ممتنع: ۰");
    expect((edits[0]!.payload as { text: string }).text).toContain("❌ مخالف: عضو 1");
  });

  it("B3 a secret vote: the ballots table never ties a seat to a choice; counts live in secret_tallies; a ballot is final", async () => {
    await setup(9, 9);
    const voteId = await open("انتخاب پیمانکار", true);
    const choices: Choice[] = ["yes", "yes", "no", "abstain", "yes", "no", "yes"];
    for (const [i, id] of holders(9).slice(0, choices.length).entries()) {
      expect(await cast(id, voteId, choices[i]!)).toMatchObject({ kind: "recorded", secret: true, change: "new" });
    }
    const rows = await h.database.db.select().from(ballots).where(eq(ballots.voteId, voteId));
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.choice === null)).toBe(true);
    expect(await h.database.db.select().from(secretTallies)).toEqual([{ voteId, yes: 4, no: 2, abstain: 1 }]);
    const audit = await h.database.db.select().from(auditLog).where(eq(auditLog.action, "vote.ballot_cast"));
    expect(audit).toHaveLength(7);
    expect(audit.every((a) => !("choice" in a.details))).toBe(true);
    const before = await countsBesidesAudit();
    expect(await cast(1003, voteId, "no")).toEqual({ kind: "refused", reason: "secret_final" });
    expect(await countsBesidesAudit()).toEqual(before);
    const vote = (await loadVote(h.database.db, voteId))!;
    expect(vote.voted.every((v) => v.choice === null)).toBe(true);
    expect(vote.voted).toHaveLength(7);
    const closed = await closeVote(h.services, await person(CHAIR), { voteId });
    expect(closed).toMatchObject({
      kind: "closed",
      outcome: { yes: 4, no: 2, abstain: 1, threshold: 5, passed: false },
    });
  });

  it("B3 the tally a press queues is the vote as a fresh read shows it: on an agenda item, a delegate voting, open and secret", async () => {
    await setup(9, 6);
    await delegate(1009, 5003);
    await checkIn(h.services, await person(5003), meetingId);
    for (const secret of [false, true]) {
      const opened = await openVote(h.services, await person(SECRETARY), {
        committeeId,
        question: "",
        agendaPosition: 2,
        secret,
      });
      if (opened.kind !== "opened") throw new Error(opened.kind);
      const voteId = opened.vote.voteId;
      await attachVoteMessage(h.services, voteId, -1001000000002, 500 + voteId, "");
      // Out of seat order, a delegate among them, and (in the open vote) a change of mind.
      const presses: [number, Choice][] = [
        [1005, "no"],
        [5003, "yes"],
        [CHAIR, "yes"],
        [1003, "abstain"],
        ...(secret ? [] : ([[1005, "yes"]] as [number, Choice][])),
      ];
      for (const [telegramId, choice] of presses) {
        expect((await cast(telegramId, voteId, choice)).kind).toBe("recorded");
        const [queued] = await h.database.db
          .select()
          .from(outbox)
          .where(and(eq(outbox.dedupeKey, `vote:${voteId}`), eq(outbox.status, "pending")));
        const fresh = (await loadVote(h.database.db, voteId))!;
        expect((queued!.payload as { text: string }).text).toBe(voteText(h.services.t, fresh.record.hq.locale, fresh));
      }
      const fresh = (await loadVote(h.database.db, voteId))!;
      expect(fresh).toMatchObject({ agendaPosition: 2, votingSeats: 9, voted: [{}, {}, {}, {}] });
      expect(fresh.tally).toEqual(secret ? { yes: 2, no: 1, abstain: 1 } : { yes: 3, no: 0, abstain: 1 });
      expect((await closeVote(h.services, await person(SECRETARY), { voteId })).kind).toBe("closed");
    }
  });

  it("B3 accepted delegates get the ballot privately, in their language; the result reaches them too", async () => {
    await setup(9, 6);
    await delegate(1009, 5001);
    const voteId = await open();
    const copies = await h.database.db.select().from(outbox).where(eq(outbox.purpose, "vote_ballot"));
    expect(copies.map((c) => c.chatId)).toEqual([5001]);
    const keyboard = (
      copies[0]!.payload as { replyMarkup: { inline_keyboard: { callback_data: string }[][] } }
    ).replyMarkup.inline_keyboard.flat();
    expect(keyboard.map((b) => b.callback_data)).toEqual([`v:${voteId}:y`, `v:${voteId}:n`, `v:${voteId}:a`]);
    await closeVote(h.services, await person(SECRETARY), { voteId });
    const results = await h.database.db.select().from(outbox).where(eq(outbox.purpose, "vote_result"));
    expect(results.map((r) => r.chatId).sort()).toEqual([-1001000000002, 5001].sort());
  });

  // ─── Who is in the room (B1, B2, B3) ──────────────────────────────────────────────────────────

  /** The secretary's roll button: toggles the seat of `telegramId` present or absent. */
  const toggle = async (telegramId: number) =>
    markPresence(h.services, await person(SECRETARY), meetingId, await seatOf(telegramId));

  it("B3: a ballot counts only from a seat present at that moment; after I'm present the next press counts", async () => {
    await setup(9, 6);
    const voteId = await open();
    const before = await countsBesidesAudit();
    expect(await cast(1008, voteId, "yes")).toEqual({ kind: "refused", reason: "not_present", meetingId });
    expect(await countsBesidesAudit()).toEqual(before);
    expect(await h.database.db.select().from(ballots)).toHaveLength(0);
    expect(await listAudit(h.database.db, { action: "vote.ballot_refused" })).toMatchObject([
      { actorPersonId: await person(1008), details: { reason: "not_present" } },
    ]);
    expect(await checkIn(h.services, await person(1008), meetingId)).toMatchObject({
      kind: "checked_in",
      as: "member",
      changed: true,
    });
    expect(await cast(1008, voteId, "yes")).toMatchObject({ kind: "recorded", change: "new" });
    expect((await loadVote(h.database.db, voteId))!.tally).toEqual({ yes: 1, no: 0, abstain: 0 });
  });

  it("B3: a seat marked present by the secretary votes like one that checked in", async () => {
    await setup(9, 6);
    const voteId = await open();
    expect(await toggle(1009)).toMatchObject({ kind: "marked", present: true });
    expect(await cast(1009, voteId, "no")).toMatchObject({ kind: "recorded", choice: "no" });
  });

  it("B2: a member whose appointment ended can neither check in, be marked present nor vote, and the seat stays in N", async () => {
    await setup(9, 6);
    await h.database.db
      .update(appointments)
      .set({ termEnd: "2026-11-30" })
      .where(eq(appointments.personId, await person(1009)));
    const voteId = await open();
    const before = await countsBesidesAudit();
    expect(await checkIn(h.services, await person(1009), meetingId)).toMatchObject({ kind: "term_ended" });
    expect(await toggle(1009)).toEqual({ kind: "term_ended" });
    expect(await cast(1009, voteId, "yes")).toEqual({ kind: "refused", reason: "term_ended" });
    expect(await countsBesidesAudit()).toEqual(before);
    const session = (await loadSession(h.database.db, meetingId))!;
    expect(session.summary).toMatchObject({
      votingSeats: 9,
      filledSeats: 8,
      presentVoting: 6,
      quorumRequired: 6,
      yesRequired: 5,
      quorate: true,
    });
    expect((await loadVote(h.database.db, voteId))!).toMatchObject({ votingSeats: 9, threshold: 5 });
  });

  it("B2: a seat whose order ended before the roll was taken does not count present even if an old row says so", async () => {
    await setup(9, 7);
    await h.database.db
      .update(appointments)
      .set({ termEnd: "2026-11-30" })
      .where(eq(appointments.personId, await person(1007)));
    const session = (await loadSession(h.database.db, meetingId))!;
    expect(session.summary).toMatchObject({ votingSeats: 9, filledSeats: 8, presentVoting: 6 });
    const voteId = await open();
    expect(await cast(1007, voteId, "yes")).toEqual({ kind: "refused", reason: "term_ended" });
  });

  it("B3: a vote closed without quorum records no decision: no pass, no fail, no resolution, and the group is told", async () => {
    await setup(9, 6);
    const voteId = await open();
    for (const id of holders(9).slice(0, 6)) await cast(id, voteId, "yes");
    await toggle(1006);
    const closed = await closeVote(h.services, await person(SECRETARY), { voteId });
    expect(closed).toMatchObject({
      kind: "closed",
      resolutionId: null,
      outcome: {
        yes: 6,
        votingSeats: 9,
        threshold: 5,
        presentVoting: 5,
        quorumRequired: 6,
        decision: "no_quorum",
        passed: false,
      },
    });
    expect(await h.database.db.select().from(resolutions).where(eq(resolutions.meetingId, meetingId))).toEqual([]);
    const [frozen] = await h.database.db.select().from(votes).where(eq(votes.id, voteId));
    expect(frozen!.result).toMatchObject({ decision: "no_quorum", presentVoting: 5, quorumRequired: 6, passed: false });
    const [posted] = await h.database.db.select().from(outbox).where(eq(outbox.purpose, "vote_result"));
    const text = (posted!.payload as { text: string }).text;
    expect(text).toContain("بدون تصمیم");
    expect(text).toContain("۵ از ۹");
    expect(text).not.toContain("تصویب نشد");
    if (closed.kind !== "closed") throw new Error(closed.kind);
    expect(voteResultText(translate, "en", closed.vote, closed.outcome)).toContain(
      "No decision: the quorum was lost before the vote was closed (bylaw rule 3).",
    );
  });

  it("B3: a seat that voted and then left keeps its ballot; the quorum is measured again at closing", async () => {
    await setup(9, 7);
    const voteId = await open();
    for (const id of holders(9).slice(0, 5)) await cast(id, voteId, "yes");
    await toggle(1005);
    expect(await cast(1005, voteId, "no")).toEqual({ kind: "refused", reason: "not_present", meetingId });
    const closed = await closeVote(h.services, await person(SECRETARY), { voteId });
    expect(closed).toMatchObject({
      kind: "closed",
      outcome: { yes: 5, presentVoting: 6, decision: "passed", passed: true },
    });
  });

  it("B1: a member who comes although their delegate was accepted takes the seat back; the delegate is told; their ballot stays the seat's", async () => {
    await setup(9, 6);
    await delegate(1009, 5001);
    await checkIn(h.services, await person(5001), meetingId);
    const voteId = await open();
    expect(await cast(5001, voteId, "yes")).toMatchObject({ kind: "recorded" });
    expect(await checkIn(h.services, await person(1009), meetingId)).toEqual({
      kind: "took_back",
      seatTitle: "عضو 7",
      delegateName: "نماینده 5001",
    });
    const [delegation] = await h.database.db.select().from(delegations).where(eq(delegations.meetingId, meetingId));
    expect(delegation).toMatchObject({ status: "superseded" });
    expect(delegation!.endedAt).not.toBeNull();
    const told = await h.database.db.select().from(outbox).where(eq(outbox.purpose, "delegation_superseded"));
    expect(told.map((m) => m.chatId)).toEqual([5001]);
    expect(await listAudit(h.database.db, { action: "delegation.superseded" })).toHaveLength(1);
    expect(await cast(5001, voteId, "no")).toEqual({ kind: "refused", reason: "not_member" });
    expect(await cast(1009, voteId, "no")).toMatchObject({ kind: "recorded", change: "changed" });
    expect(await h.database.db.select().from(ballots)).toMatchObject([
      { seatId: await seatOf(1009), choice: "no", castByPersonId: await person(1009) },
    ]);
    const session = (await loadSession(h.database.db, meetingId))!;
    expect(session.summary).toMatchObject({ presentVoting: 7, presentByDelegate: 0 });
  });

  it("B3: the minutes' quorum line, attendance and vote counts agree — a seat that voted and left is listed as having left", async () => {
    await setup(9, 7);
    await delegate(1009, 5001);
    await checkIn(h.services, await person(5001), meetingId);
    await checkIn(h.services, await person(1009), meetingId);
    const first = await open("طرح یکم");
    for (const id of holders(9).slice(0, 6)) await cast(id, first, "yes");
    await closeVote(h.services, await person(SECRETARY), { voteId: first });
    // Seat 7 (1007) voted on the first question and left; then two more left and the quorum was lost.
    const second = await open("طرح دوم");
    for (const id of holders(9).slice(0, 6)) await cast(id, second, "yes");
    await toggle(1007);
    await toggle(1006);
    await toggle(1005);
    await closeVote(h.services, await person(SECRETARY), { voteId: second });
    expect((await endMeeting(h.services, await person(SECRETARY), committeeId)).kind).toBe("ended");

    const facts = (await factsForMinutes(h.database.db, meetingId))!;
    expect(facts.quorum).toMatchObject({ votingSeats: 9, presentVoting: 8, quorumRequired: 6, quorate: true });
    expect(facts.absent.filter((a) => a.voting).map((a) => a.seatTitle)).toEqual(["عضو 6"]);
    expect(facts.present.filter((p) => p.left).map((p) => p.seatTitle)).toEqual(["عضو 3", "عضو 4", "عضو 5"]);
    expect(facts.present.find((p) => p.seatTitle === "عضو 7")).toMatchObject({
      left: false,
      tookBackFrom: { delegate: "نماینده 5001" },
    });
    expect(facts.votes.map((v) => [v.question, v.yes, v.decision, v.presentVoting])).toEqual([
      ["طرح یکم", 6, "passed", 8],
      ["طرح دوم", 6, "no_quorum", 5],
    ]);
    // Every counted ballot came from a seat the minutes list as present.
    const counted = await h.database.db.select({ seatId: ballots.seatId }).from(ballots);
    const presentSeats = new Set(facts.present.map((p) => p.seatTitle));
    const seatTitles = (await loadSession(h.database.db, meetingId))!.seats;
    for (const { seatId } of counted)
      expect(presentSeats.has(seatTitles.find((s) => s.seatId === seatId)!.seatTitle)).toBe(true);

    const text = renderMinutes(translate, facts, { itemNotes: {}, freeText: "" }, null);
    expect(text).toContain("جلسه رسمیت یافت");
    expect(text).toContain("پیش از پایان جلسه رفت");
    expect(text).toContain("بازپس گرفت");
    expect(text).toContain("تصویب شد");
    expect(text).toContain("بدون تصمیم");
    const english = renderMinutes(translate, { ...facts, hqLocale: "en" }, { itemNotes: {}, freeText: "" }, null);
    expect(english).toContain("no decision: the quorum was lost before the vote was closed (5 present, quorum 6)");
  });
});
