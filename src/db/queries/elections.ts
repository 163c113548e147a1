import { and, asc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { Database } from "../client.ts";
import { electionBallots, elections, meetings } from "../schema.ts";

export type ElectionRow = typeof elections.$inferSelect;

export async function insertElection(
  db: Database,
  fields: Pick<ElectionRow, "hqId" | "committeeId" | "meetingId" | "role" | "openedByPersonId" | "openedAt">,
): Promise<ElectionRow> {
  const [row] = await db.insert(elections).values(fields).returning();
  return row!;
}

export async function lockElection(db: Database, id: number): Promise<ElectionRow | undefined> {
  const [row] = await db.select().from(elections).where(eq(elections.id, id)).for("update");
  return row;
}

export async function openElectionsOf(db: Database, committeeIds: number[]): Promise<ElectionRow[]> {
  if (committeeIds.length === 0) return [];
  return db
    .select()
    .from(elections)
    .where(and(eq(elections.status, "open"), inArray(elections.committeeId, committeeIds)))
    .orderBy(asc(elections.id));
}

/** One ballot per voting seat; a second press moves it to the new candidate. */
export async function castElectionBallot(
  db: Database,
  fields: { electionId: number; voterSeatId: number; candidateSeatId: number; castAt: Date },
): Promise<void> {
  await db
    .insert(electionBallots)
    .values(fields)
    .onConflictDoUpdate({
      target: [electionBallots.electionId, electionBallots.voterSeatId],
      set: { candidateSeatId: fields.candidateSeatId, castAt: fields.castAt },
    });
}

export async function electionBallotsOf(db: Database, electionId: number) {
  return db
    .select({ voterSeatId: electionBallots.voterSeatId, candidateSeatId: electionBallots.candidateSeatId })
    .from(electionBallots)
    .where(eq(electionBallots.electionId, electionId))
    .orderBy(asc(electionBallots.id));
}

export async function closeElectionRow(
  db: Database,
  id: number,
  fields: Pick<ElectionRow, "closedAt" | "winnerSeatId" | "result">,
): Promise<void> {
  await db
    .update(elections)
    .set({ ...fields, status: "closed" })
    .where(and(eq(elections.id, id), eq(elections.status, "open")));
}

/** The elections held in one meeting's session, in order: what its minutes record (B7). */
export async function electionsOfMeeting(db: Database, meetingId: number): Promise<ElectionRow[]> {
  return db.select().from(elections).where(eq(elections.meetingId, meetingId)).orderBy(asc(elections.id));
}

/** Whether the committee has held (started) a meeting other than this one: then this is not its first meeting (B7). */
export async function heldAnotherMeeting(db: Database, committeeId: number, meetingId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.committeeId, committeeId), ne(meetings.id, meetingId), isNotNull(meetings.startedAt)))
    .limit(1);
  return row !== undefined;
}
