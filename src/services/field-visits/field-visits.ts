import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { lockCommittee } from "../../db/queries/committees.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import { type FieldVisitRow, insertFieldVisit, updateFieldVisit } from "../../db/queries/field-visits.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import {
  isVisitInPast,
  MAX_VISIT_PLACE_LENGTH,
  MAX_VISIT_PURPOSE_LENGTH,
  type VisitWhen,
  visitStart,
} from "../../domain/follow-through.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { loadVisit, type VisitFacts, visitFactLines, visitMembersMessages, visitWhen } from "./facts.ts";
import { planVisitReminders } from "./reminders.ts";
import {
  currentStaffPeople,
  groupMessage,
  isStaffOf,
  privateMessage,
  staffDecisionMessages,
  titleIn,
} from "../shared/follow-through-messages.ts";
import { leads } from "../shared/officers.ts";

export type VisitInput = VisitWhen & { committeeId: number; place: string; purpose: string };

export type VisitResult =
  | { kind: "requested"; visitId: number; staff: number; startsAt: number; zone: string }
  | { kind: "not_officer" }
  | { kind: "committee_ended" }
  | { kind: "in_past"; zone: string; now: number }
  | { kind: "no_staff" }
  | { kind: "empty" }
  | { kind: "too_long"; max: number };

/**
 * B15: the secretary (or the chair) asks the HQ secretariat to coordinate a field visit. Every current staff member
 * gets Approve / Propose another date; the secretariat chat gets a copy.
 */
export async function requestFieldVisit(deps: ServiceDeps, personId: number, input: VisitInput): Promise<VisitResult> {
  const place = input.place.trim();
  const purpose = input.purpose.trim();
  if (!place || !purpose) return { kind: "empty" };
  if ([...place].length > MAX_VISIT_PLACE_LENGTH) return { kind: "too_long", max: MAX_VISIT_PLACE_LENGTH };
  if ([...purpose].length > MAX_VISIT_PURPOSE_LENGTH) return { kind: "too_long", max: MAX_VISIT_PURPOSE_LENGTH };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<VisitResult> => {
    const committee = await lockCommittee(tx, input.committeeId);
    if (!committee || committee.endedAt) return { kind: "committee_ended" };
    if (!(await leads(tx, personId, committee.id, now))) return { kind: "not_officer" };
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const startsAt = visitStart(input, hq.timezone);
    if (isVisitInPast(startsAt, now, hq.timezone)) return { kind: "in_past", zone: hq.timezone, now: now.getTime() };
    const staff = await currentStaffPeople(tx, hq.id);
    if (staff.length === 0) return { kind: "no_staff" };
    const requester = (await findPersonById(tx, personId))!;
    const visit = await insertFieldVisit(tx, {
      hqId: hq.id,
      committeeId: committee.id,
      startsAt,
      place,
      purpose,
      requestedByPersonId: personId,
      createdAt: now,
    });
    const facts = { visit, committee, hq };
    const text = (locale: Locale) =>
      [deps.t(locale, "visit-for-staff", { name: requester.name }), "", ...visitFactLines(deps.t, locale, facts)].join(
        "\n",
      );
    const rows = staffDecisionMessages(staff, hq, "field_visit_request", text, [
      {
        label: (locale) => deps.t(locale, "visit-approve"),
        data: encodeCallback({ action: "visit_approve", visitId: visit.id }),
      },
      {
        label: (locale) => deps.t(locale, "visit-other-date"),
        data: encodeCallback({ action: "visit_other_date", visitId: visit.id }),
      },
    ]);
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "field_visit.requested",
      subjectType: "field_visit",
      subjectId: visit.id,
      details: { committeeId: committee.id, startsAt: startsAt.toISOString(), place },
      at: now,
    });
    return {
      kind: "requested",
      visitId: visit.id,
      staff: staff.length,
      startsAt: startsAt.getTime(),
      zone: hq.timezone,
    };
  });
}

export type VisitDecision =
  | { kind: "approved"; members: number }
  | { kind: "proposed"; startsAt: number; zone: string }
  | { kind: "unknown" }
  | { kind: "not_staff" }
  | { kind: "not_officer" }
  | { kind: "already_decided"; status: FieldVisitRow["status"] }
  | { kind: "in_past"; zone: string; now: number };

/**
 * Every member privately, the group chat and the secretariat chat: the approved visit, like a meeting announcement;
 * the reminders a day and two hours before are planned with it.
 */
async function announce(tx: Database, deps: ServiceDeps, facts: VisitFacts, now: Date): Promise<number> {
  const { visit, hq } = facts;
  const text = (locale: Locale) =>
    [
      deps.t(locale, "visit-announcement-title"),
      "",
      ...visitFactLines(deps.t, locale, facts),
      "",
      deps.t(locale, "visit-announcement-note"),
    ].join("\n");
  const { rows, members } = await visitMembersMessages(tx, facts, "field_visit", (locale) => ({ text: text(locale) }));
  rows.push(
    ...groupMessage(hq.secretariatChatId, hq.locale, { hqId: hq.id, purpose: "field_visit" }, (locale) => ({
      text: text(locale),
    })),
  );
  await enqueueMessages(tx, rows);
  await planVisitReminders(tx, visit.id, visit.startsAt, hq.timezone, now);
  return members;
}

/** Before asking a staff member for another date: may they, and is the request still open? */
export async function checkVisitForStaff(
  deps: ServiceDeps,
  personId: number,
  visitId: number,
): Promise<VisitDecision | { kind: "open"; zone: string }> {
  return deps.db.transaction(async (tx) => {
    const facts = await loadVisit(tx, visitId);
    if (!facts) return { kind: "unknown" };
    if (!(await isStaffOf(tx, personId, facts.visit.hqId))) return { kind: "not_staff" };
    if (facts.visit.status === "approved" || facts.visit.status === "cancelled")
      return { kind: "already_decided", status: facts.visit.status };
    return { kind: "open", zone: facts.hq.timezone };
  });
}

/** B15: a staff member of the group's HQ approves the requested date. */
export async function approveFieldVisit(deps: ServiceDeps, personId: number, visitId: number): Promise<VisitDecision> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<VisitDecision> => {
    const facts = await loadVisit(tx, visitId);
    if (!facts) return { kind: "unknown" };
    if (!(await isStaffOf(tx, personId, facts.visit.hqId))) return { kind: "not_staff" };
    if (facts.visit.status !== "requested") return { kind: "already_decided", status: facts.visit.status };
    if (isVisitInPast(facts.visit.startsAt, now, facts.hq.timezone))
      return { kind: "in_past", zone: facts.hq.timezone, now: now.getTime() };
    await updateFieldVisit(tx, visitId, { status: "approved", decidedByPersonId: personId, decidedAt: now });
    const members = await announce(tx, deps, { ...facts, visit: { ...facts.visit, status: "approved" } }, now);
    await writeAudit(tx, {
      hqId: facts.hq.id,
      actorPersonId: personId,
      action: "field_visit.approved",
      subjectType: "field_visit",
      subjectId: visitId,
      at: now,
    });
    return { kind: "approved", members };
  });
}

/** B15: a staff member proposes another date; the requester gets it with a button to accept. */
export async function proposeOtherVisitDate(
  deps: ServiceDeps,
  personId: number,
  visitId: number,
  proposed: VisitWhen,
): Promise<VisitDecision> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<VisitDecision> => {
    const facts = await loadVisit(tx, visitId);
    if (!facts) return { kind: "unknown" };
    const { visit, hq } = facts;
    if (!(await isStaffOf(tx, personId, visit.hqId))) return { kind: "not_staff" };
    if (visit.status === "approved" || visit.status === "cancelled")
      return { kind: "already_decided", status: visit.status };
    const startsAt = visitStart(proposed, hq.timezone);
    if (isVisitInPast(startsAt, now, hq.timezone)) return { kind: "in_past", zone: hq.timezone, now: now.getTime() };
    await updateFieldVisit(tx, visitId, {
      status: "other_date_proposed",
      proposedStartsAt: startsAt,
      decidedByPersonId: personId,
      decidedAt: now,
    });
    const staff = (await findPersonById(tx, personId))!;
    const requester = await findPersonById(tx, visit.requestedByPersonId);
    await enqueueMessages(
      tx,
      privateMessage(requester, hq.locale, { hqId: hq.id, purpose: "field_visit_other_date" }, (locale) => ({
        text: [
          deps.t(locale, "visit-other-date-proposed", {
            name: staff.name,
            when: visitWhen(deps.t, locale, startsAt, hq.timezone),
          }),
          "",
          ...visitFactLines(deps.t, locale, facts),
        ].join("\n"),
        replyMarkup: {
          inline_keyboard: [
            [
              {
                text: deps.t(locale, "visit-accept-date"),
                callback_data: encodeCallback({ action: "visit_accept_date", visitId }),
              },
            ],
            [
              {
                text: deps.t(locale, "visit-withdraw"),
                callback_data: encodeCallback({ action: "visit_cancel", visitId }),
              },
            ],
          ],
        },
      })),
    );
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "field_visit.other_date_proposed",
      subjectType: "field_visit",
      subjectId: visitId,
      details: { proposedStartsAt: startsAt.toISOString() },
      at: now,
    });
    return { kind: "proposed", startsAt: startsAt.getTime(), zone: hq.timezone };
  });
}

/** The secretary (or the chair) takes the date the secretariat proposed: the visit is approved at it and announced. */
export async function acceptProposedVisitDate(
  deps: ServiceDeps,
  personId: number,
  visitId: number,
): Promise<VisitDecision> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<VisitDecision> => {
    const facts = await loadVisit(tx, visitId);
    if (!facts) return { kind: "unknown" };
    const { visit, hq } = facts;
    if (!(await leads(tx, personId, visit.committeeId, now))) return { kind: "not_officer" };
    if (visit.status !== "other_date_proposed" || !visit.proposedStartsAt)
      return { kind: "already_decided", status: visit.status };
    if (isVisitInPast(visit.proposedStartsAt, now, hq.timezone))
      return { kind: "in_past", zone: hq.timezone, now: now.getTime() };
    const approved = { ...visit, status: "approved" as const, startsAt: visit.proposedStartsAt };
    await updateFieldVisit(tx, visitId, { status: "approved", startsAt: visit.proposedStartsAt });
    const members = await announce(tx, deps, { ...facts, visit: approved }, now);
    const proposer = visit.decidedByPersonId === null ? undefined : await findPersonById(tx, visit.decidedByPersonId);
    await enqueueMessages(
      tx,
      privateMessage(proposer, hq.locale, { hqId: hq.id, purpose: "field_visit_date_accepted" }, (locale) => ({
        text: deps.t(locale, "visit-date-accepted-for-staff", {
          committee: titleIn(facts.committee, locale),
          when: visitWhen(deps.t, locale, approved.startsAt, hq.timezone),
        }),
      })),
    );
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "field_visit.date_accepted",
      subjectType: "field_visit",
      subjectId: visitId,
      at: now,
    });
    return { kind: "approved", members };
  });
}
