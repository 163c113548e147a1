// Where the bot applies a figure the bylaw sets (notice days, proposal days, quorum, majority reading, minutes hours),
// a message may cite the bylaw only when the figure in force is the bylaw's. A group's rules profile (the roster's
// `rules:`) can depart from it; the message then says the figure is this group's rule and gives the bylaw's beside it,
// so an official reading it never takes the group's choice for the bylaw's text.
import { BYLAW_DEFAULT_RULES, type Fraction, type RulesProfile } from "./rules.ts";

export type RuleKey = keyof RulesProfile;

export type RuleCitation<K extends RuleKey> =
  | { source: "bylaw"; value: RulesProfile[K] }
  /** The group's profile sets `value`; the bylaw (its implementers' default reading) says `bylaw`. */
  | { source: "group"; value: RulesProfile[K]; bylaw: RulesProfile[K] };

export function citeRule<K extends RuleKey>(rules: RulesProfile, key: K): RuleCitation<K> {
  const value = rules[key];
  const bylaw = BYLAW_DEFAULT_RULES[key];
  return sameFigure(value, bylaw) ? { source: "bylaw", value } : { source: "group", value, bylaw };
}

/** 4/6 is the bylaw's 2/3: the same share of seats, whatever the roster wrote. */
function sameFigure(a: RulesProfile[RuleKey], b: RulesProfile[RuleKey]): boolean {
  if (typeof a === "object" && typeof b === "object") return sameFraction(a, b);
  return a === b;
}

function sameFraction(a: Fraction, b: Fraction): boolean {
  return a.numerator * b.denominator === b.numerator * a.denominator;
}
