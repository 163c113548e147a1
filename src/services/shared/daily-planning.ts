import type { Database } from "../../db/client.ts";
import { scheduleJob } from "../../db/queries/jobs.ts";
import { ensureRecurringJob } from "../../db/queries/planned-jobs.ts";
import type { JobHandler } from "./job-handler.ts";
import { parsePeriodLabel } from "../../domain/performance.ts";
import type { ServiceDeps } from "./deps.ts";
import { draftScheduledReport, planReports } from "../reports/reports.ts";
import { planTermReminders, remindTerm } from "../terms/terms.ts";
import { jobPayload, plannedJob } from "./job-kinds.ts";

const DAY = 24 * 60 * 60 * 1000;
export const DAILY_PLANNING_KEY = "daily:planning";

/** The next regular daily pass: also where one that failed all its retries tries again (delivery/job-runner.ts). */
export const nextDailyPlanning = (now: Date): Date => new Date(now.getTime() + DAY);

/**
 * Start-up: the daily pass exists and is pending. Re-arming is keyed, so every instance may call this and a restart
 * neither loses the pass nor adds a second one.
 */
export async function ensureDailyPlanning(db: Database, now: Date): Promise<void> {
  await ensureRecurringJob(db, { kind: "daily_planning", runAt: now, dedupeKey: DAILY_PLANNING_KEY });
}

/**
 * Once a day: each committee's report jobs for the running quarter and month (B13, note 3) and the reminders of terms
 * ending within 30 days (B2) are planned, each once by its key; then the pass re-arms itself for tomorrow.
 */
export async function runDailyPlanning(deps: ServiceDeps): Promise<{ reports: number; terms: number }> {
  const reports = await planReports(deps);
  const terms = await planTermReminders(deps);
  await scheduleJob(deps.db, plannedJob("daily_planning", {}, nextDailyPlanning(deps.clock()), DAILY_PLANNING_KEY));
  return { reports, terms };
}

/** The job kinds of reports, terms and the daily pass, spread into services/shared/jobs.ts. */
export function planningJobHandlers(
  deps: ServiceDeps,
): Record<"daily_planning" | "performance_report" | "term_reminder", JobHandler> {
  return {
    daily_planning: async () => {
      await runDailyPlanning(deps);
    },
    performance_report: async (job) => {
      const { committeeId, kind, label } = jobPayload("performance_report", job);
      const period = parsePeriodLabel(kind, label);
      if (!period) throw new Error(`performance_report: bad period label "${label}"`);
      await draftScheduledReport(deps, committeeId, period);
    },
    term_reminder: async (job) => {
      const { appointmentId, termEnd } = jobPayload("term_reminder", job);
      await remindTerm(deps, appointmentId, termEnd);
    },
  };
}
