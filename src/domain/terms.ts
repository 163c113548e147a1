// B2: each member agency's plenipotentiary representative holds an appointment order (حکم) for two years
// (fullTermEnd; domain/roster termOf applies it to the roster); an order that ran out stops counting until a new one is issued.
// Days are ISO `YYYY-MM-DD` strings in the HQ's zone; ISO strings compare in calendar order.
import { addYearsIn, type CalendarKind, fromIsoDate, localDateOf, toIsoDate } from "./calendar.ts";

/** Staff and the secretary hear this many days before a term ends. */
export const TERM_REMINDER_DAYS = 30;

export type Term = { termStart: string; termEnd: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** B2 on one day: an order is in force from its first through its last day; before, not yet; after, ended. */
export type OrderState = "in_force" | "not_started" | "ended";

export function orderStateOn(term: Term, today: string): OrderState {
  if (today < term.termStart) return "not_started";
  return today <= term.termEnd ? "in_force" : "ended";
}

/** The order's last day is `termEnd` itself (as /me shows it); before `termStart` the order is not yet in force. */
export function isCurrentTerm(term: Term, today: string): boolean {
  return orderStateOn(term, today) === "in_force";
}

export function isoDayOf(instant: Date, zone: string): string {
  return toIsoDate(localDateOf(instant, zone));
}

/** `day` moved by `days` calendar days (negative for earlier). */
export function addDaysToIsoDay(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function termReminderDay(term: Pick<Term, "termEnd">): string {
  return addDaysToIsoDay(term.termEnd, -TERM_REMINDER_DAYS);
}

/** Whether the reminder for this term is due by `today` (it is also due, once, for a term already over). */
export function termReminderDue(term: Pick<Term, "termEnd">, today: string): boolean {
  return termReminderDay(term) <= today;
}

/** B2 as the HQ secretariat sees a seat's order today: ended, ending within the reminder window, or in force. */
export type TermStanding = "ended" | "ending" | "in_force";

export function termStanding(term: Pick<Term, "termEnd">, today: string): TermStanding {
  if (term.termEnd < today) return "ended";
  if (termReminderDue(term, today)) return "ending";
  return "in_force";
}

/** B2: «حکم به مدت دو سال» — an appointment order runs two years, no longer. */
export const TERM_YEARS = 2;

/**
 * B2: the last day of a full order that starts on `termStart`: the same calendar day two years later, counted in the
 * calendar the order is written in (1405/01/15 → 1407/01/15, 2026-04-04 → 2028-04-04; 30 Esfand or 29 February
 * falls back to the month's last day when that year has none). The order is in force on its last day too.
 */
export function fullTermEnd(termStart: string, calendar: CalendarKind): string {
  return toIsoDate(addYearsIn(calendar, fromIsoDate(termStart), TERM_YEARS));
}

/** B2: an order whose last day falls after `fullTermEnd` is longer than the bylaw's two years. */
export function exceedsTwoYears(term: Term, calendar: CalendarKind): boolean {
  return term.termEnd > fullTermEnd(term.termStart, calendar);
}

export type RenewalTerm =
  | { ok: true; term: Term }
  | { ok: false; reason: "not_after_today" }
  /** `latestEnd`: the last day a two-year order from today may have. */
  | { ok: false; reason: "longer_than_two_years"; latestEnd: string };

/**
 * B2 reappointment: a new order in force from today, for two years unless the HQ gives another last day, which must
 * come after today and not after two years. `calendar` is the one the order is written in (that of the last day typed,
 * otherwise the HQ's).
 */
export function renewalTerm(today: string, calendar: CalendarKind, lastDay?: string): RenewalTerm {
  const latestEnd = fullTermEnd(today, calendar);
  if (lastDay === undefined) return { ok: true, term: { termStart: today, termEnd: latestEnd } };
  if (lastDay <= today) return { ok: false, reason: "not_after_today" };
  if (lastDay > latestEnd) return { ok: false, reason: "longer_than_two_years", latestEnd };
  return { ok: true, term: { termStart: today, termEnd: lastDay } };
}
