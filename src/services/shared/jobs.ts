import type { JobHandler } from "./job-handler.ts";
import { type JobKind, jobPayload, type MeetingJobKind } from "./job-kinds.ts";
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

/** The kinds that recur, with their next regular run: a failing one tries again then and shows in /healthz. */
export const RECURRING_JOBS: Readonly<Record<string, (now: Date) => Date>> = { daily_planning: nextDailyPlanning };

/**
 * Every kind of due job and the use case it runs (the type makes a kind without a handler a compile error). A payload
 * that does not parse fails the job with the reason.
 */
export function jobHandlers(deps: ServiceDeps): Record<JobKind, JobHandler> {
  const withMeeting =
    (kind: MeetingJobKind, run: (meetingId: number) => Promise<unknown>): JobHandler =>
    async (job) => {
      await run(jobPayload(kind, job).meetingId);
    };
  return {
    ...planningJobHandlers(deps),
    rsvp_3d: withMeeting("rsvp_3d", (id) => sendReminder(deps, id, "rsvp_3d")),
    rsvp_1d: withMeeting("rsvp_1d", (id) => sendReminder(deps, id, "rsvp_1d")),
    starting_2h: withMeeting("starting_2h", (id) => sendReminder(deps, id, "starting_2h")),
    final_agenda: withMeeting("final_agenda", (id) => sendFinalAgenda(deps, id)),
    [AUTO_CLOSE_JOB]: withMeeting(AUTO_CLOSE_JOB, (id) => autoCloseSession(deps, id)),
    [NOT_STARTED_JOB]: withMeeting(NOT_STARTED_JOB, (id) => askAboutUnstartedMeeting(deps, id)),
    minutes_reminder: async (job) => {
      const { minutesId, hours } = jobPayload("minutes_reminder", job);
      await remindUnsignedMinutes(deps, minutesId, hours ?? 24);
    },
    minutes_overdue: async (job) => {
      await reportOverdueMinutes(deps, jobPayload("minutes_overdue", job).minutesId);
    },
    resolution_follow_up: async (job) => {
      const { resolutionId } = jobPayload("resolution_follow_up", job);
      // The monthly question schedules the next one; the week-before question does not.
      await askOwner(deps, resolutionId, job.dedupeKey?.endsWith(":monthly") ?? false);
    },
    resolution_overdue: async (job) => {
      await escalateOverdue(deps, jobPayload("resolution_overdue", job).resolutionId);
    },
    referral_reminder: async (job) => {
      const { referralId, stage } = jobPayload("referral_reminder", job);
      await remindReferral(deps, referralId, stage);
    },
    [VISIT_REMINDER_JOB]: async (job) => {
      const { visitId, stage, startsAt } = jobPayload(VISIT_REMINDER_JOB, job);
      await remindFieldVisit(deps, visitId, stage, new Date(startsAt));
    },
  };
}
