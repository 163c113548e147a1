import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../client.ts";
import { committees, subgroupProposals } from "../schema.ts";
import type { CommitteeRow } from "./committees.ts";

export type SubgroupProposalRow = typeof subgroupProposals.$inferSelect;

export async function insertSubgroupProposal(
  db: Database,
  fields: typeof subgroupProposals.$inferInsert,
): Promise<SubgroupProposalRow> {
  const [row] = await db.insert(subgroupProposals).values(fields).returning();
  return row!;
}

export async function lockSubgroupProposal(db: Database, id: number): Promise<SubgroupProposalRow | undefined> {
  const [row] = await db.select().from(subgroupProposals).where(eq(subgroupProposals.id, id)).for("update");
  return row;
}

export async function updateSubgroupProposal(
  db: Database,
  id: number,
  fields: Partial<typeof subgroupProposals.$inferInsert>,
): Promise<void> {
  await db.update(subgroupProposals).set(fields).where(eq(subgroupProposals.id, id));
}

/** Proposals of one committee still standing (proposed or approved): a title is proposed once. */
export async function standingSubgroupProposals(
  db: Database,
  parentCommitteeId: number,
): Promise<SubgroupProposalRow[]> {
  return db
    .select()
    .from(subgroupProposals)
    .where(
      and(
        eq(subgroupProposals.parentCommitteeId, parentCommitteeId),
        inArray(subgroupProposals.status, ["proposed", "approved"]),
      ),
    );
}

/** Every key the HQ has used, ended committees included (the key is unique per HQ for good). */
export async function committeeKeysOf(db: Database, hqId: number): Promise<string[]> {
  const rows = await db.select({ key: committees.key }).from(committees).where(eq(committees.hqId, hqId));
  return rows.map((row) => row.key);
}

export async function insertSubgroupCommittee(
  db: Database,
  fields: { hqId: number; parentId: number; key: string; titleFa: string; titleEn: string; createdAt: Date },
): Promise<CommitteeRow> {
  const [row] = await db
    .insert(committees)
    .values({ ...fields, template: null, chatId: null, rules: {} })
    .returning();
  return row!;
}
