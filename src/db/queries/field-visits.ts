import { eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { fieldVisits } from "../schema.ts";

export type FieldVisitRow = typeof fieldVisits.$inferSelect;

export async function insertFieldVisit(db: Database, fields: typeof fieldVisits.$inferInsert): Promise<FieldVisitRow> {
  const [row] = await db.insert(fieldVisits).values(fields).returning();
  return row!;
}

/** Two staff members pressing at once: the second sees the first one's decision. */
export async function lockFieldVisit(db: Database, id: number): Promise<FieldVisitRow | undefined> {
  const [row] = await db.select().from(fieldVisits).where(eq(fieldVisits.id, id)).for("update");
  return row;
}

export async function updateFieldVisit(db: Database, id: number, fields: Partial<typeof fieldVisits.$inferInsert>): Promise<void> {
  await db.update(fieldVisits).set(fields).where(eq(fieldVisits.id, id));
}
