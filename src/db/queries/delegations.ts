import { and, asc, eq, gt, inArray, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client.ts";
import { delegations, invitations, meetings, people, seats } from "../schema.ts";

export type DelegationRow = typeof delegations.$inferSelect;
export type DelegationStatus = DelegationRow["status"];

/** The statuses the one-per-seat index covers: a delegation that still stands or may still be accepted. */
export const STANDING_STATUSES = [
  "awaiting_delegate",
  "awaiting_secretary",
  "accepted",
] as const satisfies readonly DelegationStatus[];

const delegationColumns = {
  id: delegations.id,
  hqId: delegations.hqId,
  meetingId: delegations.meetingId,
  seatId: delegations.seatId,
  principalPersonId: delegations.principalPersonId,
  statement: delegations.statement,
  token: delegations.token,
  delegatePersonId: delegations.delegatePersonId,
  status: delegations.status,
  createdAt: delegations.createdAt,
  confirmedAt: delegations.confirmedAt,
  decidedByPersonId: delegations.decidedByPersonId,
  decidedAt: delegations.decidedAt,
  endedAt: delegations.endedAt,
};

export async function insertDelegation(
  db: Database,
  fields: Pick<
    typeof delegations.$inferInsert,
    "hqId" | "meetingId" | "seatId" | "principalPersonId" | "statement" | "token" | "status" | "createdAt"
  >,
): Promise<DelegationRow> {
  const [row] = await db.insert(delegations).values(fields).returning(delegationColumns);
  return row!;
}

/** Locks the delegation for the rest of the transaction: a confirm, a decision and a revoke cannot interleave. */
export async function lockDelegation(db: Database, id: number): Promise<DelegationRow | undefined> {
  const [row] = await db.select(delegationColumns).from(delegations).where(eq(delegations.id, id)).for("update");
  return row;
}

/** Which delegation a link or a button names, and its meeting, read without a lock (the caller locks the meeting first). */
export async function findDelegationKey(
  db: Database,
  key: { id: number } | { token: string },
): Promise<{ id: number; meetingId: number } | undefined> {
  const [row] = await db
    .select({ id: delegations.id, meetingId: delegations.meetingId })
    .from(delegations)
    .where("id" in key ? eq(delegations.id, key.id) : eq(delegations.token, key.token));
  return row;
}

export async function updateDelegation(
  db: Database,
  id: number,
  fields: Partial<
    Pick<DelegationRow, "delegatePersonId" | "status" | "confirmedAt" | "decidedByPersonId" | "decidedAt" | "endedAt">
  >,
): Promise<void> {
  await db.update(delegations).set(fields).where(eq(delegations.id, id));
}

export async function standingDelegationOfSeat(
  db: Database,
  meetingId: number,
  seatId: number,
): Promise<DelegationRow | undefined> {
  const [row] = await db
    .select(delegationColumns)
    .from(delegations)
    .where(
      and(
        eq(delegations.meetingId, meetingId),
        eq(delegations.seatId, seatId),
        inArray(delegations.status, [...STANDING_STATUSES]),
      ),
    );
  return row;
}

/** Standing delegations of a meeting held (or claimed) by this person, other than `exceptId`. */
export async function standingDelegationsHeldBy(
  db: Database,
  meetingId: number,
  personId: number,
  exceptId: number,
): Promise<DelegationRow[]> {
  return db
    .select(delegationColumns)
    .from(delegations)
    .where(
      and(
        eq(delegations.meetingId, meetingId),
        eq(delegations.delegatePersonId, personId),
        ne(delegations.id, exceptId),
        inArray(delegations.status, [...STANDING_STATUSES]),
      ),
    );
}

/** A member's standing delegations for scheduled meetings that have not started yet, soonest first. */
export async function standingDelegationsOfPrincipal(
  db: Database,
  personId: number,
  now: Date,
): Promise<DelegationRow[]> {
  return db
    .select(delegationColumns)
    .from(delegations)
    .innerJoin(meetings, eq(meetings.id, delegations.meetingId))
    .where(
      and(
        eq(delegations.principalPersonId, personId),
        inArray(delegations.status, [...STANDING_STATUSES]),
        eq(meetings.status, "scheduled"),
        gt(meetings.startsAt, now),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(delegations.id));
}

/** Ends every standing delegation of a meeting at once; returns the rows it ended. */
export async function endStandingDelegations(
  db: Database,
  meetingId: number,
  status: Extract<DelegationStatus, "expired">,
  now: Date,
): Promise<Pick<DelegationRow, "id" | "hqId" | "seatId" | "status">[]> {
  return db
    .update(delegations)
    .set({ status, endedAt: now })
    .where(and(eq(delegations.meetingId, meetingId), inArray(delegations.status, [...STANDING_STATUSES])))
    .returning({ id: delegations.id, hqId: delegations.hqId, seatId: delegations.seatId, status: delegations.status });
}

export type AcceptedDelegateView = {
  delegationId: number;
  seatId: number;
  seatTitle: string;
  principalPersonId: number;
  principalName: string;
  delegatePersonId: number;
  delegateName: string;
  delegateTelegramId: number | null;
  delegateLocale: "fa" | "en" | null;
  delegateTelegramLanguage: string | null;
};

/** The accepted delegates of a meeting with their seats and the people on both sides. */
export async function acceptedDelegatesOf(db: Database, meetingId: number): Promise<AcceptedDelegateView[]> {
  const principal = alias(people, "principal");
  return db
    .select({
      delegationId: delegations.id,
      seatId: delegations.seatId,
      seatTitle: seats.title,
      principalPersonId: delegations.principalPersonId,
      principalName: principal.name,
      delegatePersonId: people.id,
      delegateName: people.name,
      delegateTelegramId: people.telegramId,
      delegateLocale: people.locale,
      delegateTelegramLanguage: people.telegramLanguage,
    })
    .from(delegations)
    .innerJoin(seats, eq(seats.id, delegations.seatId))
    .innerJoin(people, eq(people.id, delegations.delegatePersonId))
    .innerJoin(principal, eq(principal.id, delegations.principalPersonId))
    .where(and(eq(delegations.meetingId, meetingId), eq(delegations.status, "accepted")))
    .orderBy(asc(seats.position), asc(seats.id));
}

export type InvitedSeatView = {
  invitationId: number;
  seatId: number;
  seatTitle: string;
  voting: boolean;
  response: (typeof invitations.$inferSelect)["response"];
};

/** The seats this person was invited for at a meeting, in seat order. */
export async function invitedSeatsOfPerson(
  db: Database,
  meetingId: number,
  personId: number,
): Promise<InvitedSeatView[]> {
  return db
    .select({
      invitationId: invitations.id,
      seatId: seats.id,
      seatTitle: seats.title,
      voting: seats.voting,
      response: invitations.response,
    })
    .from(invitations)
    .innerJoin(seats, eq(seats.id, invitations.seatId))
    .where(and(eq(invitations.meetingId, meetingId), eq(invitations.personId, personId)))
    .orderBy(asc(seats.position), asc(seats.id));
}

/** Scheduled, not yet started meetings this person was invited to for a voting seat, soonest first. */
export async function upcomingVotingInvitations(
  db: Database,
  personId: number,
  now: Date,
): Promise<{ meetingId: number; startsAt: Date }[]> {
  return db
    .selectDistinct({ meetingId: meetings.id, startsAt: meetings.startsAt })
    .from(invitations)
    .innerJoin(seats, eq(seats.id, invitations.seatId))
    .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
    .where(
      and(
        eq(invitations.personId, personId),
        eq(seats.voting, true),
        eq(meetings.status, "scheduled"),
        gt(meetings.startsAt, now),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}
