import { eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { meetingRequests } from "../schema.ts";

export type MeetingRequestRow = typeof meetingRequests.$inferSelect;

export async function insertMeetingRequest(
  db: Database,
  fields: typeof meetingRequests.$inferInsert,
): Promise<MeetingRequestRow> {
  const [row] = await db.insert(meetingRequests).values(fields).returning();
  return row!;
}

export async function lockMeetingRequest(db: Database, id: number): Promise<MeetingRequestRow | undefined> {
  const [row] = await db.select().from(meetingRequests).where(eq(meetingRequests.id, id)).for("update");
  return row;
}

export async function updateMeetingRequest(
  db: Database,
  id: number,
  fields: Partial<typeof meetingRequests.$inferInsert>,
): Promise<void> {
  await db.update(meetingRequests).set(fields).where(eq(meetingRequests.id, id));
}
