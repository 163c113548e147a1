import type { Database } from "../../db/client.ts";
import { scheduleJob } from "../../db/queries/jobs.ts";
import { notStartedAskAt } from "../../domain/not-started.ts";
import { meetingJobKey } from "./jobs.ts";

export const NOT_STARTED_JOB = "meeting_not_started";

/**
 * B9/B13: planned when a meeting is convened or moved (the meeting's dedupe key moves it with a reschedule, and a
 * cancel removes it with the meeting's other jobs); the handler asks only if the meeting is still unstarted then.
 */
export async function scheduleNotStartedQuestion(tx: Database, meetingId: number, startsAt: Date, zone: string): Promise<void> {
  await scheduleJob(tx, { kind: NOT_STARTED_JOB, runAt: notStartedAskAt(startsAt, zone), payload: { meetingId }, dedupeKey: meetingJobKey(meetingId, NOT_STARTED_JOB) });
}
