import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { findCommitteeById } from "../../db/queries/committees.ts";
import { citeRule } from "../../domain/rule-source.ts";
import { resolveRules } from "../../domain/rules.ts";
import { citationVariables } from "../shared/rule-citation.ts";
import { findHeadquartersById, staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import { lockMinutes, overdueMinutes, updateMinutes, versionsOf } from "../../db/queries/minutes.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { listCommittees } from "../../db/queries/committees.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { localeOfRecipient, when } from "../shared/meeting-text.ts";
import { committeesLedBy, lapsedInScope, type NotOfficer } from "../shared/officers.ts";

/** B9 clock, 24 h and 40 h: the secretary (or the chair while no secretary sits) is reminded if still unsigned. */
export async function remindUnsignedMinutes(deps: ServiceDeps, minutesId: number, hours: number): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await lockMinutes(tx, minutesId);
    if (!row || (await versionsOf(tx, row.id)).length > 0) return false;
    const seats = await seatsWithHolders(tx, [row.committeeId]);
    const seat =
      seats.find((s) => s.role === "secretary" && s.holder) ?? seats.find((s) => s.role === "chair" && s.holder);
    const person = seat?.holder ? await findPersonById(tx, seat.holder.personId) : undefined;
    if (!person?.telegramId) return false;
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    const locale = localeOfRecipient(person, hq.locale);
    await enqueueMessages(tx, [
      {
        chatId: person.telegramId,
        personId: person.id,
        hqId: row.hqId,
        meetingId: row.meetingId,
        purpose: "minutes_reminder",
        payload: {
          method: "sendMessage",
          text: deps.t(locale, "minutes-reminder", { hours, due: when(deps.t, locale, row.dueAt, hq.timezone) }),
        },
      },
    ]);
    await writeAudit(tx, {
      hqId: row.hqId,
      action: "minutes.reminded",
      subjectType: "minutes",
      subjectId: row.id,
      details: { hours },
      at: now,
    });
    return true;
  });
}

/** B9 clock, 48 h: the chair and the HQ secretariat are told the minutes are overdue; /overdue lists them until signed. */
export async function reportOverdueMinutes(deps: ServiceDeps, minutesId: number): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await lockMinutes(tx, minutesId);
    if (!row || row.overdueNotifiedAt || now < row.dueAt || (await versionsOf(tx, row.id)).length > 0) return false;
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    const committee = (await findCommitteeById(tx, row.committeeId))!;
    const clock = citeRule(resolveRules(committee.rules), "minutesHours");
    const messages: NewOutboxMessage[] = [];
    const chairSeat = (await seatsWithHolders(tx, [row.committeeId])).find((s) => s.role === "chair" && s.holder);
    const chair = chairSeat?.holder ? await findPersonById(tx, chairSeat.holder.personId) : undefined;
    const text = (locale: "fa" | "en") =>
      deps.t(locale, "minutes-overdue-notice", {
        committee: locale === "en" ? committee.titleEn : committee.titleFa,
        due: when(deps.t, locale, row.dueAt, hq.timezone),
        ...citationVariables(clock, locale),
      });
    if (chair?.telegramId) {
      messages.push({
        chatId: chair.telegramId,
        personId: chair.id,
        hqId: hq.id,
        meetingId: row.meetingId,
        purpose: "minutes_overdue",
        payload: { method: "sendMessage", text: text(localeOfRecipient(chair, hq.locale)) },
      });
    }
    if (hq.secretariatChatId) {
      messages.push({
        chatId: hq.secretariatChatId,
        hqId: hq.id,
        meetingId: row.meetingId,
        purpose: "minutes_overdue",
        payload: { method: "sendMessage", text: text(hq.locale) },
      });
    }
    await enqueueMessages(tx, messages);
    await updateMinutes(tx, row.id, { overdueNotifiedAt: now });
    await writeAudit(tx, {
      hqId: hq.id,
      action: "minutes.overdue",
      subjectType: "minutes",
      subjectId: row.id,
      at: now,
    });
    return true;
  });
}

export type OverdueMinutes = Awaited<ReturnType<typeof overdueMinutes>>[number];

/**
 * `/overdue`: unsigned minutes past their deadline in the committees the person leads, or in every committee of their
 * HQs for staff; committee by committee (the one with the oldest first), oldest first within each. Anyone else may not
 * see them, and is told why: an officer whose order has lapsed (B2) is told that.
 */
export async function overdueFor(
  db: Database,
  personId: number,
  now: Date,
): Promise<NotOfficer | { kind: "overdue"; rows: OverdueMinutes[] }> {
  const led = (await committeesLedBy(db, personId, now)).map((s) => s.committeeId);
  const staffHqs = await staffHeadquartersOf(db, personId);
  if (led.length === 0 && staffHqs.length === 0) {
    const [lapsed] = await lapsedInScope(db, personId, null, now);
    return lapsed ? { kind: "not_officer", lapsed } : { kind: "not_officer" };
  }
  const staffCommittees = (await Promise.all(staffHqs.map((hq) => listCommittees(db, hq.id)))).flat().map((c) => c.id);
  const ids = [...new Set([...led, ...staffCommittees])];
  const rows = ids.length === 0 ? [] : await overdueMinutes(db, now, ids);
  // Rows come oldest first: a committee's rank is where its oldest stands.
  const rank = new Map<number, number>();
  for (const row of rows) if (!rank.has(row.committee.id)) rank.set(row.committee.id, rank.size);
  return { kind: "overdue", rows: [...rows].sort((a, b) => rank.get(a.committee.id)! - rank.get(b.committee.id)!) };
}
