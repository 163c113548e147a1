import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { cancelJobs, scheduleJob } from "../../db/queries/jobs.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { type VisitReminderStage, visitReminderPlan } from "../../domain/follow-through.ts";
import type { MessageKey, ServiceDeps } from "../shared/deps.ts";
import { loadVisit, visitFactLines, visitMembersMessages } from "./facts.ts";
import { type JobKind, plannedJob } from "../shared/job-kinds.ts";

export const VISIT_REMINDER_JOB = "visit_reminder" satisfies JobKind;

/** Every job of one visit starts with this prefix: cancelling the visit stops them all. */
export const visitJobPrefix = (visitId: number) => `visit:${visitId}:`;
/** One key per visit and stage: planning again moves the reminder instead of adding a second one. */
const visitReminderKeys: Record<VisitReminderStage, MessageKey> = {
  day_before: "visit-reminder-day-before",
  starting_2h: "visit-reminder-starting-2h",
};

export const visitJobKey = (visitId: number, stage: VisitReminderStage) =>
  `${visitJobPrefix(visitId)}${stage.replace("_", "-")}`;

/**
 * Plans the reminders of a visit approved at `startsAt`, replacing any planned for an earlier time. The job carries the
 * time it was planned for, so a reminder that outlives a move says nothing.
 */
export async function planVisitReminders(
  tx: Database,
  visitId: number,
  startsAt: Date,
  zone: string,
  now: Date,
): Promise<void> {
  await cancelJobs(tx, { dedupeKeyPrefix: visitJobPrefix(visitId) });
  for (const reminder of visitReminderPlan(startsAt, zone, now)) {
    await scheduleJob(
      tx,
      plannedJob(
        VISIT_REMINDER_JOB,
        { visitId, stage: reminder.stage, startsAt: startsAt.toISOString() },
        reminder.at,
        visitJobKey(visitId, reminder.stage),
      ),
    );
  }
}

export async function stopVisitReminders(tx: Database, visitId: number): Promise<void> {
  await cancelJobs(tx, { dedupeKeyPrefix: visitJobPrefix(visitId) });
}

/**
 * The reminder job: every member and the group's chat, a day before and two hours before. Nothing is sent for a visit
 * that is no longer approved (cancelled), has started, or now takes place at another time than the one the reminder
 * was planned for. Returns the number of messages queued.
 */
export async function remindFieldVisit(
  deps: ServiceDeps,
  visitId: number,
  stage: VisitReminderStage,
  plannedFor: Date,
): Promise<number> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const facts = await loadVisit(tx, visitId);
    if (!facts) return 0;
    const { visit, hq } = facts;
    if (
      visit.status !== "approved" ||
      visit.startsAt.getTime() !== plannedFor.getTime() ||
      visit.startsAt.getTime() <= now.getTime()
    )
      return 0;
    const { rows } = await visitMembersMessages(tx, facts, `field_visit_reminder_${stage}`, (locale) => ({
      text: [deps.t(locale, visitReminderKeys[stage]), "", ...visitFactLines(deps.t, locale, facts)].join("\n"),
    }));
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: hq.id,
      action: `field_visit.reminder_${stage}`,
      subjectType: "field_visit",
      subjectId: visitId,
      details: { recipients: rows.length },
      at: now,
    });
    return rows.length;
  });
}
