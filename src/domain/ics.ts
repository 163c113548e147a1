// An iCalendar (RFC 5545) file for one meeting, sent with the invitation so members can add it to their phone's
// calendar. Pure: the stamp is passed in.

export type MeetingIcsInput = {
  /** Stable per meeting (e.g. `meeting-42@kargoruh`): a reschedule or cancellation must reuse it. */
  uid: string;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  location?: string | null;
  description?: string;
  /** DTSTAMP: when this version of the event was produced. */
  stamp: Date;
  /** Raise on every reschedule so calendars replace the earlier version. Defaults to 0. */
  sequence?: number;
  cancelled?: boolean;
};

export const ICS_PRODID = "-//Kargoruh//Kargoruh//FA";

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;
const MINUTE_MS = 60 * 1000;

/**
 * A VCALENDAR with one VEVENT: METHOD REQUEST (or CANCEL with STATUS:CANCELLED), times in UTC, a display alarm
 * one hour before (left out of a cancellation). CRLF line endings, lines folded at 75 octets.
 */
export function meetingIcs(input: MeetingIcsInput): string {
  const sequence = input.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new RangeError(`meetingIcs: sequence must be a non-negative integer, got ${sequence}`);
  }
  if (!Number.isFinite(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RangeError(`meetingIcs: durationMinutes must be positive, got ${input.durationMinutes}`);
  }
  if (input.uid.trim() === "") throw new RangeError("meetingIcs: uid must not be empty");
  const endsAt = new Date(input.startsAt.getTime() + Math.round(input.durationMinutes * MINUTE_MS));
  const cancelled = input.cancelled === true;

  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODID}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${cancelled ? "CANCEL" : "REQUEST"}`,
    "BEGIN:VEVENT",
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${utcDateTime(input.stamp)}`,
    `DTSTART:${utcDateTime(input.startsAt)}`,
    `DTEND:${utcDateTime(endsAt)}`,
    `SEQUENCE:${sequence}`,
    `SUMMARY:${escapeText(input.summary)}`,
  ];
  if (input.location != null && input.location.trim() !== "") lines.push(`LOCATION:${escapeText(input.location)}`);
  if (input.description != null && input.description !== "") {
    lines.push(`DESCRIPTION:${escapeText(input.description)}`);
  }
  lines.push(`STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`);
  if (!cancelled) {
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(input.summary)}`,
      "TRIGGER:-PT1H",
      "END:VALARM",
    );
  }
  lines.push("END:VEVENT", "END:VCALENDAR");

  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** `20261211T063000Z`. */
export function utcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("utcDateTime: invalid date");
  const year = instant.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`utcDateTime: year ${year} cannot be written in iCalendar`);
  return (
    `${pad(year, 4)}${pad(instant.getUTCMonth() + 1, 2)}${pad(instant.getUTCDate(), 2)}` +
    `T${pad(instant.getUTCHours(), 2)}${pad(instant.getUTCMinutes(), 2)}${pad(instant.getUTCSeconds(), 2)}Z`
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

// Control characters other than HTAB are not allowed in a TEXT value (RFC 5545 §3.3.11).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** RFC 5545 TEXT escaping: `\` `;` `,` and line breaks (as `\n`); other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(FORBIDDEN_CONTROLS, "");
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (a continuation's leading space
 * included), breaking only between code points so no multibyte character is split.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

/** Octets of one code point in UTF-8; a lone surrogate counts as the 3-octet U+FFFD it is encoded as. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}
