import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { jobHealth, scheduleJob } from "../../src/db/queries/jobs.ts";
import { createJobRunner, MAX_JOB_ATTEMPTS } from "../../src/delivery/job-runner.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/logger.ts";
import { Metrics } from "../../src/metrics.ts";
import { ensureDailyPlanning } from "../../src/services/shared/daily-planning.ts";
import { RECURRING_JOBS } from "../../src/services/shared/jobs.ts";
import { TestClock } from "../helpers/services.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe("a recurring job that fails all its retries runs again the next day and shows in /healthz and /metrics", () => {
  let database: TestDatabase;
  let server: Server;
  let base: string;
  const clock = new TestClock(new Date("2026-12-07T00:30:00Z"));
  let broken = true;
  const handlers = {
    daily_planning: async () => {
      if (broken) throw new Error("database hiccup");
    },
  };
  const runner = () =>
    createJobRunner({ db: database.db, handlers, recurring: RECURRING_JOBS, clock: clock.now, log: silentLogger });

  beforeAll(async () => {
    database = await createTestDatabase();
    server = createHttpServer({ db: database.db, log: silentLogger, metrics: new Metrics() }).listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    clock.set("2026-12-07T00:30:00Z");
    broken = true;
    await ensureDailyPlanning(database.db, clock.now());
  });

  async function failAllRetries(): Promise<Date> {
    let gaveUpAt = clock.now();
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      const result = await runner().runOnce();
      expect(result.claimed).toBe(1);
      gaveUpAt = clock.now();
      clock.advance(HOUR);
    }
    return gaveUpAt;
  }

  it("is pending again a day after it gave up, with a fresh count of attempts, and succeeds then", async () => {
    const gaveUpAt = await failAllRetries();
    const health = await jobHealth(database.db, Object.keys(RECURRING_JOBS));
    expect(health.failed).toBe(0);
    expect(health.failing).toHaveLength(1);
    expect(health.failing[0]!.lastError).toContain(`gave up after ${MAX_JOB_ATTEMPTS} attempts: database hiccup`);
    expect(health.failing[0]!.nextRunAt.getTime()).toBe(gaveUpAt.getTime() + DAY);

    // Nothing runs before then.
    expect((await runner().runOnce()).claimed).toBe(0);
    clock.set(new Date(gaveUpAt.getTime() + DAY));
    broken = false;
    expect(await runner().runOnce()).toMatchObject({ claimed: 1, done: 1 });
    expect((await jobHealth(database.db, Object.keys(RECURRING_JOBS))).failing).toEqual([]);
  });

  it("fails again the next day with the full retries, not one: its attempts were counted afresh", async () => {
    const gaveUpAt = await failAllRetries();
    clock.set(new Date(gaveUpAt.getTime() + DAY));
    expect(await runner().runOnce()).toMatchObject({ claimed: 1, retried: 1, failed: 0 });
  });

  it("/healthz says degraded and names the job; /metrics counts it; both clear once a run succeeds", async () => {
    const healthy = await (await fetch(`${base}/healthz`)).json();
    expect(healthy.status).toBe("ok");
    const gaveUpAt = await failAllRetries();

    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("degraded");
    expect(body.jobs.failing[0].kind).toBe("daily_planning");
    expect(body.jobs.failing[0].lastError).toContain("database hiccup");
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'kargoruh_recurring_job_failing{kind="daily_planning"} 1',
    );

    clock.set(new Date(gaveUpAt.getTime() + DAY));
    broken = false;
    await runner().runOnce();
    expect((await (await fetch(`${base}/healthz`)).json()).status).toBe("ok");
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'kargoruh_recurring_job_failing{kind="daily_planning"} 0',
    );
  });

  it("a job that does not recur still gives up for good, and /metrics counts it", async () => {
    const once = createJobRunner({
      db: database.db,
      handlers: { daily_planning: async () => {}, one_off: async () => Promise.reject(new Error("broken payload")) },
      recurring: RECURRING_JOBS,
      clock: clock.now,
      log: silentLogger,
    });
    await scheduleJob(database.db, { kind: "one_off", payload: {}, runAt: clock.now() });
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      await once.runOnce();
      clock.advance(HOUR);
    }
    expect((await jobHealth(database.db, Object.keys(RECURRING_JOBS))).failed).toBe(1);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain("kargoruh_jobs_failed 1");
  });
});
