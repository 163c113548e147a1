import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../client.ts";
import { appointments, committees, headquarters, people, seats } from "../schema.ts";

export type SeatRow = typeof seats.$inferSelect;
export type SeatRowRole = SeatRow["role"];
export type SeatFields = Pick<SeatRow, "title" | "role" | "voting" | "position">;

export async function listSeats(
  db: Database,
  committeeId: number,
  options: { includeEnded?: boolean } = {},
): Promise<SeatRow[]> {
  return db
    .select()
    .from(seats)
    .where(and(eq(seats.committeeId, committeeId), options.includeEnded ? undefined : isNull(seats.endedAt)))
    .orderBy(asc(seats.position), asc(seats.id));
}

export async function findSeatById(db: Database, id: number): Promise<SeatRow | undefined> {
  const [row] = await db.select().from(seats).where(eq(seats.id, id));
  return row;
}

/** Locks the seat for the rest of the transaction: one change of its holder or term at a time. */
export async function lockSeat(db: Database, id: number): Promise<SeatRow | undefined> {
  const [row] = await db.select().from(seats).where(eq(seats.id, id)).for("update");
  return row;
}

export async function insertSeat(db: Database, committeeId: number, fields: SeatFields): Promise<SeatRow> {
  const [row] = await db
    .insert(seats)
    .values({ committeeId, ...fields })
    .returning();
  return row!;
}

export async function updateSeat(
  db: Database,
  id: number,
  fields: Partial<SeatFields & Pick<SeatRow, "endedAt" | "roleElectedAt">>,
): Promise<void> {
  await db.update(seats).set(fields).where(eq(seats.id, id));
}

/** A seat with its committee, HQ and current holder: what a person sees of their roles. */
export type SeatHolding = {
  seatId: number;
  seatTitle: string;
  role: SeatRowRole;
  voting: boolean;
  committeeId: number;
  committeeKey: string;
  committeeTitleFa: string;
  committeeTitleEn: string;
  committeeTemplate: string | null;
  committeeChatId: number | null;
  hqId: number;
  hqKey: string;
  hqName: string;
  hqTimezone: string;
  termStart: string;
  termEnd: string;
};

const holdingColumns = {
  seatId: seats.id,
  seatTitle: seats.title,
  role: seats.role,
  voting: seats.voting,
  committeeId: committees.id,
  committeeKey: committees.key,
  committeeTitleFa: committees.titleFa,
  committeeTitleEn: committees.titleEn,
  committeeTemplate: committees.template,
  committeeChatId: committees.chatId,
  hqId: headquarters.id,
  hqKey: headquarters.key,
  hqName: headquarters.name,
  hqTimezone: headquarters.timezone,
  termStart: appointments.termStart,
  termEnd: appointments.termEnd,
};

function currentHoldings(db: Database) {
  return db
    .select(holdingColumns)
    .from(appointments)
    .innerJoin(seats, eq(seats.id, appointments.seatId))
    .innerJoin(committees, eq(committees.id, seats.committeeId))
    .innerJoin(headquarters, eq(headquarters.id, committees.hqId))
    .$dynamic();
}

/** The seats a person currently holds, in every HQ. */
export async function seatsHeldBy(db: Database, personId: number): Promise<SeatHolding[]> {
  return currentHoldings(db)
    .where(
      and(
        eq(appointments.personId, personId),
        isNull(appointments.endedAt),
        isNull(seats.endedAt),
        isNull(committees.endedAt),
      ),
    )
    .orderBy(asc(headquarters.key), asc(committees.id), asc(seats.position));
}

export type SeatWithHolder = SeatRow & {
  holder: { personId: number; name: string; telegramId: number | null; termStart: string; termEnd: string } | null;
};

/** Seats of the given committees with whoever currently holds each (null when vacant). */
export async function seatsWithHolders(db: Database, committeeIds: number[]): Promise<SeatWithHolder[]> {
  if (committeeIds.length === 0) return [];
  const rows = await db
    .select({
      seat: seats,
      personId: people.id,
      name: people.name,
      telegramId: people.telegramId,
      termStart: appointments.termStart,
      termEnd: appointments.termEnd,
    })
    .from(seats)
    .leftJoin(appointments, and(eq(appointments.seatId, seats.id), isNull(appointments.endedAt)))
    .leftJoin(people, eq(people.id, appointments.personId))
    .where(and(inArray(seats.committeeId, committeeIds), isNull(seats.endedAt)))
    .orderBy(asc(seats.committeeId), asc(seats.position), asc(seats.id));
  return rows.map((row) => ({
    ...row.seat,
    holder:
      row.personId === null
        ? null
        : {
            personId: row.personId,
            name: row.name!,
            telegramId: row.telegramId,
            termStart: row.termStart!,
            termEnd: row.termEnd!,
          },
  }));
}
