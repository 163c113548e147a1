import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../client.ts";
import { appointments } from "../schema.ts";

export type AppointmentRow = typeof appointments.$inferSelect;

export async function currentAppointment(db: Database, seatId: number): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.seatId, seatId), isNull(appointments.endedAt)));
  return row;
}

export async function insertAppointment(
  db: Database,
  fields: { seatId: number; personId: number; termStart: string; termEnd: string; startedAt: Date },
): Promise<AppointmentRow> {
  const [row] = await db.insert(appointments).values(fields).returning();
  return row!;
}

export async function updateAppointmentTerm(
  db: Database,
  id: number,
  term: { termStart: string; termEnd: string },
): Promise<void> {
  await db.update(appointments).set(term).where(eq(appointments.id, id));
}

export async function endAppointment(db: Database, id: number, now: Date): Promise<void> {
  await db.update(appointments).set({ endedAt: now }).where(eq(appointments.id, id));
}
