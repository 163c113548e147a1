import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client.ts";
import { resolutionEvents, resolutions } from "../schema.ts";

export type ResolutionRow = typeof resolutions.$inferSelect;
export type ResolutionEventRow = typeof resolutionEvents.$inferSelect;

export async function resolutionsOfMeeting(db: Database, meetingId: number): Promise<ResolutionRow[]> {
  return db.select().from(resolutions).where(eq(resolutions.meetingId, meetingId)).orderBy(asc(resolutions.id));
}

export async function lockResolution(db: Database, id: number): Promise<ResolutionRow | undefined> {
  const [row] = await db.select().from(resolutions).where(eq(resolutions.id, id)).for("update");
  return row;
}

export async function findResolution(db: Database, id: number): Promise<ResolutionRow | undefined> {
  const [row] = await db.select().from(resolutions).where(eq(resolutions.id, id));
  return row;
}

export async function insertResolution(db: Database, fields: typeof resolutions.$inferInsert): Promise<ResolutionRow> {
  const [row] = await db.insert(resolutions).values(fields).returning();
  return row!;
}

export async function updateResolution(
  db: Database,
  id: number,
  fields: Partial<typeof resolutions.$inferInsert>,
): Promise<void> {
  await db.update(resolutions).set(fields).where(eq(resolutions.id, id));
}

export async function addResolutionEvent(db: Database, fields: typeof resolutionEvents.$inferInsert): Promise<void> {
  await db.insert(resolutionEvents).values(fields);
}

export async function timelineOf(db: Database, resolutionId: number): Promise<ResolutionEventRow[]> {
  return db
    .select()
    .from(resolutionEvents)
    .where(eq(resolutionEvents.resolutionId, resolutionId))
    .orderBy(asc(resolutionEvents.at), asc(resolutionEvents.id));
}

export async function resolutionsOfCommittees(db: Database, committeeIds: number[]): Promise<ResolutionRow[]> {
  if (committeeIds.length === 0) return [];
  return db
    .select()
    .from(resolutions)
    .where(inArray(resolutions.committeeId, committeeIds))
    .orderBy(asc(resolutions.id));
}

export async function resolutionsInStatus(
  db: Database,
  committeeId: number,
  statuses: ResolutionRow["status"][],
): Promise<ResolutionRow[]> {
  return db
    .select()
    .from(resolutions)
    .where(and(eq(resolutions.committeeId, committeeId), inArray(resolutions.status, statuses)))
    .orderBy(asc(resolutions.id));
}
