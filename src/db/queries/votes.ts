import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { agendaItems, ballots, resolutions, seats, secretTallies, votes } from "../schema.ts";

export type VoteRow = typeof votes.$inferSelect;
export type BallotRow = typeof ballots.$inferSelect;
export type Choice = NonNullable<BallotRow["choice"]>;
export type VoteResult = NonNullable<VoteRow["result"]>;

export async function insertVote(db: Database, fields: typeof votes.$inferInsert): Promise<VoteRow> {
  const [row] = await db.insert(votes).values(fields).returning();
  return row!;
}

export async function findVote(db: Database, id: number): Promise<VoteRow | undefined> {
  const [row] = await db.select().from(votes).where(eq(votes.id, id));
  return row;
}

/** Ballots of one vote serialize on its row, so the tally each press reports is the one it produced. */
export async function lockVote(db: Database, id: number): Promise<VoteRow | undefined> {
  const [row] = await db.select().from(votes).where(eq(votes.id, id)).for("update");
  return row;
}

export async function updateVote(db: Database, id: number, fields: Partial<typeof votes.$inferInsert>): Promise<void> {
  await db.update(votes).set(fields).where(eq(votes.id, id));
}

export async function openVotesOf(db: Database, meetingId: number): Promise<VoteRow[]> {
  return db
    .select()
    .from(votes)
    .where(and(eq(votes.meetingId, meetingId), eq(votes.status, "open")))
    .orderBy(asc(votes.id));
}

export async function agendaItemAt(db: Database, meetingId: number, position: number) {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.position, position)));
  return row;
}

/** Who has voted, seat by seat; `choice` is null throughout a secret vote. */
export async function ballotsOf(db: Database, voteId: number) {
  return db
    .select({ seatId: ballots.seatId, seatTitle: seats.title, choice: ballots.choice })
    .from(ballots)
    .innerJoin(seats, eq(seats.id, ballots.seatId))
    .where(eq(ballots.voteId, voteId))
    .orderBy(asc(seats.position), asc(seats.id));
}

export async function findBallot(db: Database, voteId: number, seatId: number): Promise<BallotRow | undefined> {
  const [row] = await db
    .select()
    .from(ballots)
    .where(and(eq(ballots.voteId, voteId), eq(ballots.seatId, seatId)));
  return row;
}

export async function insertBallot(db: Database, fields: typeof ballots.$inferInsert): Promise<void> {
  await db.insert(ballots).values(fields);
}

export async function changeBallot(db: Database, id: number, fields: { choice: Choice; castByPersonId: number; castAt: Date }): Promise<void> {
  await db.update(ballots).set(fields).where(eq(ballots.id, id));
}

export async function insertSecretTally(db: Database, voteId: number): Promise<void> {
  await db.insert(secretTallies).values({ voteId });
}

/** A secret ballot only ever adds one to a count: nothing ties the count to a seat. */
export async function addToSecretTally(db: Database, voteId: number, choice: Choice): Promise<void> {
  const column = secretTallies[choice];
  await db
    .update(secretTallies)
    .set({ [choice]: sql`${column} + 1` })
    .where(eq(secretTallies.voteId, voteId));
}

export async function secretTallyOf(db: Database, voteId: number): Promise<{ yes: number; no: number; abstain: number } | undefined> {
  const [row] = await db
    .select({ yes: secretTallies.yes, no: secretTallies.no, abstain: secretTallies.abstain })
    .from(secretTallies)
    .where(eq(secretTallies.voteId, voteId));
  return row;
}

export async function insertResolution(db: Database, fields: typeof resolutions.$inferInsert): Promise<number> {
  const [row] = await db.insert(resolutions).values(fields).returning({ id: resolutions.id });
  return row!.id;
}
