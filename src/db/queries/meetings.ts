import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, max, notInArray, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { agendaItems, committees, headquarters, invitations, meetings, people, seats } from "../schema.ts";

export type MeetingRow = typeof meetings.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type Rsvp = NonNullable<InvitationRow["response"]>;

export async function insertMeeting(db: Database, fields: typeof meetings.$inferInsert): Promise<MeetingRow> {
  const [row] = await db.insert(meetings).values(fields).returning();
  return row!;
}

export async function findMeeting(db: Database, id: number): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row;
}

/** Locks the meeting row: concurrent changes to one meeting (RSVP vs. reschedule) serialize on it. */
export async function lockMeeting(db: Database, id: number): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id)).for("update");
  return row;
}

export async function updateMeeting(
  db: Database,
  id: number,
  fields: Partial<typeof meetings.$inferInsert>,
): Promise<void> {
  await db.update(meetings).set(fields).where(eq(meetings.id, id));
}

/** Scheduled meetings of the given committees that have not started yet, soonest first. */
export async function upcomingMeetings(db: Database, committeeIds: number[], now: Date): Promise<MeetingRow[]> {
  if (committeeIds.length === 0) return [];
  return db
    .select()
    .from(meetings)
    .where(
      and(inArray(meetings.committeeId, committeeIds), eq(meetings.status, "scheduled"), gt(meetings.startsAt, now)),
    )
    .orderBy(asc(meetings.startsAt));
}

export async function insertAgendaItems(
  db: Database,
  meetingId: number,
  items: { text: string; proposalId?: number | null }[],
): Promise<void> {
  if (items.length === 0) return;
  const [last] = await db
    .select({ position: max(agendaItems.position) })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  const start = (last?.position ?? 0) + 1;
  await db.insert(agendaItems).values(
    items.map((item, i) => ({
      meetingId,
      position: start + i,
      text: item.text,
      proposalId: item.proposalId ?? null,
    })),
  );
}

export async function listAgenda(db: Database, meetingId: number): Promise<AgendaItemRow[]> {
  return db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position));
}

export async function insertInvitations(
  db: Database,
  rows: { meetingId: number; seatId: number; personId: number | null }[],
): Promise<InvitationRow[]> {
  if (rows.length === 0) return [];
  return db.insert(invitations).values(rows).returning();
}

export type InvitationView = InvitationRow & {
  seatTitle: string;
  seatRole: "chair" | "secretary" | "member";
  seatVoting: boolean;
  seatPosition: number;
  personName: string | null;
  personTelegramId: number | null;
  personLocale: "fa" | "en" | null;
  personTelegramLanguage: string | null;
  personStartedAt: Date | null;
};

export async function invitationsOf(db: Database, meetingId: number): Promise<InvitationView[]> {
  const rows = await db
    .select({
      invitation: invitations,
      seatTitle: seats.title,
      seatRole: seats.role,
      seatVoting: seats.voting,
      seatPosition: seats.position,
      personName: people.name,
      personTelegramId: people.telegramId,
      personLocale: people.locale,
      personTelegramLanguage: people.telegramLanguage,
      personStartedAt: people.startedAt,
    })
    .from(invitations)
    .innerJoin(seats, eq(seats.id, invitations.seatId))
    .leftJoin(people, eq(people.id, invitations.personId))
    .where(eq(invitations.meetingId, meetingId))
    .orderBy(asc(seats.position), asc(seats.id));
  return rows.map(({ invitation, ...rest }) => ({ ...invitation, ...rest }));
}

export async function setInvitationResponse(
  db: Database,
  id: number,
  response: Rsvp | null,
  at: Date | null,
): Promise<void> {
  await invitationResponseWrite(db, id, response, at);
}

/** setInvitationResponse as a statement not yet sent, to ride along with its audit entry (writeAudit's `alongside`). */
export function invitationResponseWrite(db: Database, id: number, response: Rsvp | null, at: Date | null) {
  return db.update(invitations).set({ response, respondedAt: at }).where(eq(invitations.id, id));
}

export async function resetResponses(db: Database, meetingId: number, keepSeatIds: number[] = []): Promise<void> {
  await db
    .update(invitations)
    .set({ response: null, respondedAt: null })
    .where(
      and(
        eq(invitations.meetingId, meetingId),
        keepSeatIds.length > 0 ? notInArray(invitations.seatId, keepSeatIds) : undefined,
      ),
    );
}

export type MeetingContext = {
  meeting: MeetingRow;
  committee: typeof committees.$inferSelect;
  hq: typeof headquarters.$inferSelect;
};

export async function meetingContext(db: Database, meetingId: number): Promise<MeetingContext | undefined> {
  const [row] = await db
    .select({ meeting: meetings, committee: committees, hq: headquarters })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .innerJoin(headquarters, eq(headquarters.id, meetings.hqId))
    .where(eq(meetings.id, meetingId));
  return row;
}

/** Scheduled meetings whose proposal deadline passed without the final agenda going out (a missed job's safety net). */
export async function meetingsAwaitingFinalAgenda(db: Database, now: Date): Promise<MeetingRow[]> {
  return db
    .select()
    .from(meetings)
    .where(
      and(eq(meetings.status, "scheduled"), lte(meetings.proposalDeadline, now), isNull(meetings.finalAgendaSentAt)),
    );
}

export async function countMeetingsHeld(db: Database, committeeId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(and(eq(meetings.committeeId, committeeId), isNotNull(meetings.endedAt)));
  return row?.n ?? 0;
}

export type AnsweringMeeting = {
  meeting: Pick<MeetingRow, "id" | "hqId" | "status" | "startsAt" | "place" | "proposalDeadline">;
  committeeTitleFa: string;
  committeeTitleEn: string;
  /** The committee's rules profile as stored (the roster's `rules:`). */
  committeeRules: unknown;
  hqName: string;
  hqTimezone: string;
  hqLocale: "fa" | "en";
  /** Agenda item texts in order. */
  agenda: string[];
  /** The answering person's invitation to it; null when they hold none. */
  invitation: { id: number; response: Rsvp | null } | null;
};

/**
 * An RSVP press in one statement: locks the meeting (answers and changes to the meeting serialize on it, as with
 * lockMeeting) and reads what the answer and the redrawn invitation need: the person's invitation, the committee's
 * titles, the HQ, and the agenda.
 */
export async function lockMeetingForAnswer(
  db: Database,
  meetingId: number,
  personId: number | null,
): Promise<AnsweringMeeting | undefined> {
  const [row] = await db
    .select({
      meeting: {
        id: meetings.id,
        hqId: meetings.hqId,
        status: meetings.status,
        startsAt: meetings.startsAt,
        place: meetings.place,
        proposalDeadline: meetings.proposalDeadline,
      },
      committeeTitleFa: committees.titleFa,
      committeeTitleEn: committees.titleEn,
      committeeRules: committees.rules,
      hqName: headquarters.name,
      hqTimezone: headquarters.timezone,
      hqLocale: headquarters.locale,
      agenda: sql<
        string[]
      >`(select coalesce(json_agg(${agendaItems.text} order by ${agendaItems.position}), '[]'::json) from ${agendaItems} where ${agendaItems.meetingId} = ${meetings.id})`,
      invitationId: invitations.id,
      invitationResponse: invitations.response,
    })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .innerJoin(headquarters, eq(headquarters.id, meetings.hqId))
    .leftJoin(
      invitations,
      and(eq(invitations.meetingId, meetings.id), personId === null ? sql`false` : eq(invitations.personId, personId)),
    )
    .where(eq(meetings.id, meetingId))
    .limit(1)
    .for("update", { of: meetings });
  if (!row) return undefined;
  const { invitationId, invitationResponse, ...rest } = row;
  return { ...rest, invitation: invitationId === null ? null : { id: invitationId, response: invitationResponse } };
}
