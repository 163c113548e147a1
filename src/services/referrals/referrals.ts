import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { findCommitteeById, listCommittees } from "../../db/queries/committees.ts";
import { findHeadquartersById, staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import { cancelJobs, scheduleJob } from "../../db/queries/jobs.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import {
  committeesWithKey,
  insertReferral,
  lockReferral,
  type ReferralRow,
  referralsOfCommittees,
  updateReferral,
} from "../../db/queries/referrals.ts";
import type { LocalDate } from "../../domain/calendar.ts";
import {
  nextOverdueReminder,
  parseIsoDate,
  type ReferralReminderStage,
  referralReminderPlan,
} from "../../domain/follow-through.ts";
import { isoDayOf } from "../../domain/terms.ts";
import { toIsoDate } from "../../domain/roster.ts";
import { type Locale, normalizePersian } from "../../domain/text.ts";
import type { MessageKey, ServiceDeps, Translate } from "../shared/deps.ts";
import { answeringOfficer, privateMessage, titleIn } from "../shared/follow-through-messages.ts";
import { dayOf, localeOfRecipient } from "../shared/meeting-text.ts";
import { committeesLedBy, committeesOf } from "../shared/officers.ts";
import { plannedJob } from "../shared/job-kinds.ts";

export const REFERRAL_SUBJECT_MAX = 2000;
/** One Telegram message: a longer report is sent as a document. */
export const REPORT_TEXT_MAX = 4096;
const CAPTION_MAX = 1024;

export const referralJobKey = (referralId: number, stage: ReferralReminderStage) =>
  `referral:${referralId}:${stage.replace("_", "-")}`;

export type ReferInput = { committeeKey: string; dueDate: LocalDate; subject: string };

export type ReferResult =
  | {
      kind: "referred";
      referralId: number;
      committee: { fa: string; en: string };
      recipient: string;
      dueDate: string;
      zone: string;
    }
  | { kind: "not_staff" }
  | { kind: "unknown_committee"; keys: string[] }
  | { kind: "not_staff_of_hq" }
  | { kind: "ambiguous"; choices: string[] }
  | { kind: "due_in_past"; today: string; zone: string }
  | { kind: "empty" }
  | { kind: "too_long"; max: number }
  | { kind: "no_recipient" };

type Target =
  | { kind: "found"; committeeId: number }
  | Exclude<ReferResult, { kind: "referred" | "due_in_past" | "empty" | "too_long" | "no_recipient" }>;

/** `physical`, or `sample-county/physical` when the person staffs several HQs that share the key. */
async function findTarget(db: Database, personId: number, typed: string): Promise<Target> {
  const staffOf = await staffHeadquartersOf(db, personId);
  if (staffOf.length === 0) return { kind: "not_staff" };
  const text = normalizePersian(typed).toLowerCase();
  const [hqKey, key] = text.includes("/") ? (text.split("/", 2) as [string, string]) : [null, text];
  const everywhere = (await committeesWithKey(db, key)).filter((c) => hqKey === null || c.hqKey === hqKey);
  const mine = everywhere.filter((c) => staffOf.some((hq) => hq.id === c.hqId));
  if (mine.length === 1) return { kind: "found", committeeId: mine[0]!.id };
  if (mine.length > 1) return { kind: "ambiguous", choices: mine.map((c) => `${c.hqKey}/${c.key}`) };
  if (everywhere.length > 0) return { kind: "not_staff_of_hq" };
  const keys = (await Promise.all(staffOf.map((hq) => listCommittees(db, hq.id)))).flat().map((c) => c.key);
  return { kind: "unknown_committee", keys };
}

/**
 * B12: HQ secretariat staff refer a subject to a working group for a written report by a due date. The secretary
 * (or the chair while no secretary holds a seat) receives it, and reminders are planned until the report is filed.
 */
export async function referSubject(deps: ServiceDeps, personId: number, input: ReferInput): Promise<ReferResult> {
  const subject = input.subject.trim();
  if (!subject) return { kind: "empty" };
  if ([...subject].length > REFERRAL_SUBJECT_MAX) return { kind: "too_long", max: REFERRAL_SUBJECT_MAX };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<ReferResult> => {
    const target = await findTarget(tx, personId, input.committeeKey);
    if (target.kind !== "found") return target;
    const committee = (await findCommitteeById(tx, target.committeeId))!;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const dueDate = toIsoDate(input.dueDate);
    const today = isoDayOf(now, hq.timezone);
    if (dueDate < today) return { kind: "due_in_past", today, zone: hq.timezone };
    const recipient = await answeringOfficer(tx, committee.id);
    if (!recipient) return { kind: "no_recipient" };
    const referrer = (await findPersonById(tx, personId))!;
    const row = await insertReferral(tx, {
      hqId: hq.id,
      committeeId: committee.id,
      subject,
      dueDate,
      referredByPersonId: personId,
      createdAt: now,
    });
    await enqueueMessages(
      tx,
      privateMessage(recipient, hq.locale, { hqId: hq.id, purpose: "referral" }, (locale) => ({
        text: deps.t(locale, "referral-received", {
          hq: hq.name,
          committee: titleIn(committee, locale),
          subject,
          due: dayOf(dueDate, locale, hq.timezone),
          name: referrer.name,
        }),
      })),
    );
    for (const reminder of referralReminderPlan(input.dueDate, hq.timezone, now)) {
      await scheduleJob(
        tx,
        plannedJob(
          "referral_reminder",
          { referralId: row.id, stage: reminder.stage },
          reminder.at,
          referralJobKey(row.id, reminder.stage),
        ),
      );
    }
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "referral.created",
      subjectType: "referral",
      subjectId: row.id,
      details: { committeeId: committee.id, dueDate },
      at: now,
    });
    return {
      kind: "referred",
      referralId: row.id,
      committee: { fa: committee.titleFa, en: committee.titleEn },
      recipient: recipient.name,
      dueDate,
      zone: hq.timezone,
    };
  });
}

const referralReminderKeys: Record<ReferralReminderStage, MessageKey> = {
  week_before: "referral-reminder-week-before",
  due: "referral-reminder-due",
  overdue: "referral-reminder-overdue",
};

/** The reminder job: the secretary is asked for the report until it is filed; overdue ones repeat weekly. */
export async function remindReferral(
  deps: ServiceDeps,
  referralId: number,
  stage: ReferralReminderStage,
): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await lockReferral(tx, referralId);
    if (row?.status !== "open") return false;
    const committee = (await findCommitteeById(tx, row.committeeId))!;
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    const recipient = await answeringOfficer(tx, row.committeeId);
    await enqueueMessages(
      tx,
      privateMessage(recipient, hq.locale, { hqId: hq.id, purpose: "referral_reminder" }, (locale) => ({
        text: deps.t(locale, referralReminderKeys[stage], {
          committee: titleIn(committee, locale),
          subject: row.subject,
          due: dayOf(row.dueDate, locale, hq.timezone),
        }),
      })),
    );
    if (stage === "overdue") {
      const next = nextOverdueReminder(parseIsoDate(row.dueDate), hq.timezone, now);
      await scheduleJob(
        tx,
        plannedJob("referral_reminder", { referralId: row.id, stage }, next, referralJobKey(row.id, stage)),
      );
    }
    await writeAudit(tx, {
      hqId: hq.id,
      action: "referral.reminded",
      subjectType: "referral",
      subjectId: row.id,
      details: { stage, reached: recipient !== undefined },
      at: now,
    });
    return true;
  });
}

export type ReportFile = { fileId: string; fileName?: string };
export type ReportInput = { text: string; file?: ReportFile };

export type ReportResult =
  | { kind: "reported"; secretariat: boolean }
  | { kind: "unknown" }
  | { kind: "not_officer" }
  | { kind: "already_reported" }
  | { kind: "empty" }
  | { kind: "too_long"; max: number };

/**
 * B12: the secretary files the written report, as text or as a document. It goes to the HQ secretariat chat and to
 * the staff member who referred the subject; a document travels by its Telegram file id.
 */
export async function fileReferralReport(
  deps: ServiceDeps,
  personId: number,
  referralId: number,
  input: ReportInput,
): Promise<ReportResult> {
  const text = input.text.trim();
  if (!text && !input.file) return { kind: "empty" };
  if ([...text].length > REPORT_TEXT_MAX) return { kind: "too_long", max: REPORT_TEXT_MAX };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<ReportResult> => {
    const row = await lockReferral(tx, referralId);
    if (!row) return { kind: "unknown" };
    if (!(await committeesLedBy(tx, personId, now)).some((s) => s.committeeId === row.committeeId))
      return { kind: "not_officer" };
    if (row.status !== "open") return { kind: "already_reported" };
    await updateReferral(tx, row.id, {
      status: "reported",
      reportText: text || null,
      reportFile: input.file ?? null,
      reportedByPersonId: personId,
      reportedAt: now,
    });
    await cancelJobs(tx, { dedupeKeyPrefix: `referral:${row.id}:` });
    const committee = (await findCommitteeById(tx, row.committeeId))!;
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    const reporter = (await findPersonById(tx, personId))!;
    const heading = (locale: Locale, subject: string) =>
      deps.t(locale, "referral-report-heading", {
        committee: titleIn(committee, locale),
        subject,
        name: reporter.name,
        due: dayOf(row.dueDate, locale, hq.timezone),
      });
    const base = { hqId: hq.id, purpose: "referral_report" };
    const render = (locale: Locale) => reportMessages(deps.t, locale, heading, row, text, input.file);
    const referrer = await findPersonById(tx, row.referredByPersonId);
    const rows: NewOutboxMessage[] = [];
    if (hq.secretariatChatId !== null) {
      for (const payload of render(hq.locale)) rows.push({ ...base, chatId: hq.secretariatChatId, payload });
    }
    if (referrer?.telegramId) {
      for (const payload of render(localeOfRecipient(referrer, hq.locale)))
        rows.push({ ...base, chatId: referrer.telegramId, personId: referrer.id, payload });
    }
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "referral.reported",
      subjectType: "referral",
      subjectId: row.id,
      details: { file: input.file?.fileId ?? null, length: text.length },
      at: now,
    });
    return { kind: "reported", secretariat: hq.secretariatChatId !== null };
  });
}

/** A document keeps its caption within Telegram's 1024 characters; what does not fit follows as a message. */
function reportMessages(
  t: Translate,
  locale: Locale,
  heading: (locale: Locale, subject: string) => string,
  row: ReferralRow,
  text: string,
  file: ReportFile | undefined,
): NewOutboxMessage["payload"][] {
  const full = heading(locale, row.subject);
  if (!file) return [{ method: "sendMessage", text: `${full}\n\n${text}` }];
  const withText = text ? `${full}\n\n${text}` : full;
  if ([...withText].length <= CAPTION_MAX) return [{ method: "sendDocument", fileId: file.fileId, caption: withText }];
  const short = heading(locale, shorten(row.subject, 300));
  const caption = [...short].length <= CAPTION_MAX ? short : shorten(short, CAPTION_MAX);
  const rest = text
    ? [{ method: "sendMessage" as const, text: `${t(locale, "referral-report-text-follows")}\n\n${text}` }]
    : [];
  return [{ method: "sendDocument", fileId: file.fileId, caption }, ...rest];
}

function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}

/** Referrals the person, as secretary or chair, may still report on. */
export async function reportableReferrals(
  db: Database,
  personId: number,
  now: Date,
): Promise<(ReferralRow & { committee: { fa: string; en: string } })[]> {
  const led = await committeesLedBy(db, personId, now);
  const titles = new Map(led.map((s) => [s.committeeId, { fa: s.committeeTitleFa, en: s.committeeTitleEn }]));
  const rows = await referralsOfCommittees(db, [...titles.keys()], ["open"]);
  return rows.map((row) => ({ ...row, committee: titles.get(row.committeeId)! }));
}

export type ReferralListing = { committee: { fa: string; en: string }; zone: string; rows: ReferralRow[] };

/** `/referrals`: the person's committees, and for staff every committee of their HQs; open ones first. */
export async function referralsFor(db: Database, personId: number): Promise<ReferralListing[]> {
  const committees = new Map<number, { committee: { fa: string; en: string }; zone: string }>();
  for (const seat of await committeesOf(db, personId)) {
    committees.set(seat.committeeId, {
      committee: { fa: seat.committeeTitleFa, en: seat.committeeTitleEn },
      zone: seat.hqTimezone,
    });
  }
  for (const hq of await staffHeadquartersOf(db, personId)) {
    for (const c of await listCommittees(db, hq.id))
      committees.set(c.id, { committee: { fa: c.titleFa, en: c.titleEn }, zone: hq.timezone });
  }
  const rows = await referralsOfCommittees(db, [...committees.keys()]);
  const order = (r: ReferralRow) => (r.status === "open" ? 0 : 1);
  return [...committees.entries()]
    .map(([id, c]) => ({ ...c, rows: rows.filter((r) => r.committeeId === id).sort((a, b) => order(a) - order(b)) }))
    .filter((group) => group.rows.length > 0);
}

/** Whether the referral is past its due date without a report, on the HQ's calendar. */
export function isOverdue(row: ReferralRow, now: Date, zone: string): boolean {
  return row.status === "open" && row.dueDate < isoDayOf(now, zone);
}
