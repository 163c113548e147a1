import type { Database } from "../../db/client.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import { scheduleJob } from "../../db/queries/jobs.ts";
import type { MeetingRow } from "../../db/queries/meetings.ts";
import { autoCloseAt } from "../../domain/session-close.ts";
import { meetingJobKey } from "../shared/meeting-jobs.ts";
import { type JobKind, plannedJob } from "../shared/job-kinds.ts";

export const AUTO_CLOSE_JOB = "session_auto_close" satisfies JobKind;

/** B9: planned when a session starts, so its minutes clock runs even if nobody types /endmeeting (auto-close.ts). */
export async function scheduleAutoClose(
  tx: Database,
  meeting: Pick<MeetingRow, "id" | "hqId">,
  startedAt: Date,
): Promise<void> {
  const hq = (await findHeadquartersById(tx, meeting.hqId))!;
  await scheduleAutoCloseAt(tx, meeting.id, autoCloseAt(startedAt, hq.timezone));
}

export async function scheduleAutoCloseAt(tx: Database, meetingId: number, runAt: Date): Promise<void> {
  await scheduleJob(tx, plannedJob(AUTO_CLOSE_JOB, { meetingId }, runAt, meetingJobKey(meetingId, AUTO_CLOSE_JOB)));
}
