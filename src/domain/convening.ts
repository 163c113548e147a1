// Convening a meeting (bylaw B4, B6, B10): reading the secretary's one-liner, the notice and proposal windows,
// the reminder schedule and the RSVP picture against the quorum. Pure: `now` and the zone are always passed in.
import {
  type DateError,
  isFriday,
  parseTime,
  readDateTimeWords,
  type Result,
  type TimeError,
  zonedInstant,
} from "./calendar.ts";
import { earliestMeetingStart, type Fraction, quorumRequired, type RulesProfile } from "./rules.ts";

export const MAX_AGENDA_ITEMS = 30;
export const MAX_AGENDA_ITEM_LENGTH = 1000;
export const MAX_PLACE_LENGTH = 200;

export type ConveneDraft = { startsAt: Date; place: string | null; agenda: string[] };

export type ConveneParseError =
  /** Nothing typed, or only one word where a date and a time are needed. */
  | { code: "missing_date_time" }
  | { code: "date"; error: DateError }
  | { code: "time"; error: TimeError }
  /** `index` is 0-based among the kept agenda items; show `index + 1`. Lengths count characters (code points). */
  | { code: "agenda_item_too_long"; index: number; length: number; max: number }
  | { code: "too_many_agenda_items"; count: number; max: number }
  | { code: "place_too_long"; length: number; max: number };

const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

// ---------------------------------------------------------------------------------------------------
// Parsing the /convene text

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
// Invisible direction marks pasted from RTL editors; ZWNJ (U+200C) stays, it is Persian spelling.
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Every whitespace except line breaks (lines are split before this runs).
const SPACE_RUN = /[^\S\r\n]+/g;
// Punctuation people put right after the date or the time: `1405/09/20، 10:00, room 2`.
const TRAILING_SEPARATOR = /[,،;؛]+$/;

/**
 * Reads what a secretary types after `/convene`:
 * first line `DATE TIME [PLACE…]`, each further non-empty line one agenda item (list markers stripped).
 * Digits may be Persian, Arabic-Indic or Latin; Persian letters are normalized in place and agenda, but digits
 * there are kept as typed.
 */
export function parseConveneText(text: string, zone: string): Result<ConveneDraft, ConveneParseError> {
  const lines = text.split(LINE_BREAK);
  const headerIndex = lines.findIndex((line) => cleanText(line) !== "");
  if (headerIndex < 0) return fail({ code: "missing_date_time" });

  const typed = cleanText(lines[headerIndex] ?? "").split(" ");
  const words = typed.map(stripTrailingSeparator);
  // The date is one word (1405/09/20) or three (۲۰ آذر ۱۴۰۵); a word such as «ساعت» may come before the time.
  const { date, timeAt } = readDateTimeWords(words);
  const timeText = words[timeAt] ?? "";
  if (words[0] === "" || timeText === "") return fail({ code: "missing_date_time" });

  if (!date.ok) return fail({ code: "date", error: date.error });
  const time = parseTime(timeText);
  if (!time.ok) return fail({ code: "time", error: time.error });

  const placeText = typed
    .slice(timeAt + 1)
    .join(" ")
    .replace(/^[,،;؛\-–—:]+\s*/, "");
  const placeLength = codePointLength(placeText);
  if (placeLength > MAX_PLACE_LENGTH) {
    return fail({ code: "place_too_long", length: placeLength, max: MAX_PLACE_LENGTH });
  }

  const agenda = lines
    .slice(headerIndex + 1)
    .map((line) => cleanText(stripListMarker(line)))
    .filter((item) => item !== "");
  if (agenda.length > MAX_AGENDA_ITEMS) {
    return fail({ code: "too_many_agenda_items", count: agenda.length, max: MAX_AGENDA_ITEMS });
  }
  for (const [index, item] of agenda.entries()) {
    const length = codePointLength(item);
    if (length > MAX_AGENDA_ITEM_LENGTH) {
      return fail({ code: "agenda_item_too_long", index, length, max: MAX_AGENDA_ITEM_LENGTH });
    }
  }

  return ok({
    startsAt: zonedInstant(date.value.date, time.value, zone),
    place: placeText === "" ? null : placeText,
    agenda,
  });
}

/** The items of an agenda that say something: blank lines are not items. */
export function spokenAgendaItems(agenda: readonly string[]): string[] {
  return agenda.map((item) => item.trim()).filter((item) => item !== "");
}

/**
 * B6: members are told of a meeting «به همراه دستور جلسه» — with its agenda — so an invitation carries at least one
 * item; members' written proposals (B10) may add more afterwards.
 */
export function carriesAgenda(agenda: readonly string[]): boolean {
  return spokenAgendaItems(agenda).length > 0;
}

const DIGITS = "0-9\u06F0-\u06F9\u0660-\u0669";
const BULLETS = "\\-•*–—▪●◦·";
// One bullet, unless it is a minus sign in front of a number (`-5% of the budget`) or doubled markup (`**`).
const BULLET = new RegExp(`^[${BULLETS}](?![${DIGITS}${BULLETS}])`);
// `(2)` / `(۲)`.
const PARENTHESIZED_NUMBER = new RegExp(`^\\([${DIGITS}]{1,3}\\)`);
// `1.`, `1)`, `۱-`, `١.`, `2–`, `۳٫` — but not the start of a number such as `1.5` or `1-2`.
const NUMBER_WITH_SEPARATOR = new RegExp(`^[${DIGITS}]{1,3}[.)\\-–٫](?![${DIGITS}])`);

/** Removes one leading list marker (bullet or numbering) and the surrounding whitespace. */
export function stripListMarker(line: string): string {
  const trimmed = line.trim();
  for (const marker of [PARENTHESIZED_NUMBER, NUMBER_WITH_SEPARATOR, BULLET]) {
    const match = marker.exec(trimmed);
    if (match) return trimmed.slice(match[0].length).trim();
  }
  return trimmed;
}

/** Persian yeh and kaf, no direction marks, one space between words, trimmed. Digits stay as typed. */
function cleanText(s: string): string {
  return s
    .replace(/[\u064A\u0649]/g, "\u06CC")
    .replace(/\u0643/g, "\u06A9")
    .replace(BIDI_MARKS, "")
    .replace(SPACE_RUN, " ")
    .trim();
}

function stripTrailingSeparator(word: string): string {
  return word.replace(TRAILING_SEPARATOR, "");
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

// ---------------------------------------------------------------------------------------------------
// B6 notice and B10 proposals

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const ROUNDING_MS = 5 * MINUTE_MS;

export type MeetingTimeCheck =
  | { ok: true }
  | { ok: false; code: "in_past" }
  /** `earliest` is rounded up to a whole 5 minutes, so it can be shown and typed back. */
  | { ok: false; code: "too_soon"; earliest: Date };

/** B6: the members must be told at least `noticeDays` before the meeting. */
export function checkMeetingTime(startsAt: Date, now: Date, rules: RulesProfile): MeetingTimeCheck {
  if (startsAt.getTime() <= now.getTime()) return { ok: false, code: "in_past" };
  const earliest = earliestMeetingStart(now, rules);
  if (startsAt.getTime() < earliest.getTime()) {
    return { ok: false, code: "too_soon", earliest: roundUp(earliest, ROUNDING_MS) };
  }
  return { ok: true };
}

// Every zone offset in use is a whole multiple of 5 minutes (Tehran: +03:30), so rounding the instant rounds
// the wall clock too.
function roundUp(instant: Date, stepMs: number): Date {
  return new Date(Math.ceil(instant.getTime() / stepMs) * stepMs);
}

export type ProposalWindowCheck =
  | { ok: true }
  | { ok: false; code: "deadline_passed"; deadline: Date }
  | { ok: false; code: "meeting_not_open" };

/** Proposals are taken only for a meeting still to be held (status `scheduled`). */
const OPEN_STATUS = "scheduled";

/** B10: written proposals until the deadline fixed at convening (inclusive). */
export function checkProposalWindow(
  meeting: { startsAt: Date; proposalDeadline: Date; status: string },
  now: Date,
): ProposalWindowCheck {
  if (meeting.status !== OPEN_STATUS || now.getTime() >= meeting.startsAt.getTime()) {
    return { ok: false, code: "meeting_not_open" };
  }
  if (now.getTime() > meeting.proposalDeadline.getTime()) {
    return { ok: false, code: "deadline_passed", deadline: meeting.proposalDeadline };
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------
// Reminders

export type ReminderKind = "rsvp_3d" | "rsvp_1d" | "starting_2h";
export type Reminder = { kind: ReminderKind; at: Date };

const REMINDER_OFFSETS: readonly { kind: ReminderKind; beforeMs: number }[] = [
  { kind: "rsvp_3d", beforeMs: 3 * DAY_MS },
  { kind: "rsvp_1d", beforeMs: DAY_MS },
  { kind: "starting_2h", beforeMs: 2 * HOUR_MS },
];

/**
 * 3 days and 1 day before (to seats that have not answered), 2 hours before (to those attending and the group
 * chat), in time order. A reminder due at or before `convenedAt` is left out: the invitation itself is fresher.
 */
export function reminderPlan(startsAt: Date, convenedAt: Date): Reminder[] {
  return REMINDER_OFFSETS.map(({ kind, beforeMs }) => ({ kind, at: new Date(startsAt.getTime() - beforeMs) })).filter(
    (reminder) => reminder.at.getTime() > convenedAt.getTime(),
  );
}

// ---------------------------------------------------------------------------------------------------
// RSVP tally (B3 quorum)

export type RsvpResponse = "attending" | "not_attending" | "delegating";

export type RsvpInvitation = { seatVoting: boolean; response: RsvpResponse | null; vacant: boolean };

export type RsvpTally = {
  /** N: every voting seat, vacant ones included. */
  votingSeats: number;
  /** The next four count occupied voting seats by answer; with `vacant` they add up to `votingSeats`. */
  attending: number;
  delegating: number;
  notAttending: number;
  noAnswer: number;
  /** Voting seats with nobody in them: counted in N, never present. */
  vacant: number;
  /** Attending + delegating among voting seats (B3 note: a delegated seat counts as present). */
  expectedPresent: number;
  quorumRequired: number;
  quorumExpected: boolean;
  /** Invitations without a vote (guests, B8), not part of N. */
  guestsInvited: number;
  guestsAttending: number;
};

export function rsvpTally(invitations: readonly RsvpInvitation[], quorum: Fraction): RsvpTally {
  let votingSeats = 0;
  let attending = 0;
  let delegating = 0;
  let notAttending = 0;
  let noAnswer = 0;
  let vacant = 0;
  let guestsInvited = 0;
  let guestsAttending = 0;

  for (const invitation of invitations) {
    if (!invitation.seatVoting) {
      if (invitation.vacant) continue;
      guestsInvited += 1;
      if (invitation.response === "attending") guestsAttending += 1;
      continue;
    }
    votingSeats += 1;
    if (invitation.vacant) {
      vacant += 1;
      continue;
    }
    switch (invitation.response) {
      case "attending":
        attending += 1;
        break;
      case "delegating":
        delegating += 1;
        break;
      case "not_attending":
        notAttending += 1;
        break;
      case null:
        noAnswer += 1;
        break;
    }
  }

  const expectedPresent = attending + delegating;
  const required = quorumRequired(votingSeats, quorum);
  return {
    votingSeats,
    attending,
    delegating,
    notAttending,
    noAnswer,
    vacant,
    expectedPresent,
    quorumRequired: required,
    quorumExpected: votingSeats > 0 && expectedPresent >= required,
    guestsInvited,
    guestsAttending,
  };
}

// ---------------------------------------------------------------------------------------------------
// Friday

/** Friday is the weekly holiday: the secretary is warned and may still go ahead. */
export function isFridayWarningNeeded(startsAt: Date, zone: string): boolean {
  return isFriday(startsAt, zone);
}
