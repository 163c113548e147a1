import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { jobs } from "../schema.ts";

/**
 * Unlike scheduleJob, never re-arms a key that already ran: a report or a term reminder planned again by the daily
 * pass (or by two instances at once) stays one job that runs once. Only a cancelled one comes back.
 */
export async function scheduleJobOnce(
  db: Database,
  params: { kind: string; payload: Record<string, unknown>; runAt: Date; dedupeKey: string },
): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values(params)
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: {
        kind: params.kind,
        payload: params.payload,
        runAt: params.runAt,
        status: "pending",
        attempts: 0,
        lockedUntil: null,
        lastError: null,
        finishedAt: null,
      },
      setWhere: sql`${jobs.status} = 'cancelled'`,
    })
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * A recurring job that re-arms itself: present and pending after this, whatever happened to it before (gave up
 * after retries, or never existed), without moving one already waiting.
 */
export async function ensureRecurringJob(
  db: Database,
  params: { kind: string; runAt: Date; dedupeKey: string },
): Promise<void> {
  await db
    .insert(jobs)
    .values({ ...params, payload: {} })
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: {
        status: "pending",
        runAt: params.runAt,
        attempts: 0,
        lockedUntil: null,
        lastError: null,
        finishedAt: null,
      },
      setWhere: sql`${jobs.status} in ('failed', 'done', 'cancelled')`,
    });
}
