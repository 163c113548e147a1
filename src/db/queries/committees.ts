import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../client.ts";
import { committees } from "../schema.ts";

export type CommitteeRow = typeof committees.$inferSelect;
export type CommitteeFields = Pick<CommitteeRow, "key" | "template" | "titleFa" | "titleEn" | "chatId" | "rules">;

export async function listCommittees(
  db: Database,
  hqId: number,
  options: { includeEnded?: boolean } = {},
): Promise<CommitteeRow[]> {
  return db
    .select()
    .from(committees)
    .where(and(eq(committees.hqId, hqId), options.includeEnded ? undefined : isNull(committees.endedAt)))
    .orderBy(asc(committees.id));
}

export async function findCommitteeById(db: Database, id: number): Promise<CommitteeRow | undefined> {
  const [row] = await db.select().from(committees).where(eq(committees.id, id));
  return row;
}

export async function findCommitteesByIds(db: Database, ids: number[]): Promise<CommitteeRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(committees).where(inArray(committees.id, ids));
}

export async function findCommitteeByChat(db: Database, chatId: number): Promise<CommitteeRow | undefined> {
  const [row] = await db
    .select()
    .from(committees)
    .where(and(eq(committees.chatId, chatId), isNull(committees.endedAt)));
  return row;
}

export async function insertCommittee(db: Database, hqId: number, fields: CommitteeFields): Promise<CommitteeRow> {
  const [row] = await db
    .insert(committees)
    .values({ hqId, ...fields })
    .returning();
  return row!;
}

export async function updateCommittee(
  db: Database,
  id: number,
  fields: Partial<
    CommitteeFields & Pick<CommitteeRow, "parentId" | "endedAt" | "namedChairPersonId" | "namedSecretaryPersonId">
  >,
): Promise<void> {
  await db.update(committees).set(fields).where(eq(committees.id, id));
}

/** A group chat that became a supergroup keeps its committee. */
export async function replaceCommitteeChatId(db: Database, oldChatId: number, newChatId: number): Promise<void> {
  await db.update(committees).set({ chatId: newChatId }).where(eq(committees.chatId, oldChatId));
}

/** Serializes changes within one committee (convening, proposal numbers). */
export async function lockCommittee(db: Database, id: number): Promise<CommitteeRow | undefined> {
  const [row] = await db.select().from(committees).where(eq(committees.id, id)).for("update");
  return row;
}
