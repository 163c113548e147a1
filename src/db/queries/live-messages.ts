import { and, eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { meetings, votes } from "../schema.ts";

/**
 * A live message the bot keeps up to date (a meeting's attendance message, a vote's message) was posted anew as
 * `newMessageId`: whatever pointed at the old one points at the new one, so later edits (and the unpin at the end)
 * target it.
 */
export async function replaceLiveMessageId(
  db: Database,
  chatId: number,
  oldMessageId: number,
  newMessageId: number,
): Promise<void> {
  await db
    .update(meetings)
    .set({ sessionMessageId: newMessageId })
    .where(and(eq(meetings.sessionChatId, chatId), eq(meetings.sessionMessageId, oldMessageId)));
  await db
    .update(votes)
    .set({ messageId: newMessageId })
    .where(and(eq(votes.chatId, chatId), eq(votes.messageId, oldMessageId)));
}
