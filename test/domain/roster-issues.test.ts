import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rosterIssueText } from "../../src/cli/run-cli.ts";
import { validateRoster } from "../../src/domain/roster.ts";
import {
  type IssueFact,
  ROSTER_ISSUE_VARIABLES,
  ROSTER_WORDS,
  type RosterIssue,
  type RosterIssueKey,
  rosterIssueOf,
} from "../../src/domain/roster-issues.ts";
import type { Locale } from "../../src/domain/text.ts";
import { createI18n, translatorOf } from "../../src/i18n.ts";
import { rosterInput } from "../helpers/rosters.ts";
import { bareLatin, hasPersian } from "../helpers/scripts.ts";

const t = translatorOf(createI18n());
const KEYS = Object.keys(ROSTER_ISSUE_VARIABLES) as RosterIssueKey[];

type Input = ReturnType<typeof rosterInput> & Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the cases write wrong values into the file on purpose
type Loose = any;

/** A case that replaces the whole file instead of changing the sample roster. */
class WholeFile {
  constructor(readonly content: unknown) {}
}

function issuesOf(mutate: (input: Loose) => unknown): RosterIssue[] {
  const input = rosterInput() as Input;
  const returned = mutate(input);
  const result = validateRoster(returned instanceof WholeFile ? returned.content : input);
  if (result.ok) throw new Error("the roster was accepted");
  return result.issues;
}

const text = (locale: Locale, issue: RosterIssue) => rosterIssueText(t, locale, issue);

/**
 * Wrong files and what the English run printed for them before issues became keys (the English is unchanged), with
 * what the Persian run prints now.
 */
const CASES: [string, (input: Loose) => unknown, string, string, string][] = [
  [
    "a file that is not a mapping",
    () => new WholeFile(5),
    "",
    "Invalid input: expected object, received number",
    "مقدار نادرست است: باید بخشی با کلید و مقدار باشد، اما عدد نوشته شده است.",
  ],
  [
    "unknown top-level keys",
    (r) => Object.assign(r, { extra: 1, more: 2 }),
    "",
    'Unrecognized keys: "extra", "more"',
    "کلیدهای \u2068«extra»\u2069، \u2068«more»\u2069 شناخته نیستند؛ املای آن‌ها را بررسی کنید یا آن‌ها را بردارید.",
  ],
  [
    "no headquarters",
    (r) => delete r.headquarters,
    "headquarters",
    "Invalid input: expected object, received undefined",
    "این مورد لازم است و نوشته نشده است؛ باید بخشی با کلید و مقدار باشد.",
  ],
  [
    "an HQ key with spaces",
    (r) => (r.headquarters.key = "Bad Key"),
    "headquarters.key",
    "use a-z, 0-9 and - (at most 40)",
    "کلید ستاد فقط از \u2066a-z\u2069، \u20660-9\u2069 و \u2066-\u2069 ساخته می‌شود (حداکثر ۴۰ نویسه).",
  ],
  [
    "an HQ parent not shaped as a key",
    (r) => (r.headquarters.parent = "Bad"),
    "headquarters.parent",
    "Invalid string: must match pattern /^[a-z0-9-]{1,40}$/",
    "مقدار با الگوی \u2068/^[a-z0-9-]{1,40}$/\u2069 سازگار نیست.",
  ],
  [
    "an unknown level",
    (r) => (r.headquarters.level = "city"),
    "headquarters.level",
    'Invalid option: expected one of "county"|"province"',
    "این مقدار پذیرفته نیست؛ یکی از این‌ها را بنویسید: \u2068«county»\u2069، \u2068«province»\u2069",
  ],
  [
    "an empty HQ name",
    (r) => (r.headquarters.name = "  "),
    "headquarters.name",
    "Too small: expected string to have >=1 characters",
    "متن کوتاه است: باید دست‌کم ۱ نویسه داشته باشد.",
  ],
  [
    "a long HQ name",
    (r) => (r.headquarters.name = "x".repeat(301)),
    "headquarters.name",
    "Too big: expected string to have <=300 characters",
    "متن بلند است: باید حداکثر ۳۰۰ نویسه داشته باشد.",
  ],
  [
    "an unknown time zone",
    (r) => (r.headquarters.timezone = "Mars/Base"),
    "headquarters.timezone",
    "not a time zone name such as Asia/Tehran",
    "این نام منطقه زمانی نیست؛ نامی مانند \u2066Asia/Tehran\u2069 بنویسید.",
  ],
  [
    "an unknown locale",
    (r) => (r.headquarters.locale = "de"),
    "headquarters.locale",
    "locale must be fa or en",
    "زبان باید \u2066fa\u2069 یا \u2066en\u2069 باشد.",
  ],
  [
    "chat id 0",
    (r) => (r.headquarters.secretariat_chat_id = 0),
    "headquarters.secretariat_chat_id",
    "not a Telegram chat id",
    "این عدد شناسه گفتگوی تلگرام نیست.",
  ],
  [
    "a fractional chat id",
    (r) => (r.headquarters.secretariat_chat_id = 1.5),
    "headquarters.secretariat_chat_id",
    "Invalid input: expected int, received number",
    "مقدار نادرست است: باید عدد صحیح باشد، اما عدد اعشاری نوشته شده است.",
  ],
  [
    "a Telegram id typed in Persian digits (YAML reads text)",
    (r) => (r.headquarters.staff[0].telegram_id = "۱۲۳۴"),
    "headquarters.staff[0].telegram_id",
    "Invalid input: expected number, received string",
    "مقدار نادرست است: باید عدد باشد، اما متن نوشته شده است؛ عدد را با رقم‌های لاتین (\u20660\u2069 تا \u20669\u2069) و بدون گیومه بنویسید.",
  ],
  [
    "an infinite chat id",
    (r) => (r.headquarters.secretariat_chat_id = Number.POSITIVE_INFINITY),
    "headquarters.secretariat_chat_id",
    "Invalid input: expected number, received Infinity",
    "مقدار نادرست است: باید عدد باشد، اما بی‌نهایت نوشته شده است.",
  ],
  [
    "a null Telegram id",
    (r) => (r.headquarters.staff[0].telegram_id = null),
    "headquarters.staff[0].telegram_id",
    "Invalid input: expected number, received null",
    "مقدار نادرست است: باید عدد باشد، اما مقدار خالی (\u2066null\u2069) نوشته شده است.",
  ],
  [
    "a negative Telegram id",
    (r) => (r.headquarters.staff[0].telegram_id = -5),
    "headquarters.staff[0].telegram_id",
    "Too small: expected number to be >0",
    "عدد کمتر از حد مجاز است: باید بیشتر از ۰ باشد.",
  ],
  [
    "an unknown staff key",
    (r) => (r.headquarters.staff[0].phone = "1"),
    "headquarters.staff[0]",
    'Unrecognized key: "phone"',
    "کلید \u2068«phone»\u2069 شناخته نیست؛ املای آن را بررسی کنید یا آن را بردارید.",
  ],
  [
    "staff as a mapping",
    (r) => (r.headquarters.staff = {}),
    "headquarters.staff",
    "Invalid input: expected array, received object",
    "مقدار نادرست است: باید فهرست باشد، اما بخشی با کلید و مقدار نوشته شده است.",
  ],
  [
    "a name that YAML read as a date",
    (r) => (r.headquarters.name = new Date("2026-04-04")),
    "headquarters.name",
    "Invalid input: expected string, received Date",
    "مقدار نادرست است: باید متن باشد، اما تاریخ نوشته شده است.",
  ],
  [
    "a committee key with capitals",
    (r) => (r.committees[1].key = "Bad"),
    "committees[1].key",
    "use a-z, 0-9, _ and - (at most 40)",
    "کلید کارگروه فقط از \u2066a-z\u2069، \u20660-9\u2069، \u2066_\u2069 و \u2066-\u2069 ساخته می‌شود (حداکثر ۴۰ نویسه).",
  ],
  [
    "a title missing where there is no template",
    (r) => {
      delete r.committees[1].template;
      delete r.committees[1].title;
    },
    "committees[1].title",
    "title { fa, en } is required when there is no template",
    "وقتی \u2066template\u2069 نوشته نشده است، عنوان کارگروه (\u2066title { fa, en }\u2069) لازم است.",
  ],
  [
    "a positive group chat id",
    (r) => (r.committees[1].chat_id = 5),
    "committees[1].chat_id",
    "a group chat id is negative, e.g. -1001234567890",
    "شناسه گروه تلگرام عددی منفی است، مانند \u2066-1001234567890\u2069.",
  ],
  [
    "an unknown parent committee",
    (r) => (r.committees[1].parent = "nope"),
    "committees[1].parent",
    'no committee with key "nope" in this file',
    "کارگروهی با کلید «\u2068nope\u2069» در این فایل نیست.",
  ],
  [
    "a quorum that is no fraction",
    (r) => (r.committees[1].rules = { quorum: "half" }),
    "committees[1].rules.quorum",
    'write a fraction such as "2/3"',
    'حد نصاب را به شکل کسر بنویسید، مانند \u2066"2/3"\u2069.',
  ],
  [
    "a quorum above 1",
    (r) => (r.committees[1].rules = { quorum: "3/2" }),
    "committees[1].rules.quorum",
    "the fraction must be between 0 and 1, such as 2/3",
    "کسر حد نصاب باید بیشتر از ۰ و حداکثر ۱ باشد، مانند \u20662/3\u2069.",
  ],
  [
    "a notice of 61 days",
    (r) => (r.committees[1].rules = { notice_days: 61 }),
    "committees[1].rules.notice_days",
    "Too big: expected number to be <=60",
    "عدد بیشتر از حد مجاز است: باید حداکثر ۶۰ باشد.",
  ],
  [
    "a working group naming its chair in the entry",
    (r) => (r.committees[1].chair = 1001),
    "committees[1].chair",
    "only the coordination council (template: council) names its chair here; in a working group give the member role: chair",
    "فقط شورای تلفیق (\u2066template: council\u2069) رئیس خود را این‌جا تعیین می‌کند؛ در کارگروه، برای عضو مورد نظر \u2066role: \u2068chair\u2069\u2069 بنویسید.",
  ],
  [
    "a council naming an outsider",
    (r) => (r.committees[0] = { key: "council", template: "council", chair: 1003 }),
    "committees[0].chair",
    "telegram_id 1003 is not a member of the coordination council: its members are the chairs and secretaries (with telegram_id) of the top-level working groups in this file",
    "شناسه تلگرام ۱۰۰۳ عضو شورای تلفیق نیست: اعضای آن رؤسا و دبیران (دارای \u2066telegram_id\u2069) کارگروه‌های اصلی (غیرفرعی) همین فایل هستند.",
  ],
  [
    "two chairs",
    (r) => (r.committees[1].members[3].role = "chair"),
    "committees[1].members[3].role",
    "a committee has one chair",
    "هر کارگروه یک رئیس دارد.",
  ],
  [
    "a vacant seat with a holder",
    (r) => (r.committees[1].members[2].vacant = true),
    "committees[1].members[2].vacant",
    "a vacant seat cannot also have a telegram_id",
    "جایگاه بلاتصدی (\u2066vacant: true\u2069) نمی‌تواند \u2066telegram_id\u2069 هم داشته باشد.",
  ],
  [
    "month 13",
    (r) => (r.committees[1].members[1].term_start = "1405/13/01"),
    "committees[1].members[1].term_start",
    '"1405/13/01" is not a valid date (month_out_of_range)',
    "تاریخ «\u20681405/13/01\u2069» معتبر نیست: ماه باید از ۱ تا ۱۲ باشد.",
  ],
  [
    "a date written as a number",
    (r) => (r.committees[1].members[1].term_start = 20260101),
    "committees[1].members[1].term_start",
    "Invalid input",
    "این مقدار تاریخ نیست: تاریخ را به شکل ۱۴۰۵/۰۱/۱۵ (خورشیدی) یا \u2066۲۰۲۶-۰۴-۰۴\u2069 (میلادی) بنویسید.",
  ],
  [
    "an order past two years",
    (r) => Object.assign(r.committees[1].members[1], { term_start: "1403/12/30", term_end: "1406/01/01" }),
    "committees[1].members[1].term_end",
    "an appointment order runs at most two years (bylaw B2): from this term_start the last day is 1405/12/29",
    "هر حکم حداکثر دو سال اعتبار دارد (بند ۲ آیین‌نامه): با این \u2066term_start\u2069 آخرین روز مجاز \u2066۱۴۰۵/۱۲/۲۹\u2069 است.",
  ],
  [
    "one Telegram id under two names",
    (r) => Object.assign(r.committees[1].members[2], { name: "Another", telegram_id: 1001 }),
    "committees[1].members[2].name",
    'telegram_id 1001 is also listed as "رئیس نمونه"',
    "همین شناسه تلگرام (\u2066telegram_id\u2069 ۱۰۰۱) جای دیگری با نام «رئیس نمونه» آمده است؛ هر شناسه تلگرام از آنِ یک نفر است.",
  ],
  [
    "a seat without its title",
    (r) => delete r.committees[1].members[3].seat,
    "committees[1].members[3].seat",
    "Invalid input: expected string, received undefined",
    "این مورد لازم است و نوشته نشده است؛ باید متن باشد.",
  ],
];

describe("roster issues are keys with facts, shown in one language", () => {
  it.each(CASES)("%s: English as before, Persian throughout", (_name, mutate, path, english, persian) => {
    const [issue, ...rest] = issuesOf(mutate);
    expect(issue!.path).toBe(path);
    // Only a quorum that is no fraction also fails its range check, at the same spot.
    expect(rest.map((other) => other.path)).toEqual(rest.map(() => path));
    expect(text("en", issue!)).toBe(english);
    expect(text("fa", issue!)).toBe(persian);
  });

  it("the domain translates nothing: an issue is a path, a key and the facts", () => {
    const [issue] = issuesOf((r) => (r.committees[1].parent = "nope"));
    expect(issue).toEqual({
      path: "committees[1].parent",
      key: "roster-issue-parent-unknown",
      vars: { parent: "nope" },
    });
    const [missing] = issuesOf((r) => delete r.committees[1].members[3].seat);
    expect(missing).toEqual({
      path: "committees[1].members[3].seat",
      key: "roster-issue-missing",
      vars: { expected: { word: "roster-type-string" } },
    });
    const [tooBig] = issuesOf((r) => (r.committees[1].rules = { notice_days: 61 }));
    expect(tooBig).toEqual({
      path: "committees[1].rules.notice_days",
      key: "roster-issue-too-big-value",
      vars: { origin: { word: "roster-type-number" }, bound: { word: "roster-bound-at-most" }, maximum: 60 },
    });
  });
});

/** Each roster message's variables as written in one locale file. */
function variablesIn(language: Locale): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  let key: string | null = null;
  for (const line of readFileSync(
    join(import.meta.dirname, "..", "..", "locales", language, "roster.ftl"),
    "utf8",
  ).split("\n")) {
    const start = /^([a-z][\w-]*)\s*=/.exec(line);
    if (start) {
      key = start[1]!;
      messages.set(key, []);
    } else if (!/^\s/.test(line)) key = null;
    if (key === null) continue;
    const found = messages.get(key)!;
    for (const [, name] of line.matchAll(/\$([A-Za-z][\w-]*)/g)) if (!found.includes(name!)) found.push(name!);
  }
  return messages;
}

/** A value for each variable, and each other kind of value the domain gives it. */
const SAMPLES: Record<string, IssueFact[]> = {
  expected: [{ word: "roster-type-string" }, { word: "roster-type-boolean" }, "tuple"],
  received: [{ word: "roster-type-number" }, { word: "roster-type-null" }, { word: "roster-type-nan" }, "Map"],
  origin: [{ word: "roster-type-string" }, { word: "roster-type-int" }, "bigint64"],
  bound: [{ word: "roster-bound-at-least" }, { word: "roster-bound-exactly" }],
  unit: [{ word: "roster-unit-characters" }, { word: "roster-unit-items" }],
  minimum: [1, 9007199254740991],
  maximum: [200, 0n],
  pattern: ["/^[a-z0-9-]{1,40}$/"],
  format: ["email"],
  divisor: [5],
  keys: [{ each: ["phone"] }, { each: ["extra", "more"] }],
  value: ["1405/13/01", "۱۴۰۵/۱۳/۰۱", "tomorrow"],
  allowed: [{ oneOf: ["council"] }],
  options: [{ oneOf: ["fa", "en"] }],
  lastDay: [
    { day: { year: 2027, month: 3, day: 20 }, calendar: "jalali" },
    { day: { year: 2030, month: 2, day: 28 }, calendar: "gregorian" },
  ],
  role: ["chair", "secretary"],
  roleName: [{ word: "roster-role-chair" }, { word: "roster-role-secretary" }],
  parent: ["nowhere", "کارگروه"],
  telegramId: [1003],
  name: ["Another", "رئیس نمونه"],
};

/** Every key with its first samples, then once more for each other sample of each variable. */
function renderings(key: RosterIssueKey): RosterIssue[] {
  const names = ROSTER_ISSUE_VARIABLES[key] as readonly string[];
  const base = Object.fromEntries(names.map((name) => [name, SAMPLES[name]![0]!]));
  const variants = names.flatMap((name) => SAMPLES[name]!.slice(1).map((fact) => ({ ...base, [name]: fact })));
  return [base, ...variants].map((vars) => ({ path: "committees[1]", key, vars }) as RosterIssue);
}

describe("every key the roster's validation can return", () => {
  const fa = variablesIn("fa");
  const en = variablesIn("en");

  it("is in both locale files, with the variables the domain gives it", () => {
    for (const key of KEYS) {
      const expected = [...ROSTER_ISSUE_VARIABLES[key]].sort();
      expect(fa.get(key)?.sort(), `fa ${key}`).toEqual(expected);
      expect(en.get(key)?.sort(), `en ${key}`).toEqual(expected);
    }
  });

  it("and every word those keys take is in both locale files, with no variables", () => {
    for (const word of ROSTER_WORDS) {
      expect(fa.get(word), `fa ${word}`).toEqual([]);
      expect(en.get(word), `en ${word}`).toEqual([]);
    }
  });

  it("a word reads in the reader's language: Persian in Persian, zod's own name in English", () => {
    for (const word of ROSTER_WORDS) {
      expect(hasPersian(t("fa", word)), word).toBe(true);
      expect(bareLatin(t("fa", word)), word).toBe("");
      expect(hasPersian(t("en", word)), word).toBe(false);
    }
  });

  it("has a sample for each of its variables (so the next test renders every key)", () => {
    const missing = KEYS.flatMap((key) => ROSTER_ISSUE_VARIABLES[key].filter((name) => !(name in SAMPLES)));
    expect(missing).toEqual([]);
  });

  it("reads as Persian in Persian, Latin only in isolated names, paths and examples, digits Persian", () => {
    for (const key of KEYS) {
      for (const issue of renderings(key)) {
        const shown = text("fa", issue);
        expect(hasPersian(shown), `${key}: ${shown}`).toBe(true);
        expect(bareLatin(shown), `${key}: ${shown}`).toBe("");
        expect(shown, key).not.toMatch(/\{\s*\$|\?\?\?/);
      }
    }
  });

  it("reads as English in English: no Persian word comes from the locale files", () => {
    for (const key of KEYS) {
      for (const issue of renderings(key)) {
        const vars = Object.values(issue.vars);
        if (vars.some((fact) => typeof fact === "string" && hasPersian(fact))) continue; // a Persian name quoted from the file
        const shown = text("en", issue);
        expect(hasPersian(shown), `${key}: ${shown}`).toBe(false);
        expect(shown, key).not.toMatch(/[\u2066-\u2069]|\{\s*\$|\?\?\?/);
      }
    }
  });
});

describe("zod's own issues map to keys whose English is zod's message", () => {
  const cases: [string, z.ZodType, unknown][] = [
    ["a missing value", z.object({ a: z.string() }), {}],
    ["a boolean for a number", z.number(), true],
    ["NaN", z.number(), Number.NaN],
    ["-Infinity", z.number(), Number.NEGATIVE_INFINITY],
    ["a bigint", z.number(), 10n],
    ["a Map", z.string(), new Map()],
    ["an array for an object", z.object({}), []],
    ["an exact length", z.string().length(3), "ab"],
    ["too few items", z.array(z.number()).min(2), [1]],
    ["too many items", z.array(z.number()).max(1), [1, 2]],
    ["an exclusive maximum", z.number().lt(5), 5],
    ["an exclusive minimum", z.number().gt(5), 5],
    ["a multiple", z.number().multipleOf(5), 7],
    ["one allowed value", z.literal("council"), "x"],
    ["several allowed values", z.enum(["a", "b"]), "c"],
    ["a pattern", z.string().regex(/^x$/), "y"],
    ["one unknown key", z.object({}).strict(), { a: 1 }],
    ["a union no form of which fits", z.union([z.string(), z.number()]), true],
  ];

  it.each(cases)("%s", (_name, schema, input) => {
    const parsed = schema.safeParse(input, { reportInput: true });
    expect(parsed.success).toBe(false);
    for (const issue of parsed.error!.issues) expect(text("en", rosterIssueOf(issue))).toBe(issue.message);
  });

  it("codes the roster's schema cannot produce (map keys and set elements) still get a key, never a raw English message", () => {
    const record = z.record(z.string().min(2), z.number()).safeParse({ a: 1 }, { reportInput: true });
    const set = z.set(z.number()).safeParse(new Set(["x"]), { reportInput: true });
    const issues = [...record.error!.issues, ...set.error!.issues];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      const mapped = rosterIssueOf(issue);
      expect(KEYS).toContain(mapped.key);
      expect(bareLatin(text("fa", mapped))).toBe("");
    }
  });
});
