// B2: each member agency's plenipotentiary representative holds an appointment order (حکم) for two years
// (domain/roster termOf sets the end); an order that ran out stops counting until a new one is issued.
// Days are ISO `YYYY-MM-DD` strings in the HQ's zone; ISO strings compare in calendar order.
import { addYears, localDateOf } from "./calendar.ts";
import { toIsoDate } from "./roster.ts";

/** Staff and the secretary hear this many days before a term ends. */
export const TERM_REMINDER_DAYS = 30;

export type Term = { termStart: string; termEnd: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The order's last day is `termEnd` itself (as /me shows it); before `termStart` the order is not yet in force. */
export function isCurrentTerm(term: Term, today: string): boolean {
  return term.termStart <= today && today <= term.termEnd;
}

export function isoDayOf(instant: Date, zone: string): string {
  return toIsoDate(localDateOf(instant, zone));
}

/** `day` moved by `days` calendar days (negative for earlier). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function termReminderDay(term: Pick<Term, "termEnd">): string {
  return addDays(term.termEnd, -TERM_REMINDER_DAYS);
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

/**
 * B2 reappointment: a new order in force from today, for two years unless the HQ gives another last day, which must
 * come after today. Null when it does not.
 */
export function renewalTerm(today: string, lastDay?: string): Term | null {
  if (lastDay !== undefined && lastDay <= today) return null;
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return { termStart: today, termEnd: lastDay ?? toIsoDate(addYears({ year, month, day }, 2)) };
}
