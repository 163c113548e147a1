import { writeAudit } from "../../db/queries/audit.ts";
import { lockMeeting, updateMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { standInsOf } from "../delegations/delegations.ts";
import { meetingMessages } from "../shared/broadcast.ts";
import { rsvpKeyboard } from "./buttons.ts";
import { loadMeeting } from "../shared/meeting-facts.ts";
import { finalAgendaText, reminderText } from "../shared/meeting-text.ts";
import type { ReminderKind } from "../../domain/convening.ts";

/**
 * A due reminder. 3 and 1 days before: only seats that have not answered; 2 hours before: everyone attending and a
 * short post in the group chat. A cancelled or already started meeting gets none. Safe to run twice: the job row
 * is completed in the runner only after this commits, and a rerun after a crash can at worst repeat one reminder.
 */
export async function sendReminder(deps: ServiceDeps, meetingId: number, kind: ReminderKind): Promise<number> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting?.status !== "scheduled" || meeting.startsAt <= now) return 0;
    const record = (await loadMeeting(tx, meetingId))!;
    const starting = kind === "starting_2h";
    const rows = meetingMessages(
      record,
      `reminder_${kind}`,
      {
        invitees: (i) => (starting ? i.response === "attending" || i.response === "delegating" : i.response === null),
        standIns: starting ? await standInsOf(tx, meetingId) : [],
        groupChat: starting,
      },
      (locale) => ({
        text: reminderText(deps.t, locale, record.facts, kind),
        replyMarkup: starting ? undefined : rsvpKeyboard(deps.t, locale, meetingId),
      }),
    );
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: meeting.hqId,
      action: `meeting.reminder_${kind}`,
      subjectType: "meeting",
      subjectId: meetingId,
      details: { recipients: rows.length },
      at: now,
    });
    return rows.length;
  });
}

/** B10: when the proposal deadline passes, the final agenda (items + accepted proposals) goes to everyone, once. */
export async function sendFinalAgenda(deps: ServiceDeps, meetingId: number): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting?.status !== "scheduled" || meeting.finalAgendaSentAt !== null) return false;
    if (meeting.proposalDeadline > now) return false; // moved by a reschedule; the moved job will come
    const record = (await loadMeeting(tx, meetingId))!;
    await enqueueMessages(
      tx,
      meetingMessages(
        record,
        "final_agenda",
        { standIns: await standInsOf(tx, meetingId), groupChat: true, secretariat: true },
        (locale) => ({
          text: finalAgendaText(deps.t, locale, record.facts),
        }),
      ),
    );
    await updateMeeting(tx, meetingId, { finalAgendaSentAt: now });
    await writeAudit(tx, {
      hqId: meeting.hqId,
      action: "meeting.final_agenda_sent",
      subjectType: "meeting",
      subjectId: meetingId,
      at: now,
    });
    return true;
  });
}
