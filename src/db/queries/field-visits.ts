import { and, asc, eq, gt, inArray, or } from "drizzle-orm";
import type { Database } from "../client.ts";
import { committees, fieldVisits, headquarters } from "../schema.ts";

export type FieldVisitRow = typeof fieldVisits.$inferSelect;
export type FieldVisitStatus = FieldVisitRow["status"];

export async function insertFieldVisit(db: Database, fields: typeof fieldVisits.$inferInsert): Promise<FieldVisitRow> {
  const [row] = await db.insert(fieldVisits).values(fields).returning();
  return row!;
}

/** Two staff members pressing at once: the second sees the first one's decision. */
export async function lockFieldVisit(db: Database, id: number): Promise<FieldVisitRow | undefined> {
  const [row] = await db.select().from(fieldVisits).where(eq(fieldVisits.id, id)).for("update");
  return row;
}

export async function updateFieldVisit(
  db: Database,
  id: number,
  fields: Partial<typeof fieldVisits.$inferInsert>,
): Promise<void> {
  await db.update(fieldVisits).set(fields).where(eq(fieldVisits.id, id));
}

export type ListedVisit = FieldVisitRow & { committeeTitleFa: string; committeeTitleEn: string; zone: string };

/**
 * The committees' visits in these states whose date (or the date proposed for them) is after `after`, soonest
 * first, with what a listing shows: the group's title and the HQ's time zone.
 */
export async function visitsOfCommittees(
  db: Database,
  committeeIds: number[],
  statuses: FieldVisitStatus[],
  after: Date,
): Promise<ListedVisit[]> {
  if (committeeIds.length === 0 || statuses.length === 0) return [];
  const rows = await db
    .select({
      visit: fieldVisits,
      committeeTitleFa: committees.titleFa,
      committeeTitleEn: committees.titleEn,
      zone: headquarters.timezone,
    })
    .from(fieldVisits)
    .innerJoin(committees, eq(committees.id, fieldVisits.committeeId))
    .innerJoin(headquarters, eq(headquarters.id, fieldVisits.hqId))
    .where(
      and(
        inArray(fieldVisits.committeeId, committeeIds),
        inArray(fieldVisits.status, statuses),
        or(gt(fieldVisits.startsAt, after), gt(fieldVisits.proposedStartsAt, after)),
      ),
    )
    .orderBy(asc(fieldVisits.startsAt), asc(fieldVisits.id));
  return rows.map((r) => ({
    ...r.visit,
    committeeTitleFa: r.committeeTitleFa,
    committeeTitleEn: r.committeeTitleEn,
    zone: r.zone,
  }));
}
