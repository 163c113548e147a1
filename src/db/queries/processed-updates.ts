import { eq, lt } from "drizzle-orm";
import type { Database } from "../client.ts";
import { processedUpdates } from "../schema.ts";

/** True when this instance is the first to see the update; false for a replay or a concurrent redelivery. */
export async function claimUpdate(db: Database, updateId: number, now: Date): Promise<boolean> {
  const rows = await db
    .insert(processedUpdates)
    .values({ updateId, receivedAt: now })
    .onConflictDoNothing()
    .returning({ updateId: processedUpdates.updateId });
  return rows.length === 1;
}

/** A handler that failed gives its update back, so Telegram's redelivery can try again. */
export async function releaseUpdate(db: Database, updateId: number): Promise<void> {
  await db.delete(processedUpdates).where(eq(processedUpdates.updateId, updateId));
}

export async function forgetUpdatesBefore(db: Database, before: Date): Promise<void> {
  await db.delete(processedUpdates).where(lt(processedUpdates.receivedAt, before));
}
