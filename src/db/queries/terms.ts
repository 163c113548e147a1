import { and, asc, eq, inArray, isNull, lte } from "drizzle-orm";
import type { Database } from "../client.ts";
import { appointments, committees, headquarters, people, seats } from "../schema.ts";

/** A current appointment with what a term reminder says about it. */
export type TermView = {
  appointmentId: number;
  termStart: string;
  termEnd: string;
  personId: number;
  personName: string;
  seatId: number;
  seatTitle: string;
  committeeId: number;
  committeeTitleFa: string;
  committeeTitleEn: string;
  hqId: number;
  hqTimezone: string;
  hqLocale: "fa" | "en";
  /** Set once the appointment was ended or replaced: no reminder is due for it any more. */
  endedAt: Date | null;
};

const columns = {
  appointmentId: appointments.id,
  termStart: appointments.termStart,
  termEnd: appointments.termEnd,
  personId: people.id,
  personName: people.name,
  seatId: seats.id,
  seatTitle: seats.title,
  committeeId: committees.id,
  committeeTitleFa: committees.titleFa,
  committeeTitleEn: committees.titleEn,
  hqId: headquarters.id,
  hqTimezone: headquarters.timezone,
  hqLocale: headquarters.locale,
  endedAt: appointments.endedAt,
};

function joined(db: Database) {
  return db
    .select(columns)
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .innerJoin(seats, eq(seats.id, appointments.seatId))
    .innerJoin(committees, eq(committees.id, seats.committeeId))
    .innerJoin(headquarters, eq(headquarters.id, committees.hqId))
    .$dynamic();
}

/** Current appointments (seat and committee still in place) whose term ends on or before `lastDay`. */
export async function termsEndingBy(db: Database, lastDay: string): Promise<TermView[]> {
  return joined(db)
    .where(
      and(
        isNull(appointments.endedAt),
        isNull(seats.endedAt),
        isNull(committees.endedAt),
        lte(appointments.termEnd, lastDay),
      ),
    )
    .orderBy(asc(appointments.termEnd), asc(appointments.id));
}

export async function findTerm(db: Database, appointmentId: number): Promise<TermView | undefined> {
  const [row] = await joined(db).where(eq(appointments.id, appointmentId));
  return row;
}

/** The current appointment's term of each held seat among `seatIds`. */
export async function currentTermsOfSeats(
  db: Database,
  seatIds: number[],
): Promise<{ seatId: number; personId: number; termStart: string; termEnd: string }[]> {
  if (seatIds.length === 0) return [];
  return db
    .select({
      seatId: appointments.seatId,
      personId: appointments.personId,
      termStart: appointments.termStart,
      termEnd: appointments.termEnd,
    })
    .from(appointments)
    .where(and(inArray(appointments.seatId, seatIds), isNull(appointments.endedAt)));
}
