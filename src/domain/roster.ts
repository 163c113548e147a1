import { IANAZone } from "luxon";
import { z } from "zod";
import { TEMPLATE_KEYS } from "./bylaw-committees.ts";
import { type CalendarKind, fromIsoDate, type LocalDate, parseCalendarDate, toIsoDate } from "./calendar.ts";
import {
  type CheckErrorKey,
  customIssue,
  dateIssue,
  issueMessage,
  issueParams,
  ROLE_WORDS,
  type RosterIssue,
  rosterIssueOf,
} from "./roster-issues.ts";
import { rulesOverrideSchema } from "./rules.ts";
import { exceedsTwoYears, fullTermEnd } from "./terms.ts";

/**
 * The roster file: a public interface (documented in the README). HQ secretariat staff describe one headquarters,
 * its staff and committees in YAML or JSON; import applies it idempotently.
 */

/** A check keeps no params: its `error` is the message key it stands for. */
const keyed = (key: CheckErrorKey) => ({ error: key });

const telegramUserId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const telegramChatId = z
  .number()
  .int()
  .refine(
    (id) => id !== 0 && Math.abs(id) <= Number.MAX_SAFE_INTEGER,
    issueParams(issueMessage("roster-issue-not-chat-id", {})),
  );
const groupChatId = z.number().int().negative(keyed("roster-issue-group-chat-id"));
const localeCode = z.enum(["fa", "en"], keyed("roster-issue-locale"));
const personName = z.string().trim().min(1).max(200);

// Days are written ISO everywhere; the roster's callers have always found the helper here.
export { toIsoDate } from "./calendar.ts";

/** A date from the file, remembering the calendar it was written in: B2's two years are counted in that calendar. */
export type RosterDate = LocalDate & { calendar: CalendarKind };

const rosterDate = z
  .union([z.string(), z.date()], keyed("roster-issue-date-type"))
  .transform((value, ctx): RosterDate => {
    // YAML reads 2026-04-04 as a Date; Jalali 1405-01-15 stays text.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const parsed = parseCalendarDate(text);
    if (parsed.ok) return { ...parsed.value.date, calendar: parsed.value.calendar };
    ctx.addIssue(customIssue([], dateIssue(text, parsed.error)));
    return z.NEVER;
  });

const staffSchema = z.object({ telegram_id: telegramUserId, name: personName, locale: localeCode.optional() }).strict();

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
      ctx.addIssue(customIssue(["vacant"], issueMessage("roster-issue-vacant-with-id", {})));
    }
    if (member.term_end && !member.term_start) {
      ctx.addIssue(customIssue(["term_end"], issueMessage("roster-issue-term-end-without-start", {})));
    }
    if (member.term_start && member.term_end && compareDates(member.term_end, member.term_start) <= 0) {
      ctx.addIssue(customIssue(["term_end"], issueMessage("roster-issue-term-end-not-after-start", {})));
    }
    if (member.term_start && member.term_end) {
      const { calendar } = member.term_start;
      const latest = fullTermEnd(toIsoDate(member.term_start), calendar);
      if (exceedsTwoYears({ termStart: toIsoDate(member.term_start), termEnd: toIsoDate(member.term_end) }, calendar)) {
        const lastDay = { day: fromIsoDate(latest), calendar };
        ctx.addIssue(customIssue(["term_end"], issueMessage("roster-issue-term-too-long", { lastDay })));
      }
    }
  });

const committeeSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9_-]{1,40}$/, keyed("roster-issue-committee-key-format")),
    template: z.enum(TEMPLATE_KEYS as [string, ...string[]]).optional(),
    title: z
      .object({ fa: z.string().trim().min(1), en: z.string().trim().min(1) })
      .strict()
      .optional(),
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
        ctx.addIssue(
          customIssue(
            [role],
            issueMessage("roster-issue-officer-outside-council", { role, roleName: { word: ROLE_WORDS[role] } }),
          ),
        );
      }
    }
    if (committee.chair !== undefined && committee.chair === committee.secretary) {
      ctx.addIssue(customIssue(["secretary"], issueMessage("roster-issue-council-same-officer", {})));
    }
    if (committee.derived_members !== undefined && committee.template !== "council") {
      ctx.addIssue(customIssue(["derived_members"], issueMessage("roster-issue-derived-members-outside-council", {})));
    }
    if (committee.template === "council" && committee.parent !== undefined) {
      ctx.addIssue(customIssue(["parent"], issueMessage("roster-issue-council-parent", {})));
    }
    if (!committee.template && !committee.title) {
      ctx.addIssue(customIssue(["title"], issueMessage("roster-issue-title-required", {})));
    }
    if (committee.template === "council" && committee.members.length > 0) {
      ctx.addIssue(customIssue(["members"], issueMessage("roster-issue-council-members", {})));
    }
    checkUnique(committee.members, (m) => m.seat, "seat", "roster-issue-seat-twice", ctx);
    for (const role of ["chair", "secretary"] as const) {
      const holders = committee.members.flatMap((m, i) => (m.role === role ? [i] : []));
      for (const index of holders.slice(1)) {
        ctx.addIssue(
          customIssue(
            ["members", index, "role"],
            issueMessage("roster-issue-one-officer", { roleName: { word: ROLE_WORDS[role] } }),
          ),
        );
      }
    }
  });

const headquartersSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]{1,40}$/, keyed("roster-issue-hq-key-format")),
    level: z.enum(["county", "province"]),
    parent: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
    name: z.string().trim().min(1).max(300),
    timezone: z
      .string()
      .default("Asia/Tehran")
      .refine((zone) => IANAZone.isValidZone(zone), issueParams(issueMessage("roster-issue-timezone", {}))),
    locale: localeCode.default("fa"),
    secretariat_chat_id: telegramChatId.optional(),
    staff: z.array(staffSchema).default([]),
  })
  .strict()
  .superRefine((hq, ctx) => {
    if (hq.parent === hq.key) ctx.addIssue(customIssue(["parent"], issueMessage("roster-issue-hq-own-parent", {})));
    if (hq.parent && hq.level === "province") {
      ctx.addIssue(customIssue(["parent"], issueMessage("roster-issue-hq-parent-level", {})));
    }
  });

export const rosterSchema = z
  .object({ headquarters: headquartersSchema, committees: z.array(committeeSchema).default([]) })
  .strict()
  .superRefine((roster, ctx) => {
    checkUnique(roster.committees, (c) => c.key, "key", "roster-issue-committee-key-twice", ctx, "committees");
    const keys = new Set(roster.committees.map((c) => c.key));
    roster.committees.forEach((committee, index) => {
      if (committee.parent === undefined) return;
      const path = ["committees", index, "parent"];
      if (committee.parent === committee.key) {
        ctx.addIssue(customIssue(path, issueMessage("roster-issue-committee-own-parent", {})));
      } else if (!keys.has(committee.parent)) {
        ctx.addIssue(customIssue(path, issueMessage("roster-issue-parent-unknown", { parent: committee.parent })));
      } else if (hasParentCycle(roster.committees, committee.key)) {
        ctx.addIssue(customIssue(path, issueMessage("roster-issue-parent-loop", {})));
      }
    });
    checkConsistentNames(roster, ctx);
    checkCouncil(roster, ctx);
  });

export type Roster = z.output<typeof rosterSchema>;
export type RosterCommittee = Roster["committees"][number];
export type RosterMember = RosterCommittee["members"][number];

export type { RosterIssue } from "./roster-issues.ts";

/** Each issue as a message key and its facts (roster-issues.ts); the caller shows them in the reader's language. */
export function validateRoster(input: unknown): { ok: true; roster: Roster } | { ok: false; issues: RosterIssue[] } {
  // The input tells a missing field from a wrong one and names the type that was written instead.
  const parsed = rosterSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, roster: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(rosterIssueOf) };
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
  return {
    start,
    end: member.term_end ?? fromIsoDate(fullTermEnd(toIsoDate(start), member.term_start?.calendar ?? calendar)),
  };
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return toIsoDate(a).localeCompare(toIsoDate(b));
}

function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  field: string,
  key: "roster-issue-seat-twice" | "roster-issue-committee-key-twice",
  ctx: z.RefinementCtx,
  arrayPath = "members",
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = keyOf(item);
    if (seen.has(value)) ctx.addIssue(customIssue([arrayPath, index, field], issueMessage(key, {})));
    seen.add(value);
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
      ctx.addIssue(customIssue(path, issueMessage("roster-issue-name-conflict", { telegramId: id, name: known })));
    } else names.set(id, name);
  };
  for (const [i, s] of roster.headquarters.staff.entries())
    check(s.telegram_id, s.name, ["headquarters", "staff", i, "name"]);
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
    ctx.addIssue(customIssue(["committees", index, "template"], issueMessage("roster-issue-council-twice", {})));
  }
  const index = councils[0];
  if (index === undefined) return;
  const council = roster.committees[index]!;
  const officers = new Set(
    roster.committees
      .filter((c) => c.template !== "council" && (c.parent === undefined || c.parent === council.key))
      .flatMap((c) =>
        c.members
          .filter((m) => m.role !== "member" && !m.vacant && m.telegram_id !== undefined)
          .map((m) => m.telegram_id!),
      ),
  );
  for (const role of ["chair", "secretary"] as const) {
    const id = council[role];
    if (id === undefined || officers.has(id)) continue;
    ctx.addIssue(
      customIssue(
        ["committees", index, role],
        issueMessage("roster-issue-council-officer-not-member", { telegramId: id }),
      ),
    );
  }
}
