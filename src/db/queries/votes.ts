import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import {
  agendaItems,
  appointments,
  attendance,
  ballots,
  committees,
  delegations,
  guests,
  headquarters,
  invitations,
  meetings,
  seats,
  secretTallies,
  votes,
} from "../schema.ts";

export type VoteRow = typeof votes.$inferSelect;
export type BallotRow = typeof ballots.$inferSelect;
export type BallotChoice = NonNullable<BallotRow["choice"]>;
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
  /**
   * The seats invited to the vote's meeting, the majority base, each with whether it is in the room now and the term
   * of its current appointment (null when none is recorded).
   */
  invited: {
    seatId: number;
    personId: number | null;
    voting: boolean;
    present: boolean;
    title: string;
    position: number;
    term: { personId: number; termStart: string; termEnd: string } | null;
  }[];
  /** The vote's ballots, in seat order (position, then id); `choice` is null throughout a secret vote. */
  ballots: SeatBallot[];
  /** The secret vote's counts before this press; null for an open vote. */
  secretTally: { yes: number; no: number; abstain: number } | null;
  /** The meeting's accepted delegations. */
  delegations: { id: number; seatId: number; delegatePersonId: number | null; status: "accepted" }[];
  /** The presser's approved guest request at the meeting, if any. */
  guestId: number | null;
};

export type SeatBallot = {
  seatId: number;
  seatTitle: string;
  seatPosition: number;
  ballotId: number;
  choice: BallotChoice | null;
};

/**
 * A ballot press's one read: locks the vote as lockVote does, and brings everything deciding the press and redrawing
 * the live tally message needs: the meeting's day, the committee's rules, the HQ, the agenda position, the invited
 * seats with their presence and current terms, the ballots so far, and what the presser is at the meeting (the
 * accepted delegations and their approved guest request). The ballots cannot change under it: every ballot of a vote
 * is written under the vote's lock.
 */
export async function lockVoteInContext(
  db: Database,
  id: number,
  personId: number | null,
): Promise<VoteInContext | undefined> {
  const [row] = await db
    .select({
      vote: votes,
      meetingStartsAt: meetings.startsAt,
      committeeRules: committees.rules,
      hqId: headquarters.id,
      hqLocale: headquarters.locale,
      hqTimezone: headquarters.timezone,
      agendaPosition: agendaItems.position,
      invited: sql<
        VoteInContext["invited"]
      >`(select coalesce(json_agg(json_build_object('seatId', ${invitations.seatId}, 'personId', ${invitations.personId}, 'voting', ${seats.voting}, 'present', coalesce(${attendance.present}, false), 'title', ${seats.title}, 'position', ${seats.position}, 'term', case when ${appointments.id} is null then null else json_build_object('personId', ${appointments.personId}, 'termStart', ${appointments.termStart}, 'termEnd', ${appointments.termEnd}) end) order by ${invitations.seatId}), '[]'::json) from ${invitations} inner join ${seats} on ${seats.id} = ${invitations.seatId} left join ${attendance} on ${attendance.meetingId} = ${invitations.meetingId} and ${attendance.seatId} = ${invitations.seatId} left join ${appointments} on ${appointments.seatId} = ${invitations.seatId} and ${appointments.endedAt} is null where ${invitations.meetingId} = ${votes.meetingId})`,
      ballots: sql<
        SeatBallot[]
      >`(select coalesce(json_agg(json_build_object('seatId', ${seats.id}, 'seatTitle', ${seats.title}, 'seatPosition', ${seats.position}, 'ballotId', ${ballots.id}, 'choice', ${ballots.choice}) order by ${seats.position}, ${seats.id}), '[]'::json) from ${ballots} inner join ${seats} on ${seats.id} = ${ballots.seatId} where ${ballots.voteId} = ${votes.id})`,
      secretTally: sql<
        VoteInContext["secretTally"]
      >`(select json_build_object('yes', ${secretTallies.yes}, 'no', ${secretTallies.no}, 'abstain', ${secretTallies.abstain}) from ${secretTallies} where ${secretTallies.voteId} = ${votes.id})`,
      delegations: sql<
        VoteInContext["delegations"]
      >`(select coalesce(json_agg(json_build_object('id', ${delegations.id}, 'seatId', ${delegations.seatId}, 'delegatePersonId', ${delegations.delegatePersonId}, 'status', ${delegations.status}) order by ${delegations.id}), '[]'::json) from ${delegations} where ${delegations.meetingId} = ${votes.meetingId} and ${delegations.status} = 'accepted')`,
      guestId: sql<
        number | null
      >`(select ${guests.id} from ${guests} where ${guests.meetingId} = ${votes.meetingId} and ${guests.guestPersonId} = ${personId}::integer and ${guests.status} = 'approved' order by ${guests.id} limit 1)`,
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

/** A seat's new ballot, as a statement not yet sent: it rides along with its audit entry (writeAudit's `alongside`). */
export function ballotInsert(db: Database, fields: typeof ballots.$inferInsert) {
  return db.insert(ballots).values(fields);
}

/** A changed ballot, as a statement not yet sent (see ballotInsert). */
export function ballotChange(
  db: Database,
  id: number,
  fields: { choice: BallotChoice; castByPersonId: number; castAt: Date },
) {
  return db.update(ballots).set(fields).where(eq(ballots.id, id));
}

export async function insertSecretTally(db: Database, voteId: number): Promise<void> {
  await db.insert(secretTallies).values({ voteId });
}

/**
 * A secret ballot only ever adds one to a count: nothing ties the count to a seat. A statement not yet sent (see
 * ballotInsert); the counts after it are the ones read under the vote's lock plus this one.
 */
export function secretTallyIncrement(db: Database, voteId: number, choice: BallotChoice) {
  const column = secretTallies[choice];
  return db
    .update(secretTallies)
    .set({ [choice]: sql`${column} + 1` })
    .where(eq(secretTallies.voteId, voteId));
}

export async function secretTallyOf(
  db: Database,
  voteId: number,
): Promise<{ yes: number; no: number; abstain: number } | undefined> {
  const [row] = await db
    .select({ yes: secretTallies.yes, no: secretTallies.no, abstain: secretTallies.abstain })
    .from(secretTallies)
    .where(eq(secretTallies.voteId, voteId));
  return row;
}
