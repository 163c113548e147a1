import { z } from "zod";

const id = z.number().int().positive();
const meeting = z.object({ meetingId: id });
const resolution = z.object({ resolutionId: id, recurring: z.boolean().optional() });
const minutes = z.object({ minutesId: id, hours: z.number().int().positive().optional() });

/**
 * Every kind of job the services plan, with the payload it carries. The planner builds a job through `plannedJob`
 * and its handler reads it through `jobPayload`, so both sides agree on one schema; a payload that does not parse
 * is refused where it is written (a bug) and fails the job where it is read (an old or foreign row), with the reason.
 */
export const JOB_PAYLOADS = {
  rsvp_3d: meeting,
  rsvp_1d: meeting,
  starting_2h: meeting,
  final_agenda: meeting,
  session_auto_close: meeting,
  meeting_not_started: meeting,
  minutes_reminder: minutes,
  minutes_overdue: minutes,
  resolution_follow_up: resolution,
  resolution_overdue: resolution,
  referral_reminder: z.object({ referralId: id, stage: z.enum(["week_before", "due", "overdue"]) }),
  /** `startsAt` is the visit's time when the reminder was planned: one planned before a move stays silent. */
  visit_reminder: z.object({ visitId: id, stage: z.enum(["day_before", "starting_2h"]), startsAt: z.iso.datetime() }),
  daily_planning: z.object({}),
  performance_report: z.object({ committeeId: id, kind: z.enum(["quarterly", "monthly"]), label: z.string() }),
  term_reminder: z.object({ appointmentId: id, termEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
} as const;

export type JobKind = keyof typeof JOB_PAYLOADS;
/** The kinds whose payload is just the meeting they concern. */
export type MeetingJobKind = {
  [K in JobKind]: (typeof JOB_PAYLOADS)[K] extends typeof meeting ? K : never;
}[JobKind];
export type JobPayload<K extends JobKind> = z.output<(typeof JOB_PAYLOADS)[K]>;

/** A job to schedule, its payload checked against its kind's schema. */
export function plannedJob<K extends JobKind>(
  kind: K,
  payload: z.input<(typeof JOB_PAYLOADS)[K]>,
  runAt: Date,
  dedupeKey: string,
): { kind: K; payload: Record<string, unknown>; runAt: Date; dedupeKey: string } {
  return { kind, payload: JOB_PAYLOADS[kind].parse(payload) as Record<string, unknown>, runAt, dedupeKey };
}

/** A claimed job's payload, read with its kind's schema. */
export function jobPayload<K extends JobKind>(kind: K, job: { payload: unknown }): JobPayload<K> {
  return JOB_PAYLOADS[kind].parse(job.payload) as JobPayload<K>;
}
