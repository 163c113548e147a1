import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { agendaItems, attendance, ballots, committees, headquarters, invitations, meetings, resolutions, seats, secretTallies, votes } from "../schema.ts";

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

export type VoteInContext = {
  vote: VoteRow;
  meetingStartsAt: Date;
  committeeRules: Record<string, unknown>;
  hqId: number;
  hqLocale: "fa" | "en";
  hqTimezone: string;
  /** The position of the agenda item the vote decides, if it names one. */
  agendaPosition: number | null;
  /** The seats invited to the vote's meeting, the majority base, each with whether it is in the room now. */
  invited: { seatId: number; personId: number | null; voting: boolean; present: boolean }[];
};

/**
 * A ballot press's one read: locks the vote as lockVote does, and brings what deciding the press and the live tally
 * message need besides the ballots: the meeting's day, the committee's rules, the HQ, the agenda position and the
 * invited seats with their presence.
 */
export async function lockVoteInContext(db: Database, id: number): Promise<VoteInContext | undefined> {
  const [row] = await db
    .select({
      vote: votes,
      meetingStartsAt: meetings.startsAt,
      committeeRules: committees.rules,
      hqId: headquarters.id,
      hqLocale: headquarters.locale,
      hqTimezone: headquarters.timezone,
      agendaPosition: agendaItems.position,
      invited: sql<VoteInContext["invited"]>`(select coalesce(json_agg(json_build_object('seatId', ${invitations.seatId}, 'personId', ${invitations.personId}, 'voting', ${seats.voting}, 'present', coalesce(${attendance.present}, false)) order by ${invitations.seatId}), '[]'::json) from ${invitations} inner join ${seats} on ${seats.id} = ${invitations.seatId} left join ${attendance} on ${attendance.meetingId} = ${invitations.meetingId} and ${attendance.seatId} = ${invitations.seatId} where ${invitations.meetingId} = ${votes.meetingId})`,
    })
    .from(votes)
    .innerJoin(meetings, eq(meetings.id, votes.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .innerJoin(headquarters, eq(headquarters.id, meetings.hqId))
    .leftJoin(agendaItems, and(eq(agendaItems.id, votes.agendaItemId), eq(agendaItems.meetingId, votes.meetingId)))
    .where(eq(votes.id, id))
    .for("update", { of: votes });
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

export type SeatBallot = { seatId: number; seatTitle: string; ballotId: number | null; choice: Choice | null };

/**
 * The vote's ballots seat by seat (as ballotsOf), with `seatId` among them even before it has voted (ballotId null):
 * a press learns from one read both the seat's own ballot and the list the tally message shows after it.
 */
export async function ballotsWithSeat(db: Database, voteId: number, seatId: number): Promise<SeatBallot[]> {
  return db
    .select({ seatId: seats.id, seatTitle: seats.title, ballotId: ballots.id, choice: ballots.choice })
    .from(seats)
    .leftJoin(ballots, and(eq(ballots.voteId, voteId), eq(ballots.seatId, seats.id)))
    .where(sql`${seats.id} = any(array(select ${ballots.seatId} from ${ballots} where ${ballots.voteId} = ${voteId}) || ${seatId}::integer)`)
    .orderBy(asc(seats.position), asc(seats.id));
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

/** A secret ballot only ever adds one to a count: nothing ties the count to a seat. Returns the counts after it. */
export async function addToSecretTally(db: Database, voteId: number, choice: Choice): Promise<{ yes: number; no: number; abstain: number } | undefined> {
  const column = secretTallies[choice];
  const [row] = await db
    .update(secretTallies)
    .set({ [choice]: sql`${column} + 1` })
    .where(eq(secretTallies.voteId, voteId))
    .returning({ yes: secretTallies.yes, no: secretTallies.no, abstain: secretTallies.abstain });
  return row;
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
