import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { findCommitteeById, listCommittees } from "../../db/queries/committees.ts";
import { findHeadquartersById, listCurrentStaff, staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import { cancelJobs, scheduleJob } from "../../db/queries/jobs.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById, type PersonRow } from "../../db/queries/people.ts";
import {
  addResolutionEvent,
  findResolution,
  insertResolution,
  lockResolution,
  type ResolutionRow,
  resolutionsOfMeeting,
  updateResolution,
} from "../../db/queries/resolutions.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import { type ResolutionAction, transition } from "../../domain/resolution-status.ts";
import { parseIsoDate, reminderMorning } from "../../domain/follow-through.ts";
import { isoDayOf } from "../../domain/terms.ts";
import { type Locale, localizeDigits } from "../../domain/text.ts";
import { resolutionStatusKeys } from "./status-text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { dayOf, localeOfRecipient } from "../shared/meeting-text.ts";
import { leads } from "../shared/officers.ts";
import { approvingHq, isApprover } from "./approvers.ts";
import { plannedJob } from "../shared/job-kinds.ts";

const DAY = 24 * 60 * 60 * 1000;
/** Owners are asked monthly by default (the issue), and a week before the due date. */
export const FOLLOW_UP_EVERY_DAYS = 30;

type Message = (locale: Locale) => { text: string; replyMarkup?: unknown };

function toPerson(
  person: PersonRow | undefined,
  hqLocale: "fa" | "en",
  base: Omit<NewOutboxMessage, "chatId" | "payload">,
  render: Message,
): NewOutboxMessage[] {
  if (!person?.telegramId) return [];
  const { text, replyMarkup } = render(localeOfRecipient(person, hqLocale));
  return [
    { ...base, chatId: person.telegramId, personId: person.id, payload: { method: "sendMessage", text, replyMarkup } },
  ];
}

async function officersOf(db: Database, committeeId: number): Promise<PersonRow[]> {
  const seats = await seatsWithHolders(db, [committeeId]);
  const holders = seats
    .filter((s) => (s.role === "secretary" || s.role === "chair") && s.holder)
    .map((s) => s.holder!.personId);
  const people = await Promise.all([...new Set(holders)].map((id) => findPersonById(db, id)));
  return people.filter((p) => p !== undefined);
}

async function record(
  db: Database,
  row: ResolutionRow,
  status: string,
  personId: number | null,
  note: string | null,
  now: Date,
) {
  await addResolutionEvent(db, { resolutionId: row.id, status, note, personId, at: now });
  await writeAudit(db, {
    hqId: row.hqId,
    actorPersonId: personId,
    action: `resolution.${status}`,
    subjectType: "resolution",
    subjectId: row.id,
    details: note ? { note } : {},
    at: now,
  });
}

/**
 * B11: once the minutes are signed, each passed resolution of the meeting goes to the approving HQ's staff with
 * Approve / Return buttons and a copy to the county HQ secretariat; a resolution that did not pass is closed.
 * Runs inside the signing transaction.
 */
export async function submitForApproval(
  tx: Database,
  deps: ServiceDeps,
  meetingId: number,
  minutesNumber: string,
  now: Date,
): Promise<number> {
  let submitted = 0;
  for (const row of await resolutionsOfMeeting(tx, meetingId)) {
    const step = transition(row.status, { kind: "submit", passed: row.passed });
    if (!step.ok) continue;
    await updateResolution(tx, row.id, { status: step.next, updatedAt: now });
    await record(tx, row, step.next, null, null, now);
    if (step.next === "awaiting_approval") {
      await enqueueMessages(tx, await approvalRequests(tx, deps, { ...row, status: step.next }, minutesNumber));
      submitted++;
    }
  }
  return submitted;
}

async function approvalRequests(
  db: Database,
  deps: ServiceDeps,
  row: ResolutionRow,
  minutesNumber: string,
): Promise<NewOutboxMessage[]> {
  const hq = (await findHeadquartersById(db, row.hqId))!;
  const committee = (await findCommitteeById(db, row.committeeId))!;
  const approver = await approvingHq(db, row.hqId);
  const base = { hqId: approver.id, purpose: "resolution_approval", meetingId: row.meetingId };
  const text = (locale: Locale) =>
    deps.t(locale, "resolution-for-approval", {
      hq: hq.name,
      committee: locale === "en" ? committee.titleEn : committee.titleFa,
      number: minutesNumber,
      text: row.text,
    });
  const buttons = (locale: Locale) => ({
    inline_keyboard: [
      [
        {
          text: deps.t(locale, "resolution-approve"),
          callback_data: encodeCallback({ action: "resolution_approve", resolutionId: row.id }),
        },
        {
          text: deps.t(locale, "resolution-return"),
          callback_data: encodeCallback({ action: "resolution_return", resolutionId: row.id }),
        },
      ],
    ],
  });
  const rows: NewOutboxMessage[] = [];
  for (const staff of await listCurrentStaff(db, approver.id)) {
    rows.push(
      ...toPerson(await findPersonById(db, staff.personId), approver.locale, base, (locale) => ({
        text: text(locale),
        replyMarkup: buttons(locale),
      })),
    );
  }
  if (hq.secretariatChatId)
    rows.push({
      ...base,
      hqId: hq.id,
      chatId: hq.secretariatChatId,
      payload: { method: "sendMessage", text: text(hq.locale) },
    });
  return rows;
}

export type DecideResult =
  | { kind: "done"; status: ResolutionRow["status"] }
  | { kind: "not_allowed" }
  | { kind: "comment_required" }
  | { kind: "reason_required" }
  | { kind: "unknown" }
  | { kind: "not_authorized" };

/** Any move of a resolution, authorized by who is asking (B11 approvers, the committee's officers, the owner). */
export async function actOnResolution(
  deps: ServiceDeps,
  personId: number,
  resolutionId: number,
  action: Exclude<ResolutionAction, { kind: "submit" }>,
): Promise<DecideResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<DecideResult> => {
    const row = await lockResolution(tx, resolutionId);
    if (!row) return { kind: "unknown" };
    if (!(await authorized(tx, personId, row, action, now))) return { kind: "not_authorized" };
    const step = transition(row.status, action);
    if (!step.ok) return { kind: step.reason };
    await updateResolution(tx, row.id, { status: step.next, updatedAt: now });
    const note =
      action.kind === "return"
        ? action.comment.trim()
        : action.kind === "report"
          ? (action.note?.trim() ?? null)
          : null;
    await record(tx, row, step.next, personId, note, now);
    await enqueueMessages(tx, await outcomeNotice(tx, deps, { ...row, status: step.next }, note));
    if (step.next === "implemented") await cancelJobs(tx, { dedupeKeyPrefix: `resolution:${row.id}:` });
    if (step.next === "approved" && row.ownerSeatId) await scheduleFollowUps(tx, { ...row, status: step.next }, now);
    return { kind: "done", status: step.next };
  });
}

async function authorized(
  db: Database,
  personId: number,
  row: ResolutionRow,
  action: Exclude<ResolutionAction, { kind: "submit" }>,
  now: Date,
): Promise<boolean> {
  switch (action.kind) {
    case "approve":
    case "return":
      return isApprover(db, personId, row.hqId);
    case "resubmit":
    case "acknowledge":
      return leads(db, personId, row.committeeId, now);
    case "report":
      return (await leads(db, personId, row.committeeId, now)) || (await holdsOwnerSeat(db, personId, row));
  }
}

async function holdsOwnerSeat(db: Database, personId: number, row: ResolutionRow): Promise<boolean> {
  if (!row.ownerSeatId) return false;
  const seats = await seatsWithHolders(db, [row.committeeId]);
  return seats.some((s) => s.id === row.ownerSeatId && s.holder?.personId === personId);
}

/** The committee's secretary and chair learn every decision and every progress answer. */
async function outcomeNotice(
  db: Database,
  deps: ServiceDeps,
  row: ResolutionRow,
  note: string | null,
): Promise<NewOutboxMessage[]> {
  const hq = (await findHeadquartersById(db, row.hqId))!;
  const rows: NewOutboxMessage[] = [];
  for (const officer of await officersOf(db, row.committeeId)) {
    rows.push(
      ...toPerson(
        officer,
        hq.locale,
        { hqId: row.hqId, purpose: "resolution_outcome", meetingId: row.meetingId },
        (locale) => ({
          text: deps.t(locale, "resolution-status-changed", {
            text: row.text,
            status: deps.t(locale, resolutionStatusKeys[row.status]),
            note: note ?? "—",
          }),
        }),
      ),
    );
  }
  return rows;
}

export type AssignResult =
  /** `askedNow`: the due date is less than a week away, so the owner's first question goes out at once. */
  | { kind: "assigned"; askedNow: boolean }
  | { kind: "not_officer" }
  | { kind: "unknown" }
  | { kind: "not_followed" }
  | { kind: "bad_seat" }
  | { kind: "due_in_past" };

/** `/assign`: the secretary names the owner seat (a member agency) and optionally a due date; follow-ups start. */
export async function assignResolution(
  deps: ServiceDeps,
  personId: number,
  resolutionId: number,
  ownerSeatId: number,
  dueDate: string | null,
): Promise<AssignResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<AssignResult> => {
    const row = await lockResolution(tx, resolutionId);
    if (!row) return { kind: "unknown" };
    if (!(await leads(tx, personId, row.committeeId, now))) return { kind: "not_officer" };
    if (!["approved", "in_progress", "blocked"].includes(row.status)) return { kind: "not_followed" };
    const seat = (await seatsWithHolders(tx, [row.committeeId])).find((s) => s.id === ownerSeatId);
    if (!seat) return { kind: "bad_seat" };
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    if (dueDate && dueDate < isoDayOf(now, hq.timezone)) return { kind: "due_in_past" };
    await updateResolution(tx, row.id, { ownerSeatId, dueDate, updatedAt: now });
    await record(tx, row, "assigned", personId, `${seat.title}${dueDate ? ` — ${dueDate}` : ""}`, now);
    const askedNow = await scheduleFollowUps(tx, { ...row, ownerSeatId, dueDate }, now);
    // Asked now, the owner's first message is the question itself; otherwise they learn now what is theirs to do.
    if (!askedNow) {
      const owner = seat.holder ? await findPersonById(tx, seat.holder.personId) : undefined;
      await enqueueMessages(
        tx,
        toPerson(
          owner,
          hq.locale,
          { hqId: row.hqId, purpose: "resolution_assigned", meetingId: row.meetingId },
          (locale) => ({
            text: deps.t(locale, "resolution-assigned-to-you", {
              text: row.text,
              seat: seat.title,
              due: dueDate ? dayOf(dueDate, locale, hq.timezone) : "—",
              days: localizeDigits(String(FOLLOW_UP_EVERY_DAYS), locale),
            }),
          }),
        ),
      );
    }
    return { kind: "assigned", askedNow };
  });
}

/**
 * The monthly question, the week-before question and the overdue notice. A due date less than a week away is asked
 * about at once: otherwise an owner given a short deadline would first hear of it when the officers are told it passed.
 * Returns whether the owner is asked now.
 */
async function scheduleFollowUps(tx: Database, row: ResolutionRow, now: Date): Promise<boolean> {
  await cancelJobs(tx, { dedupeKeyPrefix: `resolution:${row.id}:` });
  await scheduleJob(
    tx,
    plannedJob(
      "resolution_follow_up",
      { resolutionId: row.id },
      new Date(now.getTime() + FOLLOW_UP_EVERY_DAYS * DAY),
      `resolution:${row.id}:monthly`,
    ),
  );
  if (!row.dueDate) return false;
  // Days are the HQ's: the week-before question and the overdue notice come in its working morning, not at midnight UTC.
  const { timezone } = (await findHeadquartersById(tx, row.hqId))!;
  const due = parseIsoDate(row.dueDate);
  const weekBefore = reminderMorning(due, -7, timezone);
  const askedNow = weekBefore <= now;
  await scheduleJob(
    tx,
    plannedJob(
      "resolution_follow_up",
      { resolutionId: row.id },
      askedNow ? now : weekBefore,
      `resolution:${row.id}:week-before`,
    ),
  );
  await scheduleJob(
    tx,
    plannedJob(
      "resolution_overdue",
      { resolutionId: row.id },
      reminderMorning(due, 1, timezone),
      `resolution:${row.id}:overdue`,
    ),
  );
  return askedNow;
}

/** The owner is asked Done / In progress / Blocked; the monthly question repeats while the resolution is followed. */
export async function askOwner(deps: ServiceDeps, resolutionId: number, recurring: boolean): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await lockResolution(tx, resolutionId);
    if (!row || !["approved", "in_progress", "blocked"].includes(row.status) || !row.ownerSeatId) return false;
    const seat = (await seatsWithHolders(tx, [row.committeeId])).find((s) => s.id === row.ownerSeatId);
    const owner = seat?.holder ? await findPersonById(tx, seat.holder.personId) : undefined;
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    const answer = (locale: Locale, key: string, code: "done" | "in_progress" | "blocked") => ({
      text: deps.t(locale, key),
      callback_data: encodeCallback({ action: "resolution_report", resolutionId: row.id, answer: code }),
    });
    await enqueueMessages(
      tx,
      toPerson(
        owner,
        hq.locale,
        { hqId: row.hqId, purpose: "resolution_follow_up", meetingId: row.meetingId },
        (locale) => ({
          text: deps.t(locale, "resolution-follow-up", {
            text: row.text,
            due: row.dueDate ? dayOf(row.dueDate, locale, hq.timezone) : "—",
          }),
          replyMarkup: {
            inline_keyboard: [
              [
                answer(locale, "resolution-answer-done", "done"),
                answer(locale, "resolution-answer-in-progress", "in_progress"),
              ],
              [answer(locale, "resolution-answer-blocked", "blocked")],
            ],
          },
        }),
      ),
    );
    if (recurring) {
      await scheduleJob(
        tx,
        plannedJob(
          "resolution_follow_up",
          { resolutionId: row.id, recurring: true },
          new Date(now.getTime() + FOLLOW_UP_EVERY_DAYS * DAY),
          `resolution:${row.id}:monthly`,
        ),
      );
    }
    return true;
  });
}

/** Past its due date and not implemented: the secretary and the chair are told. */
export async function escalateOverdue(deps: ServiceDeps, resolutionId: number): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await lockResolution(tx, resolutionId);
    if (!row || row.status === "implemented" || !row.dueDate) return false;
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    const messages: NewOutboxMessage[] = [];
    for (const officer of await officersOf(tx, row.committeeId)) {
      messages.push(
        ...toPerson(
          officer,
          hq.locale,
          { hqId: row.hqId, purpose: "resolution_overdue", meetingId: row.meetingId },
          (locale) => ({
            text: deps.t(locale, "resolution-overdue", {
              text: row.text,
              due: dayOf(row.dueDate!, locale, hq.timezone),
            }),
          }),
        ),
      );
    }
    await enqueueMessages(tx, messages);
    await record(tx, row, "overdue", null, null, now);
    return true;
  });
}

export type NotifyResult =
  | { kind: "notified"; resolutionId: number }
  | { kind: "not_staff" }
  | { kind: "unknown_committee" }
  | { kind: "empty" }
  | { kind: "too_long"; max: number };
export const RESOLUTION_TEXT_MAX = 3000;

/** B14: a county HQ resolution sent to a working group binds once notified; the secretary acknowledges, then it is followed. */
export async function notifyHqResolution(
  deps: ServiceDeps,
  personId: number,
  committeeKey: string,
  text: string,
): Promise<NotifyResult> {
  const body = text.trim();
  if (!body) return { kind: "empty" };
  if (body.length > RESOLUTION_TEXT_MAX) return { kind: "too_long", max: RESOLUTION_TEXT_MAX };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<NotifyResult> => {
    const hqs = await staffHeadquartersOf(tx, personId);
    if (hqs.length === 0) return { kind: "not_staff" };
    const committees = (await Promise.all(hqs.map((hq) => listCommittees(tx, hq.id)))).flat();
    const committee = committees.find((c) => c.key === committeeKey.trim().toLowerCase());
    if (!committee) return { kind: "unknown_committee" };
    const row = await insertResolution(tx, {
      hqId: committee.hqId,
      committeeId: committee.id,
      text: body,
      passed: true,
      source: "hq",
      status: "notified",
    });
    await record(tx, row, "notified", personId, null, now);
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const messages: NewOutboxMessage[] = [];
    for (const officer of await officersOf(tx, committee.id)) {
      messages.push(
        ...toPerson(officer, hq.locale, { hqId: hq.id, purpose: "hq_resolution" }, (locale) => ({
          text: deps.t(locale, "resolution-notified", { hq: hq.name, text: body }),
          replyMarkup: {
            inline_keyboard: [
              [
                {
                  text: deps.t(locale, "resolution-acknowledge"),
                  callback_data: encodeCallback({ action: "resolution_acknowledge", resolutionId: row.id }),
                },
              ],
            ],
          },
        })),
      );
    }
    await enqueueMessages(tx, messages);
    return { kind: "notified", resolutionId: row.id };
  });
}

/** Checked before a form asks for a comment or a reason, so nobody unauthorized is ever asked. */
export async function mayActOnResolution(
  db: Database,
  personId: number,
  resolutionId: number,
  kind: "return" | "report",
  now: Date,
): Promise<boolean> {
  const row = await findResolution(db, resolutionId);
  if (!row) return false;
  return authorized(
    db,
    personId,
    row,
    kind === "return" ? { kind: "return", comment: "-" } : { kind: "report", answer: "blocked", note: "-" },
    now,
  );
}
