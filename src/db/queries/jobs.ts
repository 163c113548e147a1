import { and, asc, eq, inArray, isNotNull, like, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { jobs } from "../schema.ts";

export type ClaimedJob = {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  /** Including the claim that returned this job. */
  attempts: number;
  dedupeKey: string | null;
};

const claimedColumns = {
  id: jobs.id,
  kind: jobs.kind,
  payload: jobs.payload,
  runAt: jobs.runAt,
  attempts: jobs.attempts,
  dedupeKey: jobs.dedupeKey,
};

/**
 * With a dedupeKey the key's one row is (re)armed for the new time and payload, whatever state it was in:
 * the latest scheduling wins, so rescheduling a meeting moves its reminder instead of adding a second one,
 * and a job that already ran or was cancelled runs again when asked to.
 */
export async function scheduleJob(
  db: Database,
  params: { kind: string; payload: Record<string, unknown>; runAt: Date; dedupeKey?: string },
): Promise<number> {
  const { kind, payload, runAt } = params;
  const dedupeKey = params.dedupeKey ?? null;
  const insert = db.insert(jobs).values({ kind, payload, runAt, dedupeKey });
  const query =
    dedupeKey === null
      ? insert
      : insert.onConflictDoUpdate({
          target: jobs.dedupeKey,
          set: {
            kind,
            payload,
            runAt,
            status: "pending",
            attempts: 0,
            lockedUntil: null,
            lastError: null,
            finishedAt: null,
          },
        });
  const [row] = await query.returning({ id: jobs.id });
  if (!row) throw new Error(`scheduleJob: no row returned for ${kind}`);
  return row.id;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Cancels the pending jobs whose key starts with the prefix (e.g. every reminder of one meeting). */
export async function cancelJobs(db: Database, params: { dedupeKeyPrefix: string }): Promise<number> {
  if (params.dedupeKeyPrefix === "") throw new Error("cancelJobs: an empty prefix would cancel every keyed job");
  const cancelled = await db
    .update(jobs)
    .set({ status: "cancelled", lockedUntil: null })
    .where(and(eq(jobs.status, "pending"), like(jobs.dedupeKey, `${escapeLike(params.dedupeKeyPrefix)}%`)))
    .returning({ id: jobs.id });
  return cancelled.length;
}

/**
 * Takes due jobs until `now + lockForMs`; concurrent runners skip each other's rows instead of waiting.
 * `running` jobs whose lock ran out belong to a runner that died and are taken over.
 */
export async function claimDueJobs(
  db: Database,
  params: { now: Date; limit: number; lockForMs: number },
): Promise<ClaimedJob[]> {
  const { now, limit, lockForMs } = params;
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, "pending"), lte(jobs.runAt, now)),
        and(eq(jobs.status, "running"), lt(jobs.lockedUntil, now)),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(jobs)
    .set({
      status: "running",
      lockedUntil: new Date(now.getTime() + lockForMs),
      attempts: sql`${jobs.attempts} + 1`,
    })
    .where(inArray(jobs.id, due))
    .returning(claimedColumns);
  return claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

// Only a running job is finished: one rescheduled by scheduleJob meanwhile keeps its new time.
const isRunning = (id: number) => and(eq(jobs.id, id), eq(jobs.status, "running"));

export async function completeJob(db: Database, id: number, now: Date): Promise<boolean> {
  const done = await db
    .update(jobs)
    .set({ status: "done", finishedAt: now, lockedUntil: null, lastError: null })
    .where(isRunning(id))
    .returning({ id: jobs.id });
  return done.length > 0;
}

/** Hands back jobs claimed but not started (the runner is stopping): their claim is not an attempt. */
export async function releaseJobs(db: Database, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const released = await db
    .update(jobs)
    .set({ status: "pending", lockedUntil: null, attempts: sql`greatest(${jobs.attempts} - 1, 0)` })
    .where(and(inArray(jobs.id, ids), eq(jobs.status, "running")))
    .returning({ id: jobs.id });
  return released.length;
}

/** `retryAt` null gives up for good; otherwise the job is pending again at that time. */
export async function failJob(
  db: Database,
  id: number,
  error: string,
  retryAt: Date | null,
  now?: Date,
): Promise<boolean> {
  const change =
    retryAt === null
      ? { status: "failed" as const, finishedAt: now ?? sql`now()`, lockedUntil: null, lastError: error }
      : { status: "pending" as const, runAt: retryAt, lockedUntil: null, lastError: error };
  const updated = await db.update(jobs).set(change).where(isRunning(id)).returning({ id: jobs.id });
  return updated.length > 0;
}

/**
 * A recurring job that gave up: pending again at its next regular time with a fresh count of attempts, its last
 * error kept so /healthz and /metrics show it is failing until a run succeeds.
 */
export async function rearmJob(db: Database, id: number, runAt: Date, error: string): Promise<boolean> {
  const updated = await db
    .update(jobs)
    .set({ status: "pending", runAt, attempts: 0, lockedUntil: null, lastError: error })
    .where(isRunning(id))
    .returning({ id: jobs.id });
  return updated.length > 0;
}

export type JobHealth = {
  /** Jobs that gave up for good. */
  failed: number;
  /** Recurring jobs whose last run failed, with why and when they run next. */
  failing: { kind: string; lastError: string; nextRunAt: Date }[];
};

export async function jobHealth(db: Database, recurringKinds: readonly string[]): Promise<JobHealth> {
  const [counted] = await db.select({ failed: sql<number>`count(*)::int` }).from(jobs).where(eq(jobs.status, "failed"));
  const failing =
    recurringKinds.length === 0
      ? []
      : await db
          .select({ kind: jobs.kind, lastError: jobs.lastError, nextRunAt: jobs.runAt })
          .from(jobs)
          .where(
            and(
              inArray(jobs.kind, [...recurringKinds]),
              inArray(jobs.status, ["pending", "running"]),
              isNotNull(jobs.lastError),
            ),
          );
  return {
    failed: counted?.failed ?? 0,
    failing: failing.map((row) => ({ kind: row.kind, lastError: row.lastError ?? "", nextRunAt: row.nextRunAt })),
  };
}
