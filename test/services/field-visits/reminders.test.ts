import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { scheduleJob } from "../../../src/db/queries/jobs.ts";
import { fieldVisits, jobs } from "../../../src/db/schema.ts";
import { cancelFieldVisit } from "../../../src/services/field-visits/cancel.ts";
import { planVisitReminders, remindFieldVisit } from "../../../src/services/field-visits/reminders.ts";
import { acceptProposedVisitDate, proposeOtherVisitDate } from "../../../src/services/field-visits/field-visits.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { visitFixtures } from "../../helpers/field-visit-fixtures.ts";
import { type FollowThroughWorld, followThroughWorld, STAFF } from "../../helpers/follow-through-setup.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const ZONE = "Asia/Tehran";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Wednesday 25 Azar 1405, 10:00 Tehran. */
const VISIT = zonedInstant(fromJalali(1405, 9, 25), { hour: 10, minute: 0 }, ZONE);
const EVERYONE = [CHAIR, SECRETARY, ...MEMBERS];

const isDayBefore = (text = "") => text.includes("فردا بازدید میدانی") || text.includes("field visit is tomorrow");
const isStarting = (text = "") =>
  text.includes("بازدید میدانی کارگروه تا دو ساعت دیگر") || text.includes("field visit starts in two hours");

describe("field visit reminders (bylaw B15)", () => {
  let h: BotHarness;
  let w: FollowThroughWorld;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    // Built at the test's time: orders named without a start begin on the day they are imported (B2).
    h.clock.set(START);
    w = await followThroughWorld(h);
    h.emulator.clearCalls();
  });

  const { requested, approved } = visitFixtures(() => ({ h, w }));
  const visitJobs = async (id: number) =>
    (
      await h.database.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.kind, "visit_reminder"), like(jobs.dedupeKey, `visit:${id}:%`)))
    ).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  /** Runs the jobs due at `at`, delivers, and returns who got which reminder. */
  const runAt = async (at: Date) => {
    h.emulator.clearCalls();
    h.clock.set(at);
    const run = await h.runJobs();
    await h.deliver();
    const sent = h.emulator.sent();
    return {
      run,
      dayBefore: sent.filter((m) => isDayBefore(m.text)).map((m) => m.chat_id),
      starting: sent.filter((m) => isStarting(m.text)).map((m) => m.chat_id),
    };
  };

  it("B15 an approved visit reminds every member and the group's chat a day before and two hours before, each once", async () => {
    const id = await approved();
    expect((await visitJobs(id)).map((j) => ({ key: j.dedupeKey, runAt: j.runAt, status: j.status }))).toEqual([
      { key: `visit:${id}:day-before`, runAt: new Date(VISIT.getTime() - DAY), status: "pending" },
      { key: `visit:${id}:starting-2h`, runAt: new Date(VISIT.getTime() - 2 * HOUR), status: "pending" },
    ]);
    await h.deliver();

    const early = await runAt(new Date(VISIT.getTime() - DAY - 60_000));
    expect(early.dayBefore).toEqual([]);

    const dayBefore = await runAt(new Date(VISIT.getTime() - DAY + 1000));
    expect(dayBefore.dayBefore.sort()).toEqual([...EVERYONE, COMMITTEE_CHAT].sort());
    expect(dayBefore.starting).toEqual([]);
    expect(h.emulator.sent(SECRETARIAT_CHAT)).toHaveLength(0);
    expect(h.emulator.sent(STAFF)).toHaveLength(0);
    const english = h.emulator.lastSent(MEMBERS[0]!)!.text!;
    expect(english).toContain("Reminder: the working group's field visit is tomorrow.");
    expect(english).toContain("Wednesday 16 December 2026, 10:00");
    const persian = h.emulator.lastSent(MEMBERS[1]!)!.text!;
    expect(persian).toContain("چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(persian).toContain("محله سرچشمه");
    expect(persian).toContain("بررسی وضعیت معابر");

    const starting = await runAt(new Date(VISIT.getTime() - 2 * HOUR + 1000));
    expect(starting.starting.sort()).toEqual([...EVERYONE, COMMITTEE_CHAT].sort());
    expect(starting.dayBefore).toEqual([]);
    expect((await runAt(new Date(VISIT.getTime() - HOUR))).run.claimed).toBe(0);
    expect((await visitJobs(id)).map((j) => j.status)).toEqual(["done", "done"]);
  });

  it("B15 a visit without a time is reminded at 09:00 the day before; one approved late gets only the reminders still ahead", async () => {
    const untimed = await approved({ time: null });
    expect((await visitJobs(untimed)).map((j) => [j.dedupeKey, j.runAt])).toEqual([
      [`visit:${untimed}:day-before`, zonedInstant(fromJalali(1405, 9, 24), { hour: 9, minute: 0 }, ZONE)],
    ]);

    h.clock.set(new Date(VISIT.getTime() - 5 * HOUR));
    const late = await approved({ place: "بازار قدیم" });
    expect((await visitJobs(late)).map((j) => j.dedupeKey)).toEqual([`visit:${late}:starting-2h`]);
  });

  it("B15 planning again moves a visit's reminders instead of adding more: one job per visit and stage", async () => {
    const id = await approved();
    const later = new Date(VISIT.getTime() + 3 * DAY);
    await h.database.db.transaction(async (tx) => {
      await planVisitReminders(tx, id, later, ZONE, h.clock.now());
      await planVisitReminders(tx, id, later, ZONE, h.clock.now());
    });
    expect((await visitJobs(id)).map((j) => [j.dedupeKey, j.runAt, j.status])).toEqual([
      [`visit:${id}:day-before`, new Date(later.getTime() - DAY), "pending"],
      [`visit:${id}:starting-2h`, new Date(later.getTime() - 2 * HOUR), "pending"],
    ]);
  });

  it("B15 a visit moved to the date the secretariat proposed is reminded at the new date only", async () => {
    const id = await requested();
    const proposed = { date: fromJalali(1405, 9, 28), time: { hour: 11, minute: 30 } };
    const moved = zonedInstant(proposed.date, proposed.time, ZONE);
    expect((await proposeOtherVisitDate(h.services, w.ids[STAFF]!, id, proposed)).kind).toBe("proposed");
    expect(await visitJobs(id)).toEqual([]); // nothing is reminded before the secretary answers
    expect((await acceptProposedVisitDate(h.services, w.ids[SECRETARY]!, id)).kind).toBe("approved");
    expect((await visitJobs(id)).map((j) => j.runAt)).toEqual([
      new Date(moved.getTime() - DAY),
      new Date(moved.getTime() - 2 * HOUR),
    ]);
    await h.deliver();

    const atOldTime = await runAt(new Date(VISIT.getTime() - 2 * HOUR + 1000));
    expect([...atOldTime.dayBefore, ...atOldTime.starting]).toEqual([]);
    expect((await runAt(new Date(moved.getTime() - DAY + 1000))).dayBefore).toHaveLength(10);
    expect((await runAt(new Date(moved.getTime() - 2 * HOUR + 1000))).starting).toHaveLength(10);
  });

  it("B15 a reminder checks the visit when it runs: nothing for a cancelled visit, one that moved, or one that started", async () => {
    const id = await approved();
    const before = await h.database.rowCounts();
    expect(await remindFieldVisit(h.services, id, "day_before", new Date(VISIT.getTime() + HOUR))).toBe(0); // planned for another time
    h.clock.set(new Date(VISIT.getTime() + 1000));
    expect(await remindFieldVisit(h.services, id, "starting_2h", VISIT)).toBe(0); // started
    expect(await remindFieldVisit(h.services, 999, "starting_2h", VISIT)).toBe(0);
    h.clock.set(START);
    // Cancelled behind the planned jobs' back (as by a concurrent instance): the job still runs and says nothing.
    await h.database.db.update(fieldVisits).set({ status: "cancelled" }).where(eq(fieldVisits.id, id));
    expect(await remindFieldVisit(h.services, id, "day_before", VISIT)).toBe(0);
    expect(await h.database.rowCounts()).toEqual(before); // no message, no audit row
    const run = await runAt(new Date(VISIT.getTime() - DAY + 1000));
    expect(run.run.claimed).toBe(1);
    expect(run.dayBefore).toEqual([]);
  });

  it("B15 cancelling a visit stops its reminders", async () => {
    const id = await approved();
    expect((await cancelFieldVisit(h.services, w.ids[SECRETARY]!, id, null)).kind).toBe("cancelled");
    expect((await visitJobs(id)).map((j) => j.status)).toEqual(["cancelled", "cancelled"]);
    await h.deliver();
    const run = await runAt(new Date(VISIT.getTime() - 2 * HOUR + 1000));
    expect(run.run.claimed).toBe(0);
    expect([...run.dayBefore, ...run.starting]).toEqual([]);
  });

  it("a visit reminder whose payload does not parse fails instead of guessing", async () => {
    await scheduleJob(h.database.db, {
      kind: "visit_reminder",
      runAt: h.clock.now(),
      payload: { visitId: 1, stage: "week_before" },
      dedupeKey: "visit:1:week-before",
    });
    const run = await h.runJobs();
    expect(run).toMatchObject({ claimed: 1, done: 0 });
    const [job] = await h.database.db.select().from(jobs).where(eq(jobs.dedupeKey, "visit:1:week-before"));
    expect(job!.lastError).toBeTruthy();
  });
});
