// Pure text helpers shared by every layer: input normalization (people type Persian, Arabic-Indic
// or Latin digits and Arabic or Persian letters interchangeably) and output preparation for Telegram.

export type Locale = "fa" | "en";

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
const LATIN_ZERO = 0x30;

const NON_LATIN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/g;
const LATIN_DIGIT = /[0-9]/g;

// Invisible direction marks arrive when people paste from RTL editors; they break matching and parsing.
// ZWNJ (U+200C) is deliberately absent: it is part of Persian spelling.
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function normalizeDigits(s: string): string {
  return s.replace(NON_LATIN_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String.fromCharCode(LATIN_ZERO + code - zero);
  });
}

/** Makes typed text comparable: Persian yeh and kaf, Latin digits, no direction marks, trimmed. */
export function normalizePersian(s: string): string {
  const letters = s.replace(/[\u064A\u0649]/g, "\u06CC").replace(/\u0643/g, "\u06A9");
  return normalizeDigits(letters.replace(BIDI_MARKS, "")).trim();
}

export function toPersianDigits(s: string): string {
  return s.replace(LATIN_DIGIT, (digit) => String.fromCharCode(PERSIAN_ZERO + digit.charCodeAt(0) - LATIN_ZERO));
}

export function localizeDigits(s: string, locale: Locale): string {
  return locale === "fa" ? toPersianDigits(s) : s;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Escapes user-supplied text for parse_mode HTML; one unescaped `<` makes Telegram reject the whole message. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * An inline button's text: phones cut long ones at the end, so a label is kept to `max` characters (code points,
 * never splitting a Persian letter or an emoji's surrogate pair) and ends in "…" when shortened.
 */
export function buttonText(label: string, max = 60): string {
  const chars = [...label];
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

// Latin letters, and Latin digits (a date quoted as typed), take a left-to-right run in a Persian line.
const LATIN_LETTER = /[A-Za-z0-9]/;
// A link is left bare: it is a left-to-right run on its own, and a mark beside it could be taken into the URL by
// the app that makes it clickable.
const LINK = /https?:\/\/|t\.me\//;
// The innermost isolate: FSI (Fluent's, around each value), LRI or RLI (written on purpose), each closed by a PDI.
const INNERMOST_ISOLATE = /([\u2066\u2067\u2068])([^\u2066-\u2069]*)\u2069/g;
// Isolates already decided on are parked as private-use marks (U+E066…U+E069) until the whole text is done.
const PARK_OFFSET = 0xe066 - 0x2066;
const PARKED = /[\uE066\uE067\uE068][^\uE066-\uE069]*\uE069/g;
const PARKED_MARK = /[\uE066-\uE069]/g;

function park(mark: string): string {
  return String.fromCharCode(mark.charCodeAt(0) + PARK_OFFSET);
}

/** The value without the isolates already kept inside it. */
function outsideKept(value: string): string {
  let out = value;
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(PARKED, "");
  }
  return out;
}

/** Drops each FSI … PDI pair whose value `keep` refuses, innermost first; LRI and RLI pairs are always kept. */
function trimFirstStrongIsolates(text: string, keep: (value: string) => boolean): string {
  let out = text;
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(INNERMOST_ISOLATE, (_, open: string, value: string) =>
      open !== "\u2068" || keep(value) ? `${park(open)}${value}${park("\u2069")}` : value,
    );
  }
  return out.replace(PARKED_MARK, (mark) => String.fromCharCode(mark.charCodeAt(0) - PARK_OFFSET));
}

/**
 * A right-to-left message with only the isolates it needs: a value that holds a Latin letter or digit (a name, a
 * command, a code, a date quoted as typed) stays in FSI … PDI, so it neither moves the Persian words around it nor turns a line that starts with it
 * left-to-right. Other values (Persian text, numbers, links) lose their marks, and so does a multi-line value,
 * because an isolate ends at a line break.
 */
export function keepRtlIsolates(text: string): string {
  return trimFirstStrongIsolates(
    text,
    (value) => LATIN_LETTER.test(outsideKept(value)) && !value.includes("\n") && !LINK.test(value),
  );
}

/** A left-to-right message needs none of Fluent's isolates (FSI … PDI around each value). */
export function withoutIsolates(text: string): string {
  return trimFirstStrongIsolates(text, () => false);
}

export const TELEGRAM_TEXT_LIMIT = 4096;

/** Telegram refuses a callback answer (the alert a press shows) longer than this (MESSAGE_TOO_LONG). */
export const TELEGRAM_ALERT_LIMIT = 200;

/**
 * `text` kept within `max` UTF-16 code units, as Telegram counts: cut at the last space in its second half (or
 * else between letters, never inside a surrogate pair) and ended with "…".
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = "";
  for (const ch of text) {
    if (cut.length + ch.length > max - 1) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(" ");
  return `${(space >= cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// Most readable break first: a paragraph, then a line, then a word.
const BREAK_SEPARATORS = ["\n\n", "\n", " "] as const;

/**
 * Splits text into parts of at most `limit` UTF-16 code units for sendMessage.
 * The separator at each break is dropped and whitespace-only parts are skipped, because Telegram
 * rejects empty messages. With `html` (parse_mode HTML) no break falls inside a tag such as
 * `<a href="…">`; a tag opened in one part and closed in the next is not repaired, so keep markup
 * within paragraphs.
 */
export function splitForTelegram(
  text: string,
  limit: number = TELEGRAM_TEXT_LIMIT,
  options: { html?: boolean } = {},
): string[] {
  if (!Number.isInteger(limit) || limit < 2) {
    // A limit of 1 could not hold a surrogate pair, so the split could never make progress.
    throw new RangeError(`splitForTelegram: limit must be an integer ≥ 2, got ${limit}`);
  }
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const { end, resume } = findBreak(rest, limit, options.html === true);
    pushIfVisible(parts, rest.slice(0, end));
    rest = rest.slice(resume);
  }
  pushIfVisible(parts, rest);
  return parts;
}

type Break = { end: number; resume: number };

function findBreak(text: string, limit: number, html: boolean): Break {
  for (const separator of BREAK_SEPARATORS) {
    // A separator starting at index `limit` still leaves a part of exactly `limit` units before it.
    let at = text.lastIndexOf(separator, limit);
    while (at > 0 && html && insideTag(text, at)) at = text.lastIndexOf(separator, at - 1);
    if (at > 0) return { end: at, resume: at + separator.length };
  }
  let end = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
  if (html && insideTag(text, end)) end = text.lastIndexOf("<", end - 1) || end;
  return { end, resume: end };
}

/** Whether position `at` falls between a tag's `<` and its `>`. */
function insideTag(text: string, at: number): boolean {
  return text.lastIndexOf("<", at - 1) > text.lastIndexOf(">", at - 1);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function pushIfVisible(parts: string[], part: string): void {
  if (part.trim() !== "") parts.push(part);
}
