import { and, asc, eq, isNull, max } from "drizzle-orm";
import type { Database } from "../client.ts";
import { proposals } from "../schema.ts";

export type ProposalRow = typeof proposals.$inferSelect;

/** Receipt numbers run per committee; the caller holds the committee's row lock, so two proposals cannot share one. */
export async function nextProposalNumber(db: Database, committeeId: number): Promise<number> {
  const [row] = await db
    .select({ n: max(proposals.number) })
    .from(proposals)
    .where(eq(proposals.committeeId, committeeId));
  return (row?.n ?? 0) + 1;
}

export async function insertProposal(db: Database, fields: typeof proposals.$inferInsert): Promise<ProposalRow> {
  const [row] = await db.insert(proposals).values(fields).returning();
  return row!;
}

export async function lockProposal(db: Database, id: number): Promise<ProposalRow | undefined> {
  const [row] = await db.select().from(proposals).where(eq(proposals.id, id)).for("update");
  return row;
}

export async function updateProposal(
  db: Database,
  id: number,
  fields: Partial<typeof proposals.$inferInsert>,
): Promise<void> {
  await db.update(proposals).set(fields).where(eq(proposals.id, id));
}

export async function proposalsOfMeeting(db: Database, meetingId: number): Promise<ProposalRow[]> {
  return db.select().from(proposals).where(eq(proposals.meetingId, meetingId)).orderBy(asc(proposals.number));
}

/** Late proposals the proposer chose to keep, waiting for the committee's next meeting. */
export async function heldProposals(db: Database, committeeId: number): Promise<ProposalRow[]> {
  return db
    .select()
    .from(proposals)
    .where(
      and(eq(proposals.committeeId, committeeId), eq(proposals.status, "held_for_next"), isNull(proposals.meetingId)),
    )
    .orderBy(asc(proposals.number));
}

export async function findProposal(db: Database, id: number): Promise<ProposalRow | undefined> {
  const [row] = await db.select().from(proposals).where(eq(proposals.id, id));
  return row;
}
