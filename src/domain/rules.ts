import { z } from "zod";

/**
 * The bylaw's numbers (part B) as a per-committee profile. Defaults follow the implementers' notes in the bylaw;
 * a roster may override them per committee.
 */
export type MajorityReading = "absolute" | "strict";
export type Fraction = { numerator: number; denominator: number };

export type RulesProfile = {
  /** B6: invitations at least this many days before the meeting. */
  noticeDays: number;
  /** B10: written proposals until this many days before the meeting. */
  proposalDays: number;
  /** B3: share of voting seats present for the meeting to be official. */
  quorum: Fraction;
  /** B3: "half plus one of all members"; see yesVotesRequired. */
  majority: MajorityReading;
  /** B9: minutes signed and sent within this many hours. */
  minutesHours: number;
};

export const BYLAW_DEFAULT_RULES: RulesProfile = Object.freeze({
  noticeDays: 7,
  proposalDays: 7,
  quorum: Object.freeze({ numerator: 2, denominator: 3 }),
  majority: "absolute",
  minutesHours: 48,
});

function parseFraction(text: string): Fraction {
  const [numerator, denominator] = text.split("/").map((part) => Number.parseInt(part, 10)) as [number, number];
  return { numerator, denominator };
}

/**
 * Kept as typed ("2/3") so a stored profile reads back exactly as the roster file said it. Its two failures (not a
 * fraction: `invalid_format`; not between 0 and 1: `custom`) are worded by the roster's issue messages, in both
 * languages, so no sentence is written here.
 */
const fractionText = z
  .string()
  .regex(/^\s*\d+\s*\/\s*\d+\s*$/)
  .refine((text) => {
    const f = parseFraction(text);
    return f.denominator > 0 && f.numerator > 0 && f.numerator <= f.denominator;
  });

/** The `rules:` block of a committee in the roster file. */
export const rulesOverrideSchema = z
  .object({
    notice_days: z.number().int().min(0).max(60).optional(),
    proposal_days: z.number().int().min(0).max(60).optional(),
    quorum: fractionText.optional(),
    majority: z.enum(["absolute", "strict"]).optional(),
    minutes_hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .optional(),
  })
  .strict();

export type RulesOverride = z.output<typeof rulesOverrideSchema>;

export function resolveRules(override: unknown): RulesProfile {
  const parsed = rulesOverrideSchema.safeParse(override ?? {});
  const o = parsed.success ? parsed.data : {};
  return {
    noticeDays: o.notice_days ?? BYLAW_DEFAULT_RULES.noticeDays,
    proposalDays: o.proposal_days ?? BYLAW_DEFAULT_RULES.proposalDays,
    quorum: o.quorum ? parseFraction(o.quorum) : BYLAW_DEFAULT_RULES.quorum,
    majority: o.majority ?? BYLAW_DEFAULT_RULES.majority,
    minutesHours: o.minutes_hours ?? BYLAW_DEFAULT_RULES.minutesHours,
  };
}

/** B3 quorum: present voting seats ≥ ⌈N·p/q⌉ (⌈2N/3⌉ by default). Integer arithmetic: no float rounding at 2/3. */
export function quorumRequired(votingSeats: number, quorum: Fraction = BYLAW_DEFAULT_RULES.quorum): number {
  const product = votingSeats * quorum.numerator;
  return Math.floor((product + quorum.denominator - 1) / quorum.denominator);
}

/**
 * B3 majority of ALL voting members, not of those present. `absolute` is ⌊N/2⌋+1; `strict` is the literal
 * ⌈N/2 + 1⌉, which differs for odd N (9 seats: 5 against 6).
 */
export function yesVotesRequired(votingSeats: number, majority: MajorityReading): number {
  if (majority === "absolute") return Math.floor(votingSeats / 2) + 1;
  return Math.floor(votingSeats / 2) + (votingSeats % 2 === 0 ? 1 : 2);
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** B6: the earliest moment a meeting convened now may start. */
export function earliestMeetingStart(now: Date, rules: RulesProfile): Date {
  return new Date(now.getTime() + rules.noticeDays * DAY_MS);
}

/** B10: written proposals are accepted until this moment. */
export function proposalDeadline(meetingStart: Date, rules: RulesProfile): Date {
  return new Date(meetingStart.getTime() - rules.proposalDays * DAY_MS);
}

/** B9: the minutes must be signed and sent by this moment. */
export function minutesDeadline(meetingEnd: Date, rules: RulesProfile): Date {
  return new Date(meetingEnd.getTime() + rules.minutesHours * HOUR_MS);
}

export function formatFraction(f: Fraction): string {
  return `${f.numerator}/${f.denominator}`;
}
