// Following through between meetings (bylaw B5, B12, B15): when a referral's secretary is reminded, how a field
// visit is written, and the key a sub-working group gets. Pure: `now` and the zone are always passed in.
import {
  type DateError,
  type LocalDate,
  type LocalTime,
  localDateOf,
  parseTime,
  readDateWords,
  type Result,
  TIME_CONNECTORS,
  type TimeError,
  zonedInstant,
} from "./calendar.ts";
import { toIsoDate } from "./roster.ts";
import { isoDayOf } from "./terms.ts";
import { normalizePersian } from "./text.ts";

const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

// ---------------------------------------------------------------------------------------------------
// Referrals (B12)

/** Reminders go out in the morning of the HQ's working day. */
export const REMINDER_TIME: LocalTime = { hour: 9, minute: 0 };
export const OVERDUE_EVERY_DAYS = 7;

export type ReferralReminderStage = "week_before" | "due" | "overdue";
export type ReferralReminder = { stage: ReferralReminderStage; at: Date };

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** REMINDER_TIME where the HQ is, `offsetDays` from a calendar day (negative: before it). */
export function reminderMorning(day: LocalDate, offsetDays: number, zone: string): Date {
  return zonedInstant(addDays(day, offsetDays), REMINDER_TIME, zone);
}

export function parseIsoDate(iso: string): LocalDate {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * A week before the due date, on the due date, then weekly while no report is filed. Reminders whose time has
 * already passed when the subject is referred are left out (the referral itself says when it is due); the first
 * overdue reminder is always planned, the later ones are planned by the one before.
 */
export function referralReminderPlan(due: LocalDate, zone: string, now: Date): ReferralReminder[] {
  const plan: ReferralReminder[] = [
    { stage: "week_before", at: reminderMorning(due, -7, zone) },
    { stage: "due", at: reminderMorning(due, 0, zone) },
  ];
  return [...plan.filter((r) => r.at > now), { stage: "overdue", at: nextOverdueReminder(due, zone, now) }];
}

/** The next weekly reminder after `now` for a report due on `due`. */
export function nextOverdueReminder(due: LocalDate, zone: string, now: Date): Date {
  for (let weeks = 1; ; weeks++) {
    const at = reminderMorning(due, weeks * OVERDUE_EVERY_DAYS, zone);
    if (at > now) return at;
  }
}

// ---------------------------------------------------------------------------------------------------
// Field visits (B15)

export const MAX_VISIT_PLACE_LENGTH = 200;
export const MAX_VISIT_PURPOSE_LENGTH = 1000;

export type VisitWhen = { date: LocalDate; time: LocalTime | null };
export type VisitDraft = VisitWhen & { place: string; purpose: string };

export type VisitWhenError =
  | { code: "missing_date" }
  | { code: "date"; error: DateError }
  | { code: "time"; error: TimeError };
export type VisitParseError =
  | VisitWhenError
  | { code: "missing_place" }
  | { code: "missing_purpose" }
  | { code: "place_too_long"; max: number }
  | { code: "purpose_too_long"; max: number };

// Something that is meant as a time (`10`, `۱۰:۳۰`, `25:00`), as opposed to the first word of a place.
const LOOKS_LIKE_TIME = /^\d{1,2}(?:[:.٫]\d*)?$/;
// Place and purpose are separated by a dash with spaces around it, an em or en dash, or a new line.
const PLACE_PURPOSE_SEPARATOR = /\s+-\s+|\s*[—–]\s*|\s*\n\s*/;
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function cleanText(s: string): string {
  return s
    .replace(/[\u064A\u0649]/g, "\u06CC")
    .replace(/\u0643/g, "\u06A9")
    .replace(BIDI_MARKS, "")
    .replace(/[^\S\n]+/g, " ")
    .trim();
}

function codePointLength(s: string): number {
  return [...s].length;
}

/** Reads `DATE [TIME] …` and returns the date, the time (or null) and the words after them. */
function readWhen(text: string): Result<VisitWhen & { rest: string }, VisitWhenError> {
  // Words at even indexes, the whitespace between them at odd ones: the rest keeps its line breaks.
  const tokens = cleanText(text).split(/(\s+)/);
  const word = (i: number) => (tokens[2 * i] ?? "").replace(/[,،;؛]+$/, "");
  const restFrom = (i: number) => tokens.slice(2 * i).join("");
  if (!word(0)) return fail({ code: "missing_date" });
  // The date is one word (1405/09/25) or three (۲۵ آذر ۱۴۰۵).
  const { date, used } = readDateWords([word(0), word(1), word(2)]);
  if (!date.ok) return fail({ code: "date", error: date.error });
  let at = used;
  const connector = TIME_CONNECTORS.has(normalizePersian(word(at)).toLowerCase());
  if (connector) at += 1;
  const timeText = word(at);
  if (connector || LOOKS_LIKE_TIME.test(normalizePersian(timeText))) {
    const time = parseTime(timeText);
    if (!time.ok) return fail({ code: "time", error: time.error });
    return ok({ date: date.value.date, time: time.value, rest: restFrom(at + 1) });
  }
  return ok({ date: date.value.date, time: null, rest: restFrom(used) });
}

export type ReferralDraft = { key: string; dueDate: LocalDate; subject: string };

/**
 * `/refer KEY DATE SUBJECT…` (B12): the committee's key, the due date (one word, 1405/10/15, or three, ۱۵ دی ۱۴۰۵)
 * and the subject as typed. The error is null when the shape is wrong, the date's reason when only the date is.
 */
export function readReferral(text: string): Result<ReferralDraft, DateError | null> {
  // Words at even indexes, the whitespace between them at odd ones: the subject keeps its line breaks.
  const tokens = text.trim().split(/(\s+)/);
  const words = tokens.filter((_, index) => index % 2 === 0);
  const key = words[0] ?? "";
  if (words.length < 3 || key === "") return fail(null);
  const { date, used } = readDateWords(words, 1);
  const subject = tokens.slice(2 * (1 + used)).join("");
  if (subject.trim() === "") return fail(null);
  if (!date.ok) return fail(date.error);
  return ok({ key, dueDate: date.value.date, subject });
}

/** A date with an optional time, as the HQ staff propose another one: `1405/09/28 10:00` or `1405/09/28`. */
export function parseVisitWhen(text: string): Result<VisitWhen, VisitWhenError> {
  const read = readWhen(text);
  if (!read.ok) return read;
  return ok({ date: read.value.date, time: read.value.time });
}

/** `/visit DATE [TIME] PLACE — PURPOSE`; the place and the purpose may also be on separate lines. */
export function parseVisitText(text: string): Result<VisitDraft, VisitParseError> {
  const read = readWhen(text);
  if (!read.ok) return read;
  const rest = read.value.rest.replace(/^[,،;؛:\-–—]+\s*/, "");
  const separator = PLACE_PURPOSE_SEPARATOR.exec(rest);
  const place = (separator ? rest.slice(0, separator.index) : rest).trim();
  const purpose = separator ? rest.slice(separator.index + separator[0].length).trim() : "";
  if (!place) return fail({ code: "missing_place" });
  if (!purpose) return fail({ code: "missing_purpose" });
  if (codePointLength(place) > MAX_VISIT_PLACE_LENGTH)
    return fail({ code: "place_too_long", max: MAX_VISIT_PLACE_LENGTH });
  if (codePointLength(purpose) > MAX_VISIT_PURPOSE_LENGTH)
    return fail({ code: "purpose_too_long", max: MAX_VISIT_PURPOSE_LENGTH });
  return ok({ date: read.value.date, time: read.value.time, place, purpose });
}

/**
 * A visit without a time is stored at 00:00 of its day in the HQ's zone and shown as a date only: nobody visits a
 * neighbourhood at midnight, and the schema keeps one instant per visit.
 */
export function visitStart(when: VisitWhen, zone: string): Date {
  return zonedInstant(when.date, when.time ?? { hour: 0, minute: 0 }, zone);
}

export function hasTime(startsAt: Date, zone: string): boolean {
  const midnight = zonedInstant(localDateOf(startsAt, zone), { hour: 0, minute: 0 }, zone);
  return startsAt.getTime() !== midnight.getTime();
}

/** A timed visit must start after `now`; a visit without a time may be today or later. */
export function isVisitInPast(startsAt: Date, now: Date, zone: string): boolean {
  if (hasTime(startsAt, zone)) return startsAt.getTime() <= now.getTime();
  return toIsoDate(localDateOf(startsAt, zone)) < isoDayOf(now, zone);
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type VisitReminderStage = "day_before" | "starting_2h";
export type VisitReminder = { stage: VisitReminderStage; at: Date };

/**
 * An approved visit is reminded like a meeting: a day before and two hours before it starts. A visit without a time
 * has no hour to count back from, so its one reminder goes out in the morning of the day before. A reminder due at
 * or before `now` (the approval) is left out: the announcement itself is fresher.
 */
export function visitReminderPlan(startsAt: Date, zone: string, now: Date): VisitReminder[] {
  const plan: VisitReminder[] = hasTime(startsAt, zone)
    ? [
        { stage: "day_before", at: new Date(startsAt.getTime() - DAY_MS) },
        { stage: "starting_2h", at: new Date(startsAt.getTime() - 2 * HOUR_MS) },
      ]
    : [{ stage: "day_before", at: reminderMorning(localDateOf(startsAt, zone), -1, zone) }];
  return plan.filter((reminder) => reminder.at.getTime() > now.getTime());
}

export const MAX_VISIT_CANCEL_REASON_LENGTH = 500;

/** The date a visit is about: the one the secretariat proposed while it awaits the secretary's answer. */
export function visitDateInQuestion(visit: { status: string; startsAt: Date; proposedStartsAt: Date | null }): Date {
  return visit.status === "other_date_proposed" && visit.proposedStartsAt ? visit.proposedStartsAt : visit.startsAt;
}

// ---------------------------------------------------------------------------------------------------
// Sub-working groups (B5)

const KEY_MAX = 40;

/** `physical-sub1`, `physical-sub2`, …: the first number no committee of the HQ uses, ended ones included. */
export function subgroupKey(parentKey: string, existingKeys: Iterable<string>): string {
  const taken = new Set(existingKeys);
  for (let n = 1; ; n++) {
    const suffix = `-sub${n}`;
    const key = `${parentKey.slice(0, KEY_MAX - suffix.length)}${suffix}`;
    if (!taken.has(key)) return key;
  }
}
