import { eq } from "drizzle-orm";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { findPersonByTelegramId, updatePerson } from "../../src/db/queries/people.ts";
import { attendance, committees, invitations, meetings, minutes, resolutions, votes } from "../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../src/services/convening/convene.ts";
import { openMinutes } from "../../src/services/minutes/minutes.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import type { BotHarness } from "./bot-harness.ts";
import { CHAIR, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "./rosters.ts";

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** Saturday 21 Azar 1405, 10:00 Tehran. */
export const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
export const ENDED = new Date(MEETING.getTime() + 2 * HOUR);

export type RecordedSession = {
  ids: Record<number, number>;
  meetingId: number;
  committeeId: number;
  minutesId: number;
};
export type SeatedCommittee = { ids: Record<number, number>; committeeId: number };

/**
 * A fresh database with the 9-seat working group imported, the clock ten days before MEETING, and every seat holder
 * marked as having opened the bot. `ids` maps Telegram ids to person ids.
 */
export async function seatedCommittee(h: BotHarness, roster = nineSeatRoster()): Promise<SeatedCommittee> {
  await h.reset();
  h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
  await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
  const ids: Record<number, number> = {};
  for (const telegramId of [CHAIR, SECRETARY, ...MEMBERS]) {
    const person = (await findPersonByTelegramId(h.database.db, telegramId))!;
    await updatePerson(h.database.db, person.id, { startedAt: h.clock.now() });
    ids[telegramId] = person.id;
  }
  const [committee] = await h.database.db.select().from(committees).where(eq(committees.key, "physical"));
  return { ids, committeeId: committee!.id };
}

/**
 * A 9-seat meeting as the session left it, written straight into the tables: 7 present, one vote passed (5 yes) and
 * one failed (4 yes), the session ended and the minutes draft opened. Minutes and resolution tests start here.
 */
export async function recordedSession(h: BotHarness, roster = nineSeatRoster()): Promise<RecordedSession> {
  const { ids, committeeId } = await seatedCommittee(h, roster);
  const db = h.database.db;
  const [committee] = await db.select().from(committees).where(eq(committees.id, committeeId));
  const convened = await conveneMeeting(h.services, ids[SECRETARY]!, {
    committeeId: committee!.id,
    startsAt: MEETING,
    place: "دفتر فرماندار",
    agenda: ["بررسی طرح‌ها", "بودجه"],
  });
  if (convened.kind !== "convened") throw new Error(convened.kind);
  const meetingId = convened.meetingId;
  const seats = await db.select().from(invitations).where(eq(invitations.meetingId, meetingId));
  // As the session writes it: a row only for a seat someone was in the room for (a row marked absent means they left).
  for (const seat of seats.slice(0, 7)) {
    await db
      .insert(attendance)
      .values({ meetingId, seatId: seat.seatId, personId: seat.personId, present: true, via: "self", at: MEETING });
  }
  for (const [question, yes, passed] of [
    ["تصویب طرح ساماندهی", 5, true],
    ["تصویب بودجه پیشنهادی", 4, false],
  ] as const) {
    const [vote] = await db
      .insert(votes)
      .values({
        hqId: committee!.hqId,
        meetingId,
        question,
        status: "closed",
        openedByPersonId: ids[SECRETARY]!,
        openedAt: MEETING,
        closedAt: MEETING,
        result: { yes, no: 1, abstain: 1, votingSeats: 9, threshold: 5, majority: "absolute", passed },
      })
      .returning();
    await db.insert(resolutions).values({
      hqId: committee!.hqId,
      committeeId: committee!.id,
      meetingId,
      voteId: vote!.id,
      text: question,
      passed,
    });
  }
  await db
    .update(meetings)
    .set({ status: "ended", startedAt: MEETING, endedAt: ENDED })
    .where(eq(meetings.id, meetingId));
  h.clock.set(ENDED);
  await db.transaction((tx) => openMinutes(tx, h.services, meetingId, ENDED));
  const [row] = await db.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  await h.deliver();
  h.emulator.clearCalls();
  return { ids, meetingId, committeeId: committee!.id, minutesId: row!.id };
}
