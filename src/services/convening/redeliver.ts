import type { Database } from "../../db/client.ts";
import { findMeeting } from "../../db/queries/meetings.ts";
import { dropPending, releaseAwaitingStart, replacePendingPayload } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { rsvpKeyboard } from "./buttons.ts";
import { loadMeeting } from "../shared/meeting-facts.ts";
import { invitationText, localeOfRecipient } from "../shared/meeting-text.ts";

/** Messages about a meeting that only make sense while it is still ahead, in the order they supersede each other. */
const ABOUT_UPCOMING = new Set([
  "invitation",
  "meeting_rescheduled",
  "reminder_rsvp_3d",
  "reminder_rsvp_1d",
  "reminder_starting_2h",
]);

/**
 * A person who opens the bot for the first time gets what was parked for them (Telegram refused it before /start).
 * Meeting messages are brought up to date first: one invitation with the agenda and time as they are now, nothing
 * about a meeting that was cancelled or has started.
 */
export async function redeliverParked(tx: Database, deps: ServiceDeps, personId: number, now: Date): Promise<void> {
  const released = await releaseAwaitingStart(tx, personId, now);
  const byMeeting = new Map<number, number[]>();
  for (const row of released) {
    if (row.meetingId === null || !ABOUT_UPCOMING.has(row.purpose)) continue;
    byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row.id]);
  }
  const person = await findPersonById(tx, personId);
  for (const [meetingId, ids] of byMeeting) {
    const meeting = await findMeeting(tx, meetingId);
    if (meeting?.status !== "scheduled" || meeting.startsAt <= now) {
      await dropPending(tx, ids, "the meeting is no longer ahead");
      continue;
    }
    const [keep, ...superseded] = ids;
    const record = (await loadMeeting(tx, meetingId))!;
    const locale = localeOfRecipient(person ?? null, record.hq.locale);
    await replacePendingPayload(tx, keep!, {
      method: "sendMessage",
      text: invitationText(deps.t, locale, record.facts),
      replyMarkup: rsvpKeyboard(deps.t, locale, meetingId),
    });
    await dropPending(tx, superseded, "replaced by the up-to-date invitation");
  }
}
