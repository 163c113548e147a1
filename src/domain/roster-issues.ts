import type { z } from "zod";
import { type CalendarKind, type DateError, type LocalDate, toIsoDate, toJalali } from "./calendar.ts";
import { type Locale, localizeDigits } from "./text.ts";

/**
 * What is wrong in a roster file, as facts: a message key of locales/{fa,en}/roster.ftl and the values it shows. The
 * domain names the problem; whoever shows it translates it, so a Persian run never shows an English sentence.
 */

/** Every key the roster's validation can return, with the variables its message uses (the same in both locales). */
export const ROSTER_ISSUE_VARIABLES = {
  // zod's own checks, by issue code
  "roster-issue-missing": ["expected"],
  "roster-issue-wrong-type": ["expected", "received"],
  "roster-issue-number-as-text": ["expected"],
  "roster-issue-too-small-size": ["origin", "bound", "minimum", "unit"],
  "roster-issue-too-small-value": ["origin", "bound", "minimum"],
  "roster-issue-too-big-size": ["origin", "bound", "maximum", "unit"],
  "roster-issue-too-big-value": ["origin", "bound", "maximum"],
  "roster-issue-pattern": ["pattern"],
  "roster-issue-format": ["format"],
  "roster-issue-not-multiple": ["divisor"],
  "roster-issue-unknown-key": ["keys"],
  "roster-issue-unknown-keys": ["keys"],
  "roster-issue-not-the-value": ["allowed"],
  "roster-issue-not-one-of": ["options"],
  "roster-issue-invalid": [],
  // the roster's own rules
  "roster-issue-not-chat-id": [],
  "roster-issue-group-chat-id": [],
  "roster-issue-locale": [],
  "roster-issue-hq-key-format": [],
  "roster-issue-committee-key-format": [],
  "roster-issue-timezone": [],
  "roster-issue-date-type": [],
  "roster-issue-date-format": ["value"],
  "roster-issue-date-year-format": ["value"],
  "roster-issue-date-year-out-of-range": ["value"],
  "roster-issue-date-month-out-of-range": ["value"],
  "roster-issue-date-day-out-of-range": ["value"],
  "roster-issue-vacant-with-id": [],
  "roster-issue-term-end-without-start": [],
  "roster-issue-term-end-not-after-start": [],
  "roster-issue-term-too-long": ["lastDay"],
  "roster-issue-officer-outside-council": ["role", "roleName"],
  "roster-issue-council-same-officer": [],
  "roster-issue-derived-members-outside-council": [],
  "roster-issue-council-parent": [],
  "roster-issue-title-required": [],
  "roster-issue-council-members": [],
  "roster-issue-seat-twice": [],
  "roster-issue-one-officer": ["roleName"],
  "roster-issue-hq-own-parent": [],
  "roster-issue-hq-parent-level": [],
  "roster-issue-committee-key-twice": [],
  "roster-issue-committee-own-parent": [],
  "roster-issue-parent-unknown": ["parent"],
  "roster-issue-parent-loop": [],
  "roster-issue-name-conflict": ["telegramId", "name"],
  "roster-issue-council-twice": [],
  "roster-issue-council-officer-not-member": ["telegramId"],
  // rules.ts's quorum checks (a fraction's format, and its range)
  "roster-issue-quorum-format": [],
  "roster-issue-quorum-range": [],
} as const satisfies Record<string, readonly string[]>;

export type RosterIssueKey = keyof typeof ROSTER_ISSUE_VARIABLES;

/**
 * Words an issue's sentence takes as a variable — type names, bounds, units, roles — each a message of its own, so a
 * locale says them its own way without selecting on Latin values (a Persian value may reach Fluent isolated).
 */
export const ROSTER_WORDS = [
  "roster-type-string",
  "roster-type-number",
  "roster-type-fraction",
  "roster-type-int",
  "roster-type-bigint",
  "roster-type-boolean",
  "roster-type-object",
  "roster-type-array",
  "roster-type-set",
  "roster-type-map",
  "roster-type-file",
  "roster-type-date",
  "roster-type-date-object",
  "roster-type-null",
  "roster-type-nan",
  "roster-type-infinity",
  "roster-type-minus-infinity",
  "roster-bound-at-least",
  "roster-bound-more-than",
  "roster-bound-exactly",
  "roster-bound-at-most",
  "roster-bound-less-than",
  "roster-unit-characters",
  "roster-unit-items",
  "roster-unit-entries",
  "roster-unit-bytes",
  "roster-role-chair",
  "roster-role-secretary",
] as const;

export type RosterWord = (typeof ROSTER_WORDS)[number];

/**
 * One value an issue shows: text as the file has it (a key, a name, a field or an unusual type name) is shown as
 * written; a number in the reader's digits; a day in the calendar the file used; a list of keys, or of the values
 * allowed; a word in the reader's language.
 */
export type IssueFact =
  | string
  | number
  | bigint
  | { readonly day: LocalDate; readonly calendar: CalendarKind }
  | { readonly each: readonly string[] }
  | { readonly oneOf: readonly string[] }
  | { readonly word: RosterWord };

type VariablesOf<K extends RosterIssueKey> = { readonly [V in (typeof ROSTER_ISSUE_VARIABLES)[K][number]]: IssueFact };

/** A key with exactly the variables its message uses. */
export type RosterIssueMessage = { [K in RosterIssueKey]: { key: K; vars: VariablesOf<K> } }[RosterIssueKey];

/** `path` is where in the file (`committees[2].members[4].telegram_id`); "" is the file as a whole. */
export type RosterIssue = RosterIssueMessage & { path: string };

export function issueMessage<K extends RosterIssueKey>(key: K, vars: VariablesOf<K>): RosterIssueMessage {
  return { key, vars } as RosterIssueMessage;
}

type KeyWithoutVariables = {
  [K in RosterIssueKey]: (typeof ROSTER_ISSUE_VARIABLES)[K] extends readonly [] ? K : never;
}[RosterIssueKey];

/** Keys a zod check carries as its `error:` (a check keeps no params, so they show no variables). */
const CHECK_ERROR_KEYS = [
  "roster-issue-group-chat-id",
  "roster-issue-locale",
  "roster-issue-date-type",
  "roster-issue-hq-key-format",
  "roster-issue-committee-key-format",
] as const satisfies readonly KeyWithoutVariables[];
export type CheckErrorKey = (typeof CHECK_ERROR_KEYS)[number];

function isCheckErrorKey(message: string): message is CheckErrorKey {
  return (CHECK_ERROR_KEYS as readonly string[]).includes(message);
}

/** A custom issue (superRefine, transform) names its key and variables in the issue's params. */
export function customIssue(path: PropertyKey[], message: RosterIssueMessage) {
  return { code: "custom" as const, path, ...issueParams(message) };
}

/** The params of a refine's or a custom issue's options: its key and variables. */
export function issueParams(message: RosterIssueMessage): { params: { rosterIssue: RosterIssueMessage } } {
  return { params: { rosterIssue: message } };
}

type DateIssueKey = Exclude<Extract<RosterIssueKey, `roster-issue-date-${string}`>, "roster-issue-date-type">;
const DATE_ERROR_KEYS: Record<DateError["code"], DateIssueKey> = {
  date_format: "roster-issue-date-format",
  year_format: "roster-issue-date-year-format",
  year_out_of_range: "roster-issue-date-year-out-of-range",
  month_out_of_range: "roster-issue-date-month-out-of-range",
  day_out_of_range: "roster-issue-date-day-out-of-range",
};

export function dateIssue(text: string, error: DateError): RosterIssueMessage {
  return issueMessage<DateIssueKey>(DATE_ERROR_KEYS[error.code], { value: text });
}

/** The type names zod's English messages use (expected types and origins), as words. */
const TYPE_WORDS = new Map<string, RosterWord>([
  ["string", "roster-type-string"],
  ["number", "roster-type-number"],
  ["int", "roster-type-int"],
  ["bigint", "roster-type-bigint"],
  ["boolean", "roster-type-boolean"],
  ["object", "roster-type-object"],
  ["array", "roster-type-array"],
  ["set", "roster-type-set"],
  ["map", "roster-type-map"],
  ["file", "roster-type-file"],
  ["date", "roster-type-date"],
  ["null", "roster-type-null"],
  ["nan", "roster-type-nan"],
]);

/** What was written instead, named as zod's English messages name it. */
const RECEIVED_WORDS = new Map<string, RosterWord>([
  ...TYPE_WORDS,
  ["NaN", "roster-type-nan"],
  ["Infinity", "roster-type-infinity"],
  ["-Infinity", "roster-type-minus-infinity"],
  ["Date", "roster-type-date-object"],
]);

/** zod counts these origins' sizes in units (characters, items); other origins (number, int, date) compare values. */
const UNIT_WORDS = new Map<string, RosterWord>([
  ["string", "roster-unit-characters"],
  ["array", "roster-unit-items"],
  ["set", "roster-unit-items"],
  ["map", "roster-unit-entries"],
  ["file", "roster-unit-bytes"],
]);

/** A name zod may use that no word stands for (a tuple, a symbol) is shown as zod writes it. */
function wordOr(words: ReadonlyMap<string, RosterWord>, name: string): IssueFact {
  const word = words.get(name);
  return word === undefined ? name : { word };
}

/** The words for a seat's role value. */
export const ROLE_WORDS = { chair: "roster-role-chair", secretary: "roster-role-secretary" } as const satisfies Record<
  string,
  RosterWord
>;

/** One zod issue as a key and its facts; the single mapping from every zod issue code. */
export function rosterIssueOf(issue: z.core.$ZodIssue): RosterIssue {
  const path = formatPath(issue.path);
  return { path, ...messageOf(issue) } as RosterIssue;
}

function messageOf(issue: z.core.$ZodIssue): RosterIssueMessage {
  if (issue.code === "custom" && issue.params?.rosterIssue) return issue.params.rosterIssue as RosterIssueMessage;
  if (isCheckErrorKey(issue.message)) return issueMessage(issue.message, {});
  if (isQuorum(issue.path)) {
    if (issue.code === "invalid_format") return issueMessage("roster-issue-quorum-format", {});
    if (issue.code === "custom") return issueMessage("roster-issue-quorum-range", {});
  }
  switch (issue.code) {
    case "invalid_type": {
      const expected = wordOr(TYPE_WORDS, issue.expected);
      if (issue.input === undefined) return issueMessage("roster-issue-missing", { expected });
      const received = receivedType(issue.input);
      // YAML reads a number typed in Persian digits, or quoted, as text.
      if (received === "string" && (issue.expected === "number" || issue.expected === "int"))
        return issueMessage("roster-issue-number-as-text", { expected });
      if (received === "number" && issue.expected === "int")
        return issueMessage("roster-issue-wrong-type", { expected, received: { word: "roster-type-fraction" } });
      return issueMessage("roster-issue-wrong-type", { expected, received: wordOr(RECEIVED_WORDS, received) });
    }
    case "too_small": {
      const bound: IssueFact = {
        word: issue.exact
          ? "roster-bound-exactly"
          : issue.inclusive
            ? "roster-bound-at-least"
            : "roster-bound-more-than",
      };
      const origin = wordOr(TYPE_WORDS, issue.origin);
      const unit = UNIT_WORDS.get(issue.origin);
      if (unit)
        return issueMessage("roster-issue-too-small-size", {
          origin,
          bound,
          minimum: issue.minimum,
          unit: { word: unit },
        });
      return issueMessage("roster-issue-too-small-value", { origin, bound, minimum: issue.minimum });
    }
    case "too_big": {
      const bound: IssueFact = {
        word: issue.exact
          ? "roster-bound-exactly"
          : issue.inclusive
            ? "roster-bound-at-most"
            : "roster-bound-less-than",
      };
      const origin = wordOr(TYPE_WORDS, issue.origin);
      const unit = UNIT_WORDS.get(issue.origin);
      if (unit)
        return issueMessage("roster-issue-too-big-size", {
          origin,
          bound,
          maximum: issue.maximum,
          unit: { word: unit },
        });
      return issueMessage("roster-issue-too-big-value", { origin, bound, maximum: issue.maximum });
    }
    case "invalid_format":
      if (issue.format === "regex" && issue.pattern !== undefined)
        return issueMessage("roster-issue-pattern", { pattern: issue.pattern });
      return issueMessage("roster-issue-format", { format: issue.format });
    case "not_multiple_of":
      return issueMessage("roster-issue-not-multiple", { divisor: issue.divisor });
    case "unrecognized_keys":
      return issueMessage(issue.keys.length === 1 ? "roster-issue-unknown-key" : "roster-issue-unknown-keys", {
        keys: { each: issue.keys },
      });
    case "invalid_value": {
      const values = issue.values.map((value) => (typeof value === "string" ? value : String(value)));
      if (values.length === 1) return issueMessage("roster-issue-not-the-value", { allowed: { oneOf: values } });
      return issueMessage("roster-issue-not-one-of", { options: { oneOf: values } });
    }
    // A value none of a union's forms accepts (a number where a date is written), a custom issue without a key, and
    // the map and set codes the roster's schema has no use for.
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return issueMessage("roster-issue-invalid", {});
    default:
      return unmapped(issue);
  }
}

/** A zod code added by an upgrade fails the typecheck here; until it is mapped, the reader still gets a sentence. */
function unmapped(_issue: never): RosterIssueMessage {
  return issueMessage("roster-issue-invalid", {});
}

/** rules.ts checks a committee's `rules.quorum` without wording its failures; the roster names those two by path. */
function isQuorum(path: readonly PropertyKey[]): boolean {
  return path.at(-1) === "quorum" && path.at(-2) === "rules";
}

/** The type zod's English messages say was received: "NaN", the value itself for ±Infinity, a class by its name. */
function receivedType(input: unknown): string {
  if (typeof input === "number") return Number.isNaN(input) ? "NaN" : Number.isFinite(input) ? "number" : String(input);
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "object") {
    const prototype = Object.getPrototypeOf(input);
    return prototype === Object.prototype || prototype === null ? "object" : (prototype.constructor?.name ?? "object");
  }
  return typeof input;
}

/** `committees[2].members[4].telegram_id`, the way a person finds the spot in the file; "" for the whole file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text;
}

const LEFT_TO_RIGHT_ISOLATE = "\u2066";
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

/**
 * A value set into a Persian sentence, isolated (FSI … PDI) when it holds a Latin letter or digit — a path, a key, a
 * name, a date as the file has it — so it keeps its own direction and does not turn the line left-to-right. A value
 * already starting with an isolate is left as it is (an isolate ends at a line break: multi-line values too); English
 * is never touched.
 */
export function isolatedIn(locale: Locale, value: string): string {
  if (locale !== "fa" || !/[A-Za-z0-9]/.test(value) || value.includes("\n") || value.startsWith(FIRST_STRONG_ISOLATE))
    return value;
  return `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;
}

/**
 * The facts as the reader's text: words in the reader's language (`wordText`), Persian digits, «» quotes and
 * isolated Latin in Persian; in English as zod and the roster have always written them.
 */
export function issueVariables(
  vars: Readonly<Record<string, IssueFact>>,
  locale: Locale,
  wordText: (word: RosterWord) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(vars).map(([name, fact]) => [name, isolatedIn(locale, factText(fact, locale, wordText))]),
  );
}

function factText(fact: IssueFact, locale: Locale, wordText: (word: RosterWord) => string): string {
  if (typeof fact === "string") return fact;
  if (typeof fact === "number" || typeof fact === "bigint") return localizeDigits(String(fact), locale);
  if ("word" in fact) return wordText(fact.word);
  // In Persian, 2030-02-28's hyphens would lay its parts out right to left (۲۸-۰۲-۲۰۳۰): a day is isolated left-to-right.
  if ("day" in fact)
    return locale === "fa"
      ? `${LEFT_TO_RIGHT_ISOLATE}${localizeDigits(writeIn(fact.calendar, fact.day), locale)}${POP_DIRECTIONAL_ISOLATE}`
      : writeIn(fact.calendar, fact.day);
  const items = "each" in fact ? fact.each : fact.oneOf;
  // Each item isolated on its own, so a list reads right to left, item after item.
  if (locale === "fa")
    return items.map((item) => `${FIRST_STRONG_ISOLATE}«${item}»${POP_DIRECTIONAL_ISOLATE}`).join("، ");
  return items.map((item) => `"${item}"`).join("each" in fact ? ", " : "|");
}

/** A day as the file's author wrote the calendar: `1407/01/15` or `2028-04-03`. */
function writeIn(calendar: CalendarKind, day: LocalDate): string {
  if (calendar === "gregorian") return toIsoDate(day);
  const { jy, jm, jd } = toJalali(day);
  return `${jy}/${String(jm).padStart(2, "0")}/${String(jd).padStart(2, "0")}`;
}
