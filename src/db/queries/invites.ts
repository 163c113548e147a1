import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../client.ts";
import { inviteTokens } from "../schema.ts";

export type InviteRow = typeof inviteTokens.$inferSelect;

export async function findInvite(db: Database, token: string): Promise<InviteRow | undefined> {
  const [row] = await db.select().from(inviteTokens).where(eq(inviteTokens.token, token));
  return row;
}

/** Locks the invite for the rest of the transaction so two people opening one link cannot both take the seat. */
export async function lockInvite(db: Database, token: string): Promise<InviteRow | undefined> {
  const [row] = await db.select().from(inviteTokens).where(eq(inviteTokens.token, token)).for("update");
  return row;
}

export async function unusedSeatInvite(db: Database, seatId: number): Promise<InviteRow | undefined> {
  const [row] = await db
    .select()
    .from(inviteTokens)
    .where(
      and(
        eq(inviteTokens.seatId, seatId),
        eq(inviteTokens.kind, "seat"),
        isNull(inviteTokens.usedAt),
        isNull(inviteTokens.revokedAt),
      ),
    );
  return row;
}

/** Retires the seat's links nobody has opened yet; returns how many there were. */
export async function revokeUnusedSeatInvites(db: Database, seatId: number, now: Date): Promise<number> {
  const rows = await db
    .update(inviteTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(inviteTokens.seatId, seatId),
        eq(inviteTokens.kind, "seat"),
        isNull(inviteTokens.usedAt),
        isNull(inviteTokens.revokedAt),
      ),
    )
    .returning({ token: inviteTokens.token });
  return rows.length;
}

export async function insertInvite(
  db: Database,
  fields: { token: string; kind: "seat"; seatId: number; createdAt: Date },
): Promise<void> {
  await db.insert(inviteTokens).values(fields);
}

export async function markInviteUsed(db: Database, token: string, personId: number, now: Date): Promise<void> {
  await db.update(inviteTokens).set({ usedAt: now, usedByPersonId: personId }).where(eq(inviteTokens.token, token));
}
