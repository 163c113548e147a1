import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../client.ts";
import { committees, headquarters, referrals } from "../schema.ts";

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralStatus = ReferralRow["status"];

export async function insertReferral(db: Database, fields: typeof referrals.$inferInsert): Promise<ReferralRow> {
  const [row] = await db.insert(referrals).values(fields).returning();
  return row!;
}

/** Serializes reports and reminders of one referral. */
export async function lockReferral(db: Database, id: number): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id)).for("update");
  return row;
}

export async function updateReferral(
  db: Database,
  id: number,
  fields: Partial<typeof referrals.$inferInsert>,
): Promise<void> {
  await db.update(referrals).set(fields).where(eq(referrals.id, id));
}

export async function referralsOfCommittees(
  db: Database,
  committeeIds: number[],
  statuses?: ReferralStatus[],
): Promise<ReferralRow[]> {
  if (committeeIds.length === 0) return [];
  return db
    .select()
    .from(referrals)
    .where(
      and(inArray(referrals.committeeId, committeeIds), statuses ? inArray(referrals.status, statuses) : undefined),
    )
    .orderBy(asc(referrals.dueDate), asc(referrals.id));
}

export type KeyedCommittee = { id: number; key: string; hqId: number; hqKey: string };

/** Current committees with this key, in every HQ: keys are unique only within one HQ. */
export async function committeesWithKey(db: Database, key: string): Promise<KeyedCommittee[]> {
  return db
    .select({ id: committees.id, key: committees.key, hqId: committees.hqId, hqKey: headquarters.key })
    .from(committees)
    .innerJoin(headquarters, eq(headquarters.id, committees.hqId))
    .where(and(eq(committees.key, key), isNull(committees.endedAt)))
    .orderBy(asc(headquarters.key));
}
