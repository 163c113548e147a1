import type { Database } from "../../db/client.ts";
import { scheduleJob } from "../../db/queries/jobs.ts";
import { reminderPlan } from "../../domain/convening.ts";
import { notStartedAskAt } from "../../domain/not-started.ts";
import { meetingJobKey } from "../shared/meeting-jobs.ts";
import { type JobKind, plannedJob } from "../shared/job-kinds.ts";

export const NOT_STARTED_JOB = "meeting_not_started" satisfies JobKind;

/**
 * The jobs a scheduled meeting carries, planned when it is convened and again when it is moved (each under the
 * meeting's dedupe key, so a reschedule moves them and a cancel removes them): the RSVP and starting reminders, the
 * final agenda at the proposal deadline (B10), and the morning-after question (B9/B13), which asks only if the
 * meeting is still unstarted then.
 */
export async function scheduleMeetingJobs(
  tx: Database,
  meeting: { id: number; startsAt: Date; proposalDeadline: Date; zone: string },
  now: Date,
): Promise<void> {
  const payload = { meetingId: meeting.id };
  for (const reminder of reminderPlan(meeting.startsAt, now)) {
    await scheduleJob(tx, plannedJob(reminder.kind, payload, reminder.at, meetingJobKey(meeting.id, reminder.kind)));
  }
  await scheduleJob(
    tx,
    plannedJob("final_agenda", payload, meeting.proposalDeadline, meetingJobKey(meeting.id, "final_agenda")),
  );
  await scheduleJob(
    tx,
    plannedJob(
      NOT_STARTED_JOB,
      payload,
      notStartedAskAt(meeting.startsAt, meeting.zone),
      meetingJobKey(meeting.id, NOT_STARTED_JOB),
    ),
  );
}
