import { eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { conversationState } from "../schema.ts";

export async function readConversationState(db: Database, key: string): Promise<unknown> {
  const [row] = await db
    .select({ state: conversationState.state })
    .from(conversationState)
    .where(eq(conversationState.key, key));
  return row?.state;
}

export async function writeConversationState(db: Database, key: string, state: unknown, now: Date): Promise<void> {
  await db
    .insert(conversationState)
    .values({ key, state, updatedAt: now })
    .onConflictDoUpdate({ target: conversationState.key, set: { state, updatedAt: now } });
}

export async function deleteConversationState(db: Database, key: string): Promise<void> {
  await db.delete(conversationState).where(eq(conversationState.key, key));
}
