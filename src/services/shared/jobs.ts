import { z } from "zod";
import type { JobHandler } from "./job-handler.ts";
import type { ServiceDeps } from "./deps.ts";
import { sendFinalAgenda, sendReminder } from "../convening/reminders.ts";
import { remindUnsignedMinutes, reportOverdueMinutes } from "../minutes/clock.ts";
import { askOwner, escalateOverdue } from "../resolutions/resolutions.ts";
import { nextDailyPlanning, planningJobHandlers } from "./daily-planning.ts";
import { remindReferral } from "../referrals/referrals.ts";
import { remindFieldVisit, VISIT_REMINDER_JOB } from "../field-visits/reminders.ts";
import { autoCloseSession } from "../session/auto-close.ts";
import { AUTO_CLOSE_JOB } from "../session/auto-close-plan.ts";
import { askAboutUnstartedMeeting } from "../convening/not-started.ts";
import { NOT_STARTED_JOB } from "../convening/not-started-plan.ts";

const meetingPayload = z.object({ meetingId: z.number().int().positive() });
const resolutionPayload = z.object({ resolutionId: z.number().int().positive(), recurring: z.boolean().optional() });
const referralPayload = z.object({
  referralId: z.number().int().positive(),
  stage: z.enum(["week_before", "due", "overdue"]),
});
const minutesPayload = z.object({
  minutesId: z.number().int().positive(),
  hours: z.number().int().positive().optional(),
});
/** `startsAt` is the visit's time when the reminder was planned: one planned before a move stays silent. */
const visitPayload = z.object({
  visitId: z.number().int().positive(),
  stage: z.enum(["day_before", "starting_2h"]),
  startsAt: z.iso.datetime(),
});

/** The kinds that recur, with their next regular run: a failing one tries again then and shows in /healthz. */
export const RECURRING_JOBS: Readonly<Record<string, (now: Date) => Date>> = { daily_planning: nextDailyPlanning };

/** Every kind of due job and the use case it runs. A payload that does not parse fails the job with the reason. */
export function jobHandlers(deps: ServiceDeps): Record<string, JobHandler> {
  const withMeeting =
    (run: (meetingId: number) => Promise<unknown>): JobHandler =>
    async (job) => {
      await run(meetingPayload.parse(job.payload).meetingId);
    };
  return {
    ...planningJobHandlers(deps),
    rsvp_3d: withMeeting((id) => sendReminder(deps, id, "rsvp_3d")),
    rsvp_1d: withMeeting((id) => sendReminder(deps, id, "rsvp_1d")),
    starting_2h: withMeeting((id) => sendReminder(deps, id, "starting_2h")),
    final_agenda: withMeeting((id) => sendFinalAgenda(deps, id)),
    [AUTO_CLOSE_JOB]: withMeeting((id) => autoCloseSession(deps, id)),
    [NOT_STARTED_JOB]: withMeeting((id) => askAboutUnstartedMeeting(deps, id)),
    minutes_reminder: async (job) => {
      const { minutesId, hours } = minutesPayload.parse(job.payload);
      await remindUnsignedMinutes(deps, minutesId, hours ?? 24);
    },
    minutes_overdue: async (job) => {
      await reportOverdueMinutes(deps, minutesPayload.parse(job.payload).minutesId);
    },
    resolution_follow_up: async (job) => {
      const { resolutionId } = resolutionPayload.parse(job.payload);
      // The monthly question schedules the next one; the week-before question does not.
      await askOwner(deps, resolutionId, job.dedupeKey?.endsWith(":monthly") ?? false);
    },
    resolution_overdue: async (job) => {
      await escalateOverdue(deps, resolutionPayload.parse(job.payload).resolutionId);
    },
    referral_reminder: async (job) => {
      const { referralId, stage } = referralPayload.parse(job.payload);
      await remindReferral(deps, referralId, stage);
    },
    [VISIT_REMINDER_JOB]: async (job) => {
      const { visitId, stage, startsAt } = visitPayload.parse(job.payload);
      await remindFieldVisit(deps, visitId, stage, new Date(startsAt));
    },
  };
}
