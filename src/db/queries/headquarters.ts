import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../client.ts";
import { headquarters, hqStaff, people } from "../schema.ts";

export type HeadquartersRow = typeof headquarters.$inferSelect;
export type HeadquartersFields = Omit<typeof headquarters.$inferInsert, "id" | "createdAt" | "updatedAt">;

export async function findHeadquartersByKey(db: Database, key: string): Promise<HeadquartersRow | undefined> {
  const [row] = await db.select().from(headquarters).where(eq(headquarters.key, key));
  return row;
}

export async function findHeadquartersById(db: Database, id: number): Promise<HeadquartersRow | undefined> {
  const [row] = await db.select().from(headquarters).where(eq(headquarters.id, id));
  return row;
}

export async function listHeadquarters(db: Database): Promise<HeadquartersRow[]> {
  return db.select().from(headquarters).orderBy(headquarters.key);
}

export async function insertHeadquarters(db: Database, fields: HeadquartersFields): Promise<HeadquartersRow> {
  const [row] = await db.insert(headquarters).values(fields).returning();
  return row!;
}

export async function updateHeadquarters(
  db: Database,
  id: number,
  fields: Partial<HeadquartersFields>,
  now: Date,
): Promise<void> {
  await db
    .update(headquarters)
    .set({ ...fields, updatedAt: now })
    .where(eq(headquarters.id, id));
}

export type StaffRow = {
  staffId: number;
  personId: number;
  telegramId: number | null;
  name: string;
  locale: "fa" | "en" | null;
};

export async function listCurrentStaff(db: Database, hqId: number): Promise<StaffRow[]> {
  return db
    .select({
      staffId: hqStaff.id,
      personId: people.id,
      telegramId: people.telegramId,
      name: people.name,
      locale: people.locale,
    })
    .from(hqStaff)
    .innerJoin(people, eq(people.id, hqStaff.personId))
    .where(and(eq(hqStaff.hqId, hqId), isNull(hqStaff.endedAt)))
    .orderBy(hqStaff.id);
}

/** Adds a staff member, or brings back one whose staff role had ended. Returns whether anything changed. */
export async function ensureStaff(db: Database, hqId: number, personId: number): Promise<boolean> {
  const [existing] = await db
    .select({ id: hqStaff.id, endedAt: hqStaff.endedAt })
    .from(hqStaff)
    .where(and(eq(hqStaff.hqId, hqId), eq(hqStaff.personId, personId)));
  if (!existing) {
    await db.insert(hqStaff).values({ hqId, personId });
    return true;
  }
  if (existing.endedAt === null) return false;
  await db.update(hqStaff).set({ endedAt: null }).where(eq(hqStaff.id, existing.id));
  return true;
}

export async function endStaff(db: Database, staffId: number, now: Date): Promise<void> {
  await db.update(hqStaff).set({ endedAt: now }).where(eq(hqStaff.id, staffId));
}

/** The HQs a person currently serves as secretariat staff. */
export async function staffHeadquartersOf(db: Database, personId: number): Promise<HeadquartersRow[]> {
  const rows = await db
    .select({ hq: headquarters })
    .from(hqStaff)
    .innerJoin(headquarters, eq(headquarters.id, hqStaff.hqId))
    .where(and(eq(hqStaff.personId, personId), isNull(hqStaff.endedAt)))
    .orderBy(headquarters.key);
  return rows.map((row) => row.hq);
}
