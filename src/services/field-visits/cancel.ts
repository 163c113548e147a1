import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { type ListedVisit, updateFieldVisit, visitsOfCommittees } from "../../db/queries/field-visits.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { isVisitInPast, MAX_VISIT_CANCEL_REASON_LENGTH, visitDateInQuestion } from "../../domain/follow-through.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { loadVisit, type VisitFacts, visitFactLines, visitMembersMessages } from "./facts.ts";
import { stopVisitReminders } from "./reminders.ts";
import { currentStaffPeople, groupMessage, privateMessage } from "../shared/follow-through-messages.ts";
import { committeesLedBy, leads } from "../shared/officers.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export type VisitCancelRefusal =
  | { kind: "unknown" }
  | { kind: "not_officer" }
  | { kind: "already_cancelled" }
  | { kind: "in_past"; zone: string; now: number };

export type VisitCancelResult =
  | { kind: "cancelled"; members: number }
  | VisitCancelRefusal
  | { kind: "too_long"; max: number };

/** Only the secretary or the chair of the visit's own group, and only while the visit is neither cancelled nor over. */
async function refusal(
  tx: Database,
  personId: number,
  facts: VisitFacts | undefined,
  now: Date,
): Promise<VisitCancelRefusal | undefined> {
  if (!facts) return { kind: "unknown" };
  const { visit, hq } = facts;
  if (!(await leads(tx, personId, visit.committeeId, now))) return { kind: "not_officer" };
  if (visit.status === "cancelled") return { kind: "already_cancelled" };
  if (isVisitInPast(visitDateInQuestion(visit), now, hq.timezone))
    return { kind: "in_past", zone: hq.timezone, now: now.getTime() };
  return undefined;
}

export type VisitSummary = { committee: { fa: string; en: string }; startsAt: number; zone: string; place: string };

/** Before asking for the reason: may this person cancel the visit, and can it still be cancelled? What it is, if so. */
export async function checkVisitCancel(
  deps: ServiceDeps,
  personId: number,
  visitId: number,
): Promise<VisitCancelRefusal | { kind: "open"; visit: VisitSummary }> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const facts = await loadVisit(tx, visitId);
    const refused = await refusal(tx, personId, facts, now);
    if (refused || !facts) return refused ?? { kind: "unknown" };
    const { visit, committee, hq } = facts;
    return {
      kind: "open",
      visit: {
        committee: { fa: committee.titleFa, en: committee.titleEn },
        startsAt: visitDateInQuestion(visit).getTime(),
        zone: hq.timezone,
        place: visit.place,
      },
    };
  });
}

/**
 * The secretary (or the chair) cancels a field visit, or withdraws a request the secretariat has not approved, with an
 * optional reason. The HQ staff and the secretariat chat are told; for an approved visit also every member and the
 * group's chat, and its reminders stop. `members` counts the members told (none before approval).
 */
export async function cancelFieldVisit(
  deps: ServiceDeps,
  personId: number,
  visitId: number,
  reasonText: string | null,
): Promise<VisitCancelResult> {
  const reason = reasonText?.trim() || null;
  if (reason !== null && [...reason].length > MAX_VISIT_CANCEL_REASON_LENGTH)
    return { kind: "too_long", max: MAX_VISIT_CANCEL_REASON_LENGTH };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<VisitCancelResult> => {
    const facts = await loadVisit(tx, visitId);
    const refused = await refusal(tx, personId, facts, now);
    if (refused || !facts) return refused ?? { kind: "unknown" };
    const { visit, hq } = facts;
    const approved = visit.status === "approved";
    await updateFieldVisit(tx, visitId, { status: "cancelled" });
    await stopVisitReminders(tx, visitId);
    const canceller = (await findPersonById(tx, personId))!;
    const render = (locale: Locale) => ({
      text: [
        deps.t(locale, approved ? "visit-cancelled-title" : "visit-withdrawn-title", { name: canceller.name }),
        "",
        ...visitFactLines(deps.t, locale, facts, visitDateInQuestion(visit)),
        ...(reason ? [deps.t(locale, "visit-cancelled-reason", { reason })] : []),
      ].join("\n"),
    });
    const told = approved
      ? await visitMembersMessages(tx, facts, "field_visit_cancelled", render)
      : { rows: [], members: 0 };
    const rows = [...told.rows];
    // The staff who were asked to coordinate it, unless they already hear of it as members.
    const reached = new Set(rows.map((r) => r.personId));
    const base = { hqId: hq.id, purpose: "field_visit_cancelled" };
    for (const person of await currentStaffPeople(tx, hq.id))
      if (!reached.has(person.id)) rows.push(...privateMessage(person, hq.locale, base, render));
    rows.push(...groupMessage(hq.secretariatChatId, hq.locale, base, render));
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "field_visit.cancelled",
      subjectType: "field_visit",
      subjectId: visitId,
      details: { previousStatus: visit.status, reason },
      at: now,
    });
    return { kind: "cancelled", members: told.members };
  });
}

/** `/cancelvisit`: the visits of the groups the person leads that can still be cancelled, soonest first. */
export async function cancellableVisits(
  db: Database,
  personId: number,
  now: Date,
): Promise<{ kind: "not_officer" } | { kind: "visits"; visits: ListedVisit[] }> {
  const led = [...new Set((await committeesLedBy(db, personId, now)).map((s) => s.committeeId))];
  if (led.length === 0) return { kind: "not_officer" };
  // A day's margin: a visit without a time is stored at the start of its day and stays open all that day.
  const visits = await visitsOfCommittees(
    db,
    led,
    ["requested", "other_date_proposed", "approved"],
    new Date(now.getTime() - DAY_MS),
  );
  const open = visits.filter((v) => !isVisitInPast(visitDateInQuestion(v), now, v.zone));
  return {
    kind: "visits",
    visits: open.sort((a, b) => visitDateInQuestion(a).getTime() - visitDateInQuestion(b).getTime() || a.id - b.id),
  };
}
