import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { listCurrentStaff } from "../../db/queries/headquarters.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById, type PersonRow } from "../../db/queries/people.ts";
import { scheduleJobOnce } from "../../db/queries/planned-jobs.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { findTerm, type TermView, termsEndingBy } from "../../db/queries/terms.ts";
import { zonedInstant } from "../../domain/calendar.ts";
import {
  addDaysToIsoDay,
  daysBetween,
  isoDayOf,
  TERM_REMINDER_DAYS,
  termReminderDay,
  termReminderDue,
} from "../../domain/terms.ts";
import { localizeDigits } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { dayOf, localeOfRecipient } from "../shared/meeting-text.ts";
import { plannedJob } from "../shared/job-kinds.ts";

/** Reminders arrive in office hours, HQ time. */
const REMINDER_HOUR = 9;

/**
 * B2: one reminder per term, 30 days before it ends (at once if that day has passed). The key carries the end date,
 * so a term changed by a new appointment order gets its own reminder and the old one finds nothing to say.
 */
export async function scheduleTermReminder(
  tx: Database,
  term: Pick<TermView, "appointmentId" | "termEnd" | "hqTimezone">,
  now: Date,
): Promise<boolean> {
  const [year, month, day] = termReminderDay(term).split("-").map(Number) as [number, number, number];
  const at = zonedInstant({ year, month, day }, { hour: REMINDER_HOUR, minute: 0 }, term.hqTimezone);
  return scheduleJobOnce(
    tx,
    plannedJob(
      "term_reminder",
      { appointmentId: term.appointmentId, termEnd: term.termEnd },
      at > now ? at : now,
      `term:${term.appointmentId}:${term.termEnd}`,
    ),
  );
}

/** The daily pass: every current term whose reminder day has come gets its reminder planned, once. */
export async function planTermReminders(deps: ServiceDeps): Promise<number> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    // One day of slack covers every zone's "today"; each term is then judged in its own HQ's zone.
    const terms = await termsEndingBy(tx, addDaysToIsoDay(now.toISOString().slice(0, 10), TERM_REMINDER_DAYS + 1));
    let planned = 0;
    for (const term of terms) {
      if (!termReminderDue(term, isoDayOf(now, term.hqTimezone))) continue;
      if (await scheduleTermReminder(tx, term, now)) planned++;
    }
    return planned;
  });
}

/**
 * HQ staff (privately) and the committee's secretary learn that a member's appointment order ends, or has ended: until
 * a new order is recorded the seat is out of the quorum and majority bases.
 */
export async function remindTerm(deps: ServiceDeps, appointmentId: number, termEnd: string): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const term = await findTerm(tx, appointmentId);
    if (!term || term.endedAt !== null || term.termEnd !== termEnd) return false;
    const recipients = new Map<number, PersonRow>();
    for (const staff of await listCurrentStaff(tx, term.hqId)) {
      const person = await findPersonById(tx, staff.personId);
      if (person) recipients.set(person.id, person);
    }
    const secretary = (await seatsWithHolders(tx, [term.committeeId])).find((s) => s.role === "secretary" && s.holder);
    const secretaryPerson = secretary?.holder ? await findPersonById(tx, secretary.holder.personId) : undefined;
    if (secretaryPerson) recipients.set(secretaryPerson.id, secretaryPerson);

    const days = daysBetween(isoDayOf(now, term.hqTimezone), term.termEnd);
    const messages: NewOutboxMessage[] = [];
    for (const person of recipients.values()) {
      if (!person.telegramId) continue;
      const locale = localeOfRecipient(person, term.hqLocale);
      const variables = {
        name: term.personName,
        seat: term.seatTitle,
        committee: locale === "en" ? term.committeeTitleEn : term.committeeTitleFa,
        end: dayOf(term.termEnd, locale, term.hqTimezone),
        days: localizeDigits(String(Math.abs(days)), locale),
        count: days,
      };
      messages.push({
        chatId: person.telegramId,
        personId: person.id,
        hqId: term.hqId,
        purpose: "term_reminder",
        payload: {
          method: "sendMessage",
          text: deps.t(locale, days < 0 ? "term-reminder-ended" : "term-reminder-ending", variables),
        },
      });
    }
    await enqueueMessages(tx, messages);
    await writeAudit(tx, {
      hqId: term.hqId,
      action: "term.reminded",
      subjectType: "appointment",
      subjectId: appointmentId,
      details: { termEnd, daysLeft: days, recipients: [...recipients.keys()] },
      at: now,
    });
    return true;
  });
}
