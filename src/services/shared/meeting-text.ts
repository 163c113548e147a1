import type { RuleCitation } from "../../domain/rule-source.ts";
import { citationVariables } from "./rule-citation.ts";
import { formatDate, formatDateShort, formatDateTime, zonedInstant } from "../../domain/calendar.ts";
import { chooseLocale } from "../../domain/locale.ts";
import { buttonText, type Locale, localizeDigits } from "../../domain/text.ts";
import type { MessageKey, Translate } from "./deps.ts";

/** What every meeting message says about the meeting, already resolved to plain data. */
export type MeetingFacts = {
  meetingId: number;
  committeeTitle: { fa: string; en: string };
  hqName: string;
  zone: string;
  startsAt: Date;
  place: string | null;
  proposalDeadline: Date;
  /** B10's proposal days as this committee applies them: the bylaw's week, or the group's own rule. */
  proposalDays: RuleCitation<"proposalDays">;
  agenda: string[];
};

export type RecipientLanguage = { locale: string | null; telegramLanguage: string | null };

export function localeOfRecipient(recipient: RecipientLanguage | null, hqDefault: string): Locale {
  return chooseLocale({ chosen: recipient?.locale, telegramLanguage: recipient?.telegramLanguage, hqDefault });
}

/** "جمعه ۲۰ آذر ۱۴۰۵، ساعت ۱۰:۰۰" in Persian; in English the Gregorian date with the Jalali one beside it. */
export function when(t: Translate, locale: Locale, at: Date, zone: string): string {
  if (locale === "fa") return formatDateTime(at, "fa", zone);
  return t("en", "meeting-when-en", {
    gregorian: formatDateTime(at, "en", zone),
    jalali: formatDateShort(at, "fa", zone),
  });
}

/**
 * A meeting as a button among others: the time first, because two meetings of one group differ only there and a
 * long group title would push it out of the button.
 */
export function meetingChoiceLabel(
  t: Translate,
  locale: Locale,
  committeeTitle: string,
  at: Date,
  zone: string,
): string {
  return buttonText(`${when(t, locale, at, zone)} — ${committeeTitle}`);
}

/** A calendar day stored as YYYY-MM-DD (terms, due dates), shown in the person's calendar. */
export function dayOf(isoDate: string, locale: Locale, zone: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return formatDate(zonedInstant({ year, month, day }, { hour: 12, minute: 0 }, zone), locale, zone);
}

export function numberedAgenda(t: Translate, locale: Locale, items: readonly string[]): string {
  if (items.length === 0) return t(locale, "meeting-agenda-empty");
  return items.map((item, i) => `${localizeDigits(String(i + 1), locale)}. ${item}`).join("\n");
}

function header(t: Translate, locale: Locale, facts: MeetingFacts): string[] {
  return [
    t(locale, "meeting-committee", { committee: facts.committeeTitle[locale], hq: facts.hqName }),
    t(locale, "meeting-time", { when: when(t, locale, facts.startsAt, facts.zone) }),
    t(locale, "meeting-place", { place: facts.place ?? t(locale, "meeting-place-unset") }),
  ];
}

export function invitationText(t: Translate, locale: Locale, facts: MeetingFacts): string {
  return [
    t(locale, "invitation-title"),
    "",
    ...header(t, locale, facts),
    "",
    t(locale, "meeting-agenda-title"),
    numberedAgenda(t, locale, facts.agenda),
    "",
    t(locale, "invitation-proposal-deadline", {
      deadline: when(t, locale, facts.proposalDeadline, facts.zone),
      ...citationVariables(facts.proposalDays, locale),
    }),
    t(locale, "invitation-answer-please"),
  ].join("\n");
}

export function finalAgendaText(t: Translate, locale: Locale, facts: MeetingFacts): string {
  return [
    t(locale, "final-agenda-title"),
    "",
    ...header(t, locale, facts),
    "",
    t(locale, "meeting-agenda-title"),
    numberedAgenda(t, locale, facts.agenda),
  ].join("\n");
}

const reminderKeys: Record<"rsvp_3d" | "rsvp_1d" | "starting_2h", MessageKey> = {
  rsvp_3d: "reminder-rsvp-3d",
  rsvp_1d: "reminder-rsvp-1d",
  starting_2h: "reminder-starting-2h",
};

export function reminderText(
  t: Translate,
  locale: Locale,
  facts: MeetingFacts,
  kind: keyof typeof reminderKeys,
): string {
  return [t(locale, reminderKeys[kind]), "", ...header(t, locale, facts)].join("\n");
}

export function cancellationText(t: Translate, locale: Locale, facts: MeetingFacts, reason?: string): string {
  const why = reason ? [t(locale, "meeting-cancelled-reason", { reason })] : [];
  return [t(locale, "meeting-cancelled-title"), ...why, "", ...header(t, locale, facts)].join("\n");
}

export function rescheduleText(t: Translate, locale: Locale, facts: MeetingFacts, previous: Date): string {
  return [
    t(locale, "meeting-rescheduled-title"),
    "",
    t(locale, "meeting-rescheduled-from", { when: when(t, locale, previous, facts.zone) }),
    ...header(t, locale, facts),
    "",
    t(locale, "meeting-agenda-title"),
    numberedAgenda(t, locale, facts.agenda),
    "",
    t(locale, "invitation-proposal-deadline", {
      deadline: when(t, locale, facts.proposalDeadline, facts.zone),
      ...citationVariables(facts.proposalDays, locale),
    }),
    t(locale, "meeting-rescheduled-answer-again"),
  ].join("\n");
}
