/** One dedupe key per meeting and job kind: rescheduling moves the job instead of adding a second one. */
export function meetingJobKey(meetingId: number, kind: string): string {
  return `meeting:${meetingId}:${kind}`;
}

export const MEETING_JOB_KINDS = ["rsvp_3d", "rsvp_1d", "starting_2h", "final_agenda"] as const;
