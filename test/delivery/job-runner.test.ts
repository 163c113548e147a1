import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClaimedJob, claimDueJobs, scheduleJob } from "../../src/db/queries/jobs.ts";
import { jobs } from "../../src/db/schema.ts";
import { createJobRunner, type JobRunnerDeps } from "../../src/delivery/job-runner.ts";
import type { JobHandler } from "../../src/services/shared/job-handler.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const T0 = Date.parse("2026-03-01T08:00:00Z");

describe("job runner", () => {
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

  function setup(handlers: Record<string, JobHandler>, overrides: Partial<JobRunnerDeps> = {}) {
    let now = T0;
    const time = {
      clock: () => new Date(now),
      set(ms: number) {
        now = ms;
      },
    };
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const runner = createJobRunner({ db: database.db, handlers, clock: time.clock, log, ...overrides });
    return { runner, time, log };
  }

  it("runs due jobs with their payload and marks them done, leaving future ones", async () => {
    const seen: ClaimedJob[] = [];
    const { runner } = setup({
      remind: async (job, deps) => {
        expect(deps.now).toEqual(new Date(T0));
        seen.push(job);
      },
    });
    const due = await scheduleJob(database.db, { kind: "remind", payload: { meetingId: 3 }, runAt: new Date(T0) });
    const future = await scheduleJob(database.db, { kind: "remind", payload: {}, runAt: new Date(T0 + 1) });
    expect(await runner.runOnce()).toEqual({ claimed: 1, done: 1, retried: 0, failed: 0 });
    expect(seen.map((job) => [job.id, job.payload])).toEqual([[due, { meetingId: 3 }]]);
    expect(await rowOf(due)).toMatchObject({ status: "done", finishedAt: new Date(T0) });
    expect((await rowOf(future)).status).toBe("pending");
  });

  it("retries a throwing handler with growing delays and fails it after 5 attempts", async () => {
    let runs = 0;
    const { runner, time } = setup({
      flaky: async () => {
        runs++;
        throw new Error("service unavailable");
      },
    });
    const id = await scheduleJob(database.db, { kind: "flaky", payload: {}, runAt: new Date(T0) });
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const ranAt = time.clock().getTime();
      await runner.runOnce();
      const row = await rowOf(id);
      if (row.status !== "pending") break;
      expect(row.lastError).toBe("service unavailable");
      delays.push(row.runAt.getTime() - ranAt);
      time.set(row.runAt.getTime());
    }
    expect(runs).toBe(5);
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(await rowOf(id)).toMatchObject({
      status: "failed",
      attempts: 5,
      lastError: "gave up after 5 attempts: service unavailable",
    });
  });

  it("fails a job nobody handles, saying so", async () => {
    const { runner } = setup({});
    const id = await scheduleJob(database.db, { kind: "constructor", payload: {}, runAt: new Date(T0) });
    expect(await runner.runOnce()).toMatchObject({ failed: 1 });
    expect(await rowOf(id)).toMatchObject({ status: "failed", lastError: 'no handler for job kind "constructor"' });
  });

  it("takes over a job whose runner died, once the lock has expired", async () => {
    let runs = 0;
    const { runner, time } = setup(
      {
        x: async () => {
          runs++;
        },
      },
      { lockForMs: 60_000 },
    );
    const id = await scheduleJob(database.db, { kind: "x", payload: {}, runAt: new Date(T0) });
    await claimDueJobs(database.db, { now: new Date(T0), limit: 1, lockForMs: 60_000 });
    time.set(T0 + 60_000);
    expect((await runner.runOnce()).claimed).toBe(0);
    time.set(T0 + 60_001);
    expect(await runner.runOnce()).toMatchObject({ done: 1 });
    expect(runs).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: "done", attempts: 2 });
  });

  it("runs each of 1,000 due jobs exactly once with two runners claiming at the same time", async () => {
    await database.db
      .insert(jobs)
      .values(Array.from({ length: 1000 }, (_, i) => ({ kind: "count", payload: { n: i }, runAt: new Date(T0 - i) })));
    const runsPerJob = new Map<number, number>();
    const count: JobHandler = async (job) => {
      runsPerJob.set(job.id, (runsPerJob.get(job.id) ?? 0) + 1);
      await new Promise((resolve) => setImmediate(resolve));
    };
    const first = setup({ count }, { batchSize: 10 }).runner;
    const second = setup({ count }, { batchSize: 10 }).runner;
    const drain = async (runner: typeof first) => {
      while ((await runner.runOnce()).claimed > 0) {}
    };
    await Promise.all([drain(first), drain(second)]);
    expect(runsPerJob.size).toBe(1000);
    expect([...runsPerJob.values()].every((runs) => runs === 1)).toBe(true);
    const statuses = await database.db.select({ status: jobs.status }).from(jobs);
    expect(statuses.every((row) => row.status === "done")).toBe(true);
  }, 60_000);

  it("runs on a cron schedule once started and stops cleanly", async () => {
    let runs = 0;
    const runner = createJobRunner({
      db: database.db,
      handlers: {
        tick: async () => {
          runs++;
        },
      },
      clock: () => new Date(),
      log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    });
    await scheduleJob(database.db, { kind: "tick", payload: {}, runAt: new Date() });
    runner.start("* * * * * *");
    expect(() => runner.start("* * * * * *")).toThrow(/already started/);
    await vi.waitFor(() => expect(runs).toBe(1), { timeout: 5000 });
    await runner.stop();
    await scheduleJob(database.db, { kind: "tick", payload: {}, runAt: new Date() });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runs).toBe(1);
  });

  it("refuses a malformed cron expression", () => {
    const { runner } = setup({});
    expect(() => runner.start("every five seconds")).toThrow(/invalid cron expression/);
  });
});
