import { IANAZone } from "luxon";
import { z } from "zod";
import { TEMPLATE_KEYS } from "./bylaw-committees.ts";
import { type CalendarKind, fromIsoDate, type LocalDate, parseCalendarDate, toIsoDate, toJalali } from "./calendar.ts";
import { rulesOverrideSchema } from "./rules.ts";
import { exceedsTwoYears, fullTermEnd } from "./terms.ts";

/**
 * The roster file: a public interface (documented in the README). HQ secretariat staff describe one headquarters,
 * its staff and committees in YAML or JSON; import applies it idempotently.
 */

const telegramUserId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const telegramChatId = z
  .number()
  .int()
  .refine((id) => id !== 0 && Math.abs(id) <= Number.MAX_SAFE_INTEGER, { error: "not a Telegram chat id" });
const groupChatId = z.number().int().negative({ error: "a group chat id is negative, e.g. -1001234567890" });
const localeCode = z.enum(["fa", "en"], { error: "locale must be fa or en" });
const personName = z.string().trim().min(1).max(200);

// Days are written ISO everywhere; the roster's callers have always found the helper here.
export { toIsoDate } from "./calendar.ts";

/** A date from the file, remembering the calendar it was written in: B2's two years are counted in that calendar. */
export type RosterDate = LocalDate & { calendar: CalendarKind };

const rosterDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx): RosterDate => {
    // YAML reads 2026-04-04 as a Date; Jalali 1405-01-15 stays text.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const parsed = parseCalendarDate(text);
    if (parsed.ok) return { ...parsed.value.date, calendar: parsed.value.calendar };
    ctx.addIssue({ code: "custom", message: `"${text}" is not a valid date (${parsed.error.code})` });
    return z.NEVER;
  });

const staffSchema = z
  .object({ telegram_id: telegramUserId, name: personName, locale: localeCode.optional() })
  .strict();

const memberSchema = z
  .object({
    seat: z.string().trim().min(1).max(200),
    role: z.enum(["chair", "secretary", "member"]).default("member"),
    voting: z.boolean().default(true),
    telegram_id: telegramUserId.optional(),
    name: personName.optional(),
    locale: localeCode.optional(),
    term_start: rosterDate.optional(),
    term_end: rosterDate.optional(),
    /** Ends the current appointment; an entry without telegram_id otherwise keeps whoever joined by invite link. */
    vacant: z.boolean().default(false),
  })
  .strict()
  .superRefine((member, ctx) => {
    if (member.vacant && member.telegram_id !== undefined) {
      ctx.addIssue({ code: "custom", path: ["vacant"], message: "a vacant seat cannot also have a telegram_id" });
    }
    if (member.term_end && !member.term_start) {
      ctx.addIssue({ code: "custom", path: ["term_end"], message: "term_end needs term_start" });
    }
    if (member.term_start && member.term_end && compareDates(member.term_end, member.term_start) <= 0) {
      ctx.addIssue({ code: "custom", path: ["term_end"], message: "term_end must be after term_start" });
    }
    if (member.term_start && member.term_end) {
      const { calendar } = member.term_start;
      const latest = fullTermEnd(toIsoDate(member.term_start), calendar);
      if (exceedsTwoYears({ termStart: toIsoDate(member.term_start), termEnd: toIsoDate(member.term_end) }, calendar)) {
        ctx.addIssue({
          code: "custom",
          path: ["term_end"],
          message: `an appointment order runs at most two years (bylaw B2): from this term_start the last day is ${writeIn(calendar, latest)}`,
        });
      }
    }
  });

const committeeSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9_-]{1,40}$/, { error: "use a-z, 0-9, _ and - (at most 40)" }),
    template: z.enum(TEMPLATE_KEYS as [string, ...string[]]).optional(),
    title: z.object({ fa: z.string().trim().min(1), en: z.string().trim().min(1) }).strict().optional(),
    chat_id: groupChatId.optional(),
    parent: z.string().optional(),
    rules: rulesOverrideSchema.optional(),
    members: z.array(memberSchema).default([]),
    /** The coordination council only: its chair and secretary among its members, by telegram_id (part A leaves the choice open). */
    chair: telegramUserId.optional(),
    secretary: telegramUserId.optional(),
    /** Written by export to show the council's members as they are; import reads past it (they are derived). */
    derived_members: z.array(z.unknown()).optional(),
  })
  .strict()
  .superRefine((committee, ctx) => {
    for (const role of ["chair", "secretary"] as const) {
      if (committee[role] !== undefined && committee.template !== "council") {
        ctx.addIssue({
          code: "custom",
          path: [role],
          message: `only the coordination council (template: council) names its ${role} here; in a working group give the member role: ${role}`,
        });
      }
    }
    if (committee.chair !== undefined && committee.chair === committee.secretary) {
      ctx.addIssue({ code: "custom", path: ["secretary"], message: "one person cannot be both the council's chair and its secretary" });
    }
    if (committee.derived_members !== undefined && committee.template !== "council") {
      ctx.addIssue({ code: "custom", path: ["derived_members"], message: "only the coordination council's entry has derived_members (written by export); list this committee's seats under members" });
    }
    if (committee.template === "council" && committee.parent !== undefined) {
      ctx.addIssue({ code: "custom", path: ["parent"], message: "the coordination council is not a sub-working group; remove parent" });
    }
    if (!committee.template && !committee.title) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "title { fa, en } is required when there is no template" });
    }
    if (committee.template === "council" && committee.members.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["members"],
        message: "the coordination council's members are the chairs and secretaries of the working groups; leave members empty",
      });
    }
    checkUnique(committee.members, (m) => m.seat, "seat", "this seat title is used twice in the committee", ctx);
    for (const role of ["chair", "secretary"] as const) {
      const holders = committee.members.flatMap((m, i) => (m.role === role ? [i] : []));
      for (const index of holders.slice(1)) {
        ctx.addIssue({ code: "custom", path: ["members", index, "role"], message: `a committee has one ${role}` });
      }
    }
  });

const headquartersSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: "use a-z, 0-9 and - (at most 40)" }),
    level: z.enum(["county", "province"]),
    parent: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
    name: z.string().trim().min(1).max(300),
    timezone: z
      .string()
      .default("Asia/Tehran")
      .refine((zone) => IANAZone.isValidZone(zone), { error: "not a time zone name such as Asia/Tehran" }),
    locale: localeCode.default("fa"),
    secretariat_chat_id: telegramChatId.optional(),
    staff: z.array(staffSchema).default([]),
  })
  .strict()
  .superRefine((hq, ctx) => {
    if (hq.parent === hq.key) ctx.addIssue({ code: "custom", path: ["parent"], message: "an HQ cannot be its own parent" });
    if (hq.parent && hq.level === "province") {
      ctx.addIssue({ code: "custom", path: ["parent"], message: "only a county HQ has a parent (its provincial HQ)" });
    }
  });

export const rosterSchema = z
  .object({ headquarters: headquartersSchema, committees: z.array(committeeSchema).default([]) })
  .strict()
  .superRefine((roster, ctx) => {
    checkUnique(roster.committees, (c) => c.key, "key", "this committee key is used twice", ctx, "committees");
    const keys = new Set(roster.committees.map((c) => c.key));
    roster.committees.forEach((committee, index) => {
      if (committee.parent === undefined) return;
      if (committee.parent === committee.key) {
        ctx.addIssue({ code: "custom", path: ["committees", index, "parent"], message: "a committee cannot be its own parent" });
      } else if (!keys.has(committee.parent)) {
        ctx.addIssue({ code: "custom", path: ["committees", index, "parent"], message: `no committee with key "${committee.parent}" in this file` });
      } else if (hasParentCycle(roster.committees, committee.key)) {
        ctx.addIssue({ code: "custom", path: ["committees", index, "parent"], message: "the parents of committees form a loop" });
      }
    });
    checkConsistentNames(roster, ctx);
    checkCouncil(roster, ctx);
  });

export type Roster = z.output<typeof rosterSchema>;
export type RosterCommittee = Roster["committees"][number];
export type RosterMember = RosterCommittee["members"][number];

export type RosterIssue = { path: string; message: string };

export function validateRoster(input: unknown): { ok: true; roster: Roster } | { ok: false; issues: RosterIssue[] } {
  const parsed = rosterSchema.safeParse(input);
  if (parsed.success) return { ok: true, roster: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** `committees[2].members[4].telegram_id`, the way a person finds the spot in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text || "(file)";
}

/**
 * B2: an appointment order runs two years unless the roster gives an earlier last day; without a term_start it starts
 * `today`, written in the HQ's calendar (`calendar`).
 */
export function termOf(
  member: Pick<RosterMember, "term_start" | "term_end">,
  today: LocalDate,
  calendar: CalendarKind,
): { start: LocalDate; end: LocalDate } {
  const start = member.term_start ?? today;
  return { start, end: member.term_end ?? fromIsoDate(fullTermEnd(toIsoDate(start), member.term_start?.calendar ?? calendar)) };
}

/** A day as the file's author wrote the calendar: `1407/01/15` or `2028-04-03`. */
function writeIn(calendar: CalendarKind, day: string): string {
  if (calendar === "gregorian") return day;
  const { jy, jm, jd } = toJalali(fromIsoDate(day));
  return `${jy}/${String(jm).padStart(2, "0")}/${String(jd).padStart(2, "0")}`;
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return toIsoDate(a).localeCompare(toIsoDate(b));
}

function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  field: string,
  message: string,
  ctx: z.RefinementCtx,
  arrayPath = "members",
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [arrayPath, index, field], message });
    seen.add(key);
  });
}

function hasParentCycle(committees: readonly RosterCommittee[], start: string): boolean {
  const parentOf = new Map(committees.map((c) => [c.key, c.parent]));
  const visited = new Set<string>();
  let current: string | undefined = start;
  while (current !== undefined) {
    if (visited.has(current)) return true;
    visited.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/** One Telegram account is one person: two different names for it is a typing mistake worth stopping for. */
function checkConsistentNames(roster: Roster, ctx: z.RefinementCtx): void {
  const names = new Map<number, string>();
  const check = (id: number | undefined, name: string | undefined, path: PropertyKey[]) => {
    if (id === undefined || name === undefined) return;
    const known = names.get(id);
    if (known !== undefined && known !== name) {
      ctx.addIssue({ code: "custom", path, message: `telegram_id ${id} is also listed as "${known}"` });
    } else names.set(id, name);
  };
  for (const [i, s] of roster.headquarters.staff.entries()) check(s.telegram_id, s.name, ["headquarters", "staff", i, "name"]);
  for (const [ci, c] of roster.committees.entries()) {
    for (const [mi, m] of c.members.entries()) check(m.telegram_id, m.name, ["committees", ci, "members", mi, "name"]);
  }
}

/**
 * Part A: one coordination council per HQ, and the chair or secretary it names must be one of its members — the
 * chair or the secretary (with that telegram_id in this file) of a top-level working group.
 */
function checkCouncil(roster: { committees: readonly RosterCommittee[] }, ctx: z.RefinementCtx): void {
  const councils = roster.committees.flatMap((c, i) => (c.template === "council" ? [i] : []));
  for (const index of councils.slice(1)) {
    ctx.addIssue({ code: "custom", path: ["committees", index, "template"], message: "an HQ has one coordination council" });
  }
  const index = councils[0];
  if (index === undefined) return;
  const council = roster.committees[index]!;
  const officers = new Set(
    roster.committees
      .filter((c) => c.template !== "council" && (c.parent === undefined || c.parent === council.key))
      .flatMap((c) => c.members.filter((m) => m.role !== "member" && !m.vacant && m.telegram_id !== undefined).map((m) => m.telegram_id!)),
  );
  for (const role of ["chair", "secretary"] as const) {
    const id = council[role];
    if (id === undefined || officers.has(id)) continue;
    ctx.addIssue({
      code: "custom",
      path: ["committees", index, role],
      message: `telegram_id ${id} is not a member of the coordination council: its members are the chairs and secretaries (with telegram_id) of the top-level working groups in this file`,
    });
  }
}
