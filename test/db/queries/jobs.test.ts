import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  cancelJobs,
  claimDueJobs,
  completeJob,
  failJob,
  releaseJobs,
  scheduleJob,
} from "../../../src/db/queries/jobs.ts";
import { jobs } from "../../../src/db/schema.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db.ts";

const T0 = new Date("2026-03-01T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("jobs queries", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => database.reset());
  afterAll(() => database.close());

  const rowOf = async (id: number) => {
    const [row] = await database.db.select().from(jobs).where(eq(jobs.id, id));
    if (!row) throw new Error(`no job ${id}`);
    return row;
  };

  it("keeps one row per dedupeKey and moves it to the latest time and payload", async () => {
    const { db } = database;
    const first = await scheduleJob(db, {
      kind: "reminder",
      payload: { meetingId: 1, v: 1 },
      runAt: at(60_000),
      dedupeKey: "meeting:1:reminder",
    });
    const second = await scheduleJob(db, {
      kind: "reminder",
      payload: { meetingId: 1, v: 2 },
      runAt: at(120_000),
      dedupeKey: "meeting:1:reminder",
    });
    expect(second).toBe(first);
    const rows = await db.select().from(jobs);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ runAt: at(120_000), payload: { meetingId: 1, v: 2 }, status: "pending" });
  });

  it("adds a row each time when no dedupeKey is given", async () => {
    const { db } = database;
    await scheduleJob(db, { kind: "x", payload: {}, runAt: T0 });
    await scheduleJob(db, { kind: "x", payload: {}, runAt: T0 });
    expect(await db.select().from(jobs)).toHaveLength(2);
  });

  it("re-arms a keyed job that already ran", async () => {
    const { db } = database;
    const id = await scheduleJob(db, { kind: "x", payload: {}, runAt: T0, dedupeKey: "k" });
    await claimDueJobs(db, { now: T0, limit: 1, lockForMs: 1000 });
    await completeJob(db, id, T0);
    await scheduleJob(db, { kind: "x", payload: {}, runAt: at(5000), dedupeKey: "k" });
    expect(await rowOf(id)).toMatchObject({ status: "pending", attempts: 0, runAt: at(5000), finishedAt: null });
  });

  it("cancels pending jobs by key prefix, taking the prefix literally", async () => {
    const { db } = database;
    const keys = ["meeting:1:remind", "meeting:1:close", "meeting:10:remind", "meetingX1:remind", "m_1:a", "mx1:a"];
    const ids = await Promise.all(
      keys.map((dedupeKey) => scheduleJob(db, { kind: "x", payload: {}, runAt: T0, dedupeKey })),
    );
    expect(await cancelJobs(db, { dedupeKeyPrefix: "meeting:1:" })).toBe(2);
    expect(await cancelJobs(db, { dedupeKeyPrefix: "m_1" })).toBe(1);
    const statuses = await Promise.all(ids.map(async (id) => (await rowOf(id)).status));
    expect(statuses).toEqual(["cancelled", "cancelled", "pending", "pending", "cancelled", "pending"]);
    expect(await claimDueJobs(db, { now: T0, limit: 10, lockForMs: 1000 })).toHaveLength(3);
  });

  it("claims due jobs in time order and reclaims a running job only after its lock expired", async () => {
    const { db } = database;
    const later = await scheduleJob(db, { kind: "b", payload: {}, runAt: at(-1000) });
    const earlier = await scheduleJob(db, { kind: "a", payload: { n: 1 }, runAt: at(-5000) });
    await scheduleJob(db, { kind: "future", payload: {}, runAt: at(1) });
    const claimed = await claimDueJobs(db, { now: T0, limit: 10, lockForMs: 10_000 });
    expect(claimed).toMatchObject([
      { id: earlier, kind: "a", payload: { n: 1 }, attempts: 1 },
      { id: later, kind: "b", attempts: 1 },
    ]);
    expect(await claimDueJobs(db, { now: at(10_000), limit: 10, lockForMs: 10_000 })).toMatchObject([
      { kind: "future" },
    ]);
    const reclaimed = await claimDueJobs(db, { now: at(10_001), limit: 10, lockForMs: 10_000 });
    expect(reclaimed.map((job) => [job.id, job.attempts])).toEqual([
      [earlier, 2],
      [later, 2],
    ]);
  });

  it("never hands one job to two concurrent claims", async () => {
    const { db } = database;
    await db.insert(jobs).values(Array.from({ length: 200 }, (_, i) => ({ kind: "x", runAt: at(-i) })));
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimDueJobs(db, { now: T0, limit: 30, lockForMs: 10_000 })),
    );
    const ids = claims.flat().map((job) => job.id);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
  });

  it("completes, retries and fails only a running job", async () => {
    const { db } = database;
    const id = await scheduleJob(db, { kind: "x", payload: {}, runAt: T0 });
    expect(await completeJob(db, id, T0)).toBe(false);
    await claimDueJobs(db, { now: T0, limit: 1, lockForMs: 1000 });
    expect(await failJob(db, id, "boom", at(30_000))).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: "pending", runAt: at(30_000), lastError: "boom", attempts: 1 });
    await claimDueJobs(db, { now: at(30_000), limit: 1, lockForMs: 1000 });
    expect(await failJob(db, id, "boom again", null, at(30_500))).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: "failed", finishedAt: at(30_500), attempts: 2 });
    expect(await completeJob(db, id, at(31_000))).toBe(false);
  });

  it("hands back claimed jobs without counting an attempt", async () => {
    const { db } = database;
    const id = await scheduleJob(db, { kind: "x", payload: {}, runAt: T0 });
    await claimDueJobs(db, { now: T0, limit: 1, lockForMs: 60_000 });
    expect(await releaseJobs(db, [id])).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: "pending", attempts: 0, lockedUntil: null });
  });
});
