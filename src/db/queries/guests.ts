import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { guests, people } from "../schema.ts";

export type GuestRow = typeof guests.$inferSelect;

const guestColumns = {
  id: guests.id,
  hqId: guests.hqId,
  approvingHqId: guests.approvingHqId,
  meetingId: guests.meetingId,
  agency: guests.agency,
  reason: guests.reason,
  requestedByPersonId: guests.requestedByPersonId,
  status: guests.status,
  decidedByPersonId: guests.decidedByPersonId,
  decidedAt: guests.decidedAt,
  token: guests.token,
  guestPersonId: guests.guestPersonId,
  createdAt: guests.createdAt,
};

export async function insertGuest(
  db: Database,
  fields: Pick<
    typeof guests.$inferInsert,
    "hqId" | "approvingHqId" | "meetingId" | "agency" | "reason" | "requestedByPersonId" | "status" | "createdAt"
  >,
): Promise<GuestRow> {
  const [row] = await db.insert(guests).values(fields).returning(guestColumns);
  return row!;
}

/** Locks the request: two staff members pressing Approve and Reject at once are decided one after the other. */
export async function lockGuest(db: Database, id: number): Promise<GuestRow | undefined> {
  const [row] = await db.select(guestColumns).from(guests).where(eq(guests.id, id)).for("update");
  return row;
}

/** Which request a button (by id) or a link (by token) names, and its meeting, read without a lock. */
export async function findGuestKey(
  db: Database,
  key: number | string,
): Promise<{ id: number; meetingId: number } | undefined> {
  const [row] = await db
    .select({ id: guests.id, meetingId: guests.meetingId })
    .from(guests)
    .where(typeof key === "number" ? eq(guests.id, key) : eq(guests.token, key));
  return row;
}

export async function updateGuest(
  db: Database,
  id: number,
  fields: Partial<Pick<GuestRow, "status" | "decidedByPersonId" | "decidedAt" | "token" | "guestPersonId">>,
): Promise<void> {
  await db.update(guests).set(fields).where(eq(guests.id, id));
}

export type ApprovedGuestView = {
  guestId: number;
  agency: string;
  reason: string;
  personId: number | null;
  name: string | null;
  telegramId: number | null;
  locale: "fa" | "en" | null;
  telegramLanguage: string | null;
};

/** Approved guests of a meeting, with the person who opened the link (null until someone did). */
export async function approvedGuestsOf(db: Database, meetingId: number): Promise<ApprovedGuestView[]> {
  return db
    .select({
      guestId: guests.id,
      agency: guests.agency,
      reason: guests.reason,
      personId: guests.guestPersonId,
      name: people.name,
      telegramId: people.telegramId,
      locale: people.locale,
      telegramLanguage: people.telegramLanguage,
    })
    .from(guests)
    .leftJoin(people, eq(people.id, guests.guestPersonId))
    .where(and(eq(guests.meetingId, meetingId), eq(guests.status, "approved")))
    .orderBy(asc(guests.id));
}
