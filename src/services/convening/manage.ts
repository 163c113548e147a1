import { citeRule, type RuleCitation } from "../../domain/rule-source.ts";
import { checkMeetingTime } from "../../domain/convening.ts";
import { proposalDeadline, resolveRules } from "../../domain/rules.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { findCommitteeById } from "../../db/queries/committees.ts";
import { cancelJobs } from "../../db/queries/jobs.ts";
import { lockMeeting, resetResponses, updateMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { meetingMessages } from "../shared/broadcast.ts";
import { rsvpKeyboard } from "./buttons.ts";
import { loadMeeting } from "../shared/meeting-facts.ts";
import { scheduleMeetingJobs } from "./not-started-plan.ts";
import { cancellationText, rescheduleText } from "../shared/meeting-text.ts";
import { standingDelegationsOfMeeting } from "../../db/queries/standing.ts";
import { expireDelegations, standInsOf } from "../delegations/delegations.ts";
import { leads } from "../shared/officers.ts";

export type ManageResult =
  | { kind: "cancelled" }
  | { kind: "rescheduled"; startsAt: Date }
  | { kind: "not_officer" }
  | { kind: "unknown_meeting" }
  | { kind: "not_scheduled" }
  | { kind: "in_past" }
  | { kind: "too_soon"; earliest: Date; notice: RuleCitation<"noticeDays"> };

/** Why a meeting is cancelled, when the bot knows (a meeting that never started, B9): said to everyone, kept in the audit. */
export type CancelReason = { code: string; text: (locale: Locale) => string };

/** Cancels a scheduled meeting: every invited person, the group and the HQ secretariat are told; reminders stop. */
export async function cancelMeeting(
  deps: ServiceDeps,
  personId: number,
  meetingId: number,
  reason?: CancelReason,
): Promise<ManageResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<ManageResult> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    if (!(await leads(tx, personId, meeting.committeeId, now))) return { kind: "not_officer" };
    if (meeting.status !== "scheduled") return { kind: "not_scheduled" };
    await updateMeeting(tx, meetingId, { status: "cancelled", cancelledAt: now });
    await cancelJobs(tx, { dedupeKeyPrefix: `meeting:${meetingId}:` });
    const record = (await loadMeeting(tx, meetingId))!;
    // Delegates and guests are told too, before their standing ends with the meeting.
    const standIns = await standInsOf(tx, meetingId);
    await expireDelegations(tx, meetingId, now);
    await enqueueMessages(
      tx,
      meetingMessages(record, "meeting_cancelled", { groupChat: true, secretariat: true, standIns }, (locale) => ({
        text: cancellationText(deps.t, locale, record.facts, reason?.text(locale)),
      })),
    );
    await writeAudit(tx, {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: "meeting.cancelled",
      subjectType: "meeting",
      subjectId: meetingId,
      ...(reason ? { details: { reason: reason.code } } : {}),
      at: now,
    });
    return { kind: "cancelled" };
  });
}

/** A new time must still respect the notice rule (B6); answers reset, reminders and the proposal deadline move. */
export async function rescheduleMeeting(
  deps: ServiceDeps,
  personId: number,
  meetingId: number,
  startsAt: Date,
): Promise<ManageResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<ManageResult> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    if (!(await leads(tx, personId, meeting.committeeId, now))) return { kind: "not_officer" };
    if (meeting.status !== "scheduled") return { kind: "not_scheduled" };
    const committee = (await findCommitteeById(tx, meeting.committeeId))!;
    const rules = resolveRules(committee.rules);
    const timing = checkMeetingTime(startsAt, now, rules);
    if (!timing.ok)
      return timing.code === "in_past"
        ? { kind: "in_past" }
        : { kind: "too_soon", earliest: timing.earliest, notice: citeRule(rules, "noticeDays") };
    const deadline = proposalDeadline(startsAt, rules);
    await updateMeeting(tx, meetingId, { startsAt, proposalDeadline: deadline, finalAgendaSentAt: null });
    // Answers reset, except a seat whose delegate stands: the written delegation is for this meeting, whenever it is.
    const delegated = new Set((await standingDelegationsOfMeeting(tx, meetingId)).map((d) => d.seatId));
    await resetResponses(tx, meetingId, [...delegated]);
    await cancelJobs(tx, { dedupeKeyPrefix: `meeting:${meetingId}:` });
    const record = (await loadMeeting(tx, meetingId))!;
    await scheduleMeetingJobs(
      tx,
      { id: meetingId, startsAt, proposalDeadline: deadline, zone: record.facts.zone },
      now,
    );
    await enqueueMessages(
      tx,
      meetingMessages(
        record,
        "meeting_rescheduled",
        { groupChat: true, secretariat: true, standIns: await standInsOf(tx, meetingId) },
        (locale) => ({
          text: rescheduleText(deps.t, locale, record.facts, meeting.startsAt),
          replyMarkup: rsvpKeyboard(deps.t, locale, meetingId),
        }),
      ),
    );
    await writeAudit(tx, {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: "meeting.rescheduled",
      subjectType: "meeting",
      subjectId: meetingId,
      details: { from: meeting.startsAt.toISOString(), to: startsAt.toISOString() },
      at: now,
    });
    return { kind: "rescheduled", startsAt };
  });
}
