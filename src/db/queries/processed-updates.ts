import { randomUUID } from "node:crypto";
import { eq, getTableColumns, lt, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { type RetryOptions, retryOnConnectionLoss } from "../connection-loss.ts";
import { conversationState, people, processedUpdates } from "../schema.ts";
import type { PersonRow } from "./people.ts";

export type ClaimedUpdate = {
  /** True when this instance is the first to see the update; false for a replay or a concurrent redelivery. */
  claimed: boolean;
  /** The registered person behind the sender, if any. */
  person: PersonRow | undefined;
  /** The wizard state stored under the conversation key, if any. */
  conversationState: unknown;
};

/**
 * Claims the update and, in the same round trip, reads what every handler needs first: the person who sent it and
 * their wizard state in this chat. Every update pays for this, so it is one statement rather than three. The reads
 * see the database as it was when the statement began; nothing written by this update comes before them.
 *
 * A connection lost while the statement was in flight leaves it unknown whether the claim committed, so the claim
 * carries a fresh token and is tried again: finding its own token means the earlier attempt committed and the update
 * is still this instance's; another token means someone else has it.
 */
export async function claimUpdate(
  db: Database,
  params: ClaimParams & { token?: string },
  retry: RetryOptions = {},
): Promise<ClaimedUpdate> {
  const token = params.token ?? randomUUID();
  return retryOnConnectionLoss(() => claimOnce(db, { ...params, token }), retry);
}

type ClaimParams = { updateId: number; now: Date; telegramId: number | null; conversationKey: string | null };

async function claimOnce(db: Database, params: ClaimParams & { token: string }): Promise<ClaimedUpdate> {
  const { updateId, now, telegramId, conversationKey, token } = params;
  const claim = db.$with("claim").as(
    db
      .insert(processedUpdates)
      .values({ updateId, receivedAt: now, claim: token })
      .onConflictDoUpdate({
        target: processedUpdates.updateId,
        set: { claim: token },
        setWhere: eq(processedUpdates.claim, token),
      })
      .returning({ updateId: processedUpdates.updateId }),
  );
  const [row] = await db
    .with(claim)
    .select({
      claimed: sql<boolean>`exists (select 1 from ${claim})`,
      person: getTableColumns(people),
      conversationState: conversationState.state,
    })
    .from(sql`(values (1)) as "update"`)
    .leftJoin(people, telegramId === null ? sql`false` : eq(people.telegramId, telegramId))
    .leftJoin(conversationState, conversationKey === null ? sql`false` : eq(conversationState.key, conversationKey));
  return {
    claimed: row?.claimed === true,
    person: row?.person ?? undefined,
    conversationState: row?.conversationState ?? undefined,
  };
}

/** A handler that failed gives its update back, so Telegram's redelivery can try again. */
export async function releaseUpdate(db: Database, updateId: number): Promise<void> {
  await retryOnConnectionLoss(() => db.delete(processedUpdates).where(eq(processedUpdates.updateId, updateId)));
}

export async function forgetUpdatesBefore(db: Database, before: Date): Promise<void> {
  await db.delete(processedUpdates).where(lt(processedUpdates.receivedAt, before));
}
