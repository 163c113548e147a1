import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { type CommitteeRow, findCommitteeById, lockCommittee } from "../../db/queries/committees.ts";
import { findHeadquartersById, type HeadquartersRow } from "../../db/queries/headquarters.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import {
  committeeKeysOf,
  insertSubgroupCommittee,
  insertSubgroupProposal,
  lockSubgroupProposal,
  standingSubgroupProposals,
  type SubgroupProposalRow,
  updateSubgroupProposal,
} from "../../db/queries/subgroups.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import { subgroupKey } from "../../domain/follow-through.ts";
import { type Locale, normalizePersian } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import {
  answeringOfficer,
  currentStaffPeople,
  groupMessage,
  isStaffOf,
  privateMessage,
  staffDecisionMessages,
  titleIn,
} from "../shared/follow-through-messages.ts";
import { leads } from "../shared/officers.ts";

export const SUBGROUP_TITLE_MAX = 200;
export const SUBGROUP_DUTIES_MAX = 3000;
export const REJECT_REASON_MAX = 1000;

export type SubgroupInput = { committeeId: number; title: string; duties: string };

export type ProposeSubgroupResult =
  | { kind: "proposed"; proposalId: number; staff: number }
  | { kind: "not_officer" }
  | { kind: "committee_ended" }
  | { kind: "title_required" }
  | { kind: "duties_required" }
  | { kind: "too_long"; max: number }
  | { kind: "duplicate" }
  | { kind: "no_staff" };

const sameTitle = (a: string, b: string) =>
  normalizePersian(a).replace(/\s+/g, " ").toLowerCase() === normalizePersian(b).replace(/\s+/g, " ").toLowerCase();

/**
 * B5: a group's secretary (or chair) proposes a sub-working group with its title and duties; the HQ's staff
 * approve or reject it. The secretariat chat gets a copy.
 */
export async function proposeSubgroup(
  deps: ServiceDeps,
  personId: number,
  input: SubgroupInput,
): Promise<ProposeSubgroupResult> {
  const title = input.title.trim();
  const duties = input.duties.trim();
  if (!title) return { kind: "title_required" };
  if (!duties) return { kind: "duties_required" };
  if ([...title].length > SUBGROUP_TITLE_MAX) return { kind: "too_long", max: SUBGROUP_TITLE_MAX };
  if ([...duties].length > SUBGROUP_DUTIES_MAX) return { kind: "too_long", max: SUBGROUP_DUTIES_MAX };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<ProposeSubgroupResult> => {
    const parent = await lockCommittee(tx, input.committeeId);
    if (!parent || parent.endedAt) return { kind: "committee_ended" };
    if (!(await leads(tx, personId, parent.id, now))) return { kind: "not_officer" };
    if ((await standingSubgroupProposals(tx, parent.id)).some((p) => sameTitle(p.title, title)))
      return { kind: "duplicate" };
    const hq = (await findHeadquartersById(tx, parent.hqId))!;
    const staff = await currentStaffPeople(tx, hq.id);
    if (staff.length === 0) return { kind: "no_staff" };
    const proposer = (await findPersonById(tx, personId))!;
    const proposal = await insertSubgroupProposal(tx, {
      hqId: hq.id,
      parentCommitteeId: parent.id,
      title,
      duties,
      proposedByPersonId: personId,
      createdAt: now,
    });
    const text = (locale: Locale) =>
      deps.t(locale, "subgroup-for-staff", {
        committee: titleIn(parent, locale),
        hq: hq.name,
        name: proposer.name,
        title,
        duties,
      });
    const rows = staffDecisionMessages(staff, hq, "subgroup_proposal", text, [
      {
        label: (locale) => deps.t(locale, "subgroup-approve"),
        data: encodeCallback({ action: "subgroup_approve", subgroupId: proposal.id }),
      },
      {
        label: (locale) => deps.t(locale, "subgroup-reject"),
        data: encodeCallback({ action: "subgroup_reject", subgroupId: proposal.id }),
      },
    ]);
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "subgroup.proposed",
      subjectType: "subgroup_proposal",
      subjectId: proposal.id,
      details: { parentCommitteeId: parent.id, title },
      at: now,
    });
    return { kind: "proposed", proposalId: proposal.id, staff: staff.length };
  });
}

export type SubgroupDecision =
  | { kind: "approved"; committeeKey: string; committeeId: number }
  | { kind: "rejected" }
  | { kind: "open" }
  | { kind: "unknown" }
  | { kind: "not_staff" }
  | { kind: "already_decided"; status: SubgroupProposalRow["status"] }
  | { kind: "parent_ended" }
  | { kind: "reason_required" }
  | { kind: "too_long"; max: number };

type Loaded = { proposal: SubgroupProposalRow; parent: CommitteeRow; hq: HeadquartersRow };

/** The proposal, locked, once the person is known to staff its HQ and it is still undecided. */
async function openProposal(tx: Database, personId: number, proposalId: number): Promise<Loaded | SubgroupDecision> {
  const proposal = await lockSubgroupProposal(tx, proposalId);
  if (!proposal) return { kind: "unknown" };
  if (!(await isStaffOf(tx, personId, proposal.hqId))) return { kind: "not_staff" };
  if (proposal.status !== "proposed") return { kind: "already_decided", status: proposal.status };
  const parent = (await findCommitteeById(tx, proposal.parentCommitteeId))!;
  const hq = (await findHeadquartersById(tx, proposal.hqId))!;
  return { proposal, parent, hq };
}

/** Before asking for a reason to reject: may this person decide, and is the proposal still open? */
export async function checkSubgroupForStaff(
  deps: ServiceDeps,
  personId: number,
  proposalId: number,
): Promise<SubgroupDecision> {
  return deps.db.transaction(async (tx) => {
    const loaded = await openProposal(tx, personId, proposalId);
    return "kind" in loaded ? loaded : { kind: "open" };
  });
}

/** The proposer and, if someone else, the group's secretary (or chair). */
async function proposerSide(tx: Database, proposal: SubgroupProposalRow, parent: CommitteeRow) {
  const proposer = await findPersonById(tx, proposal.proposedByPersonId);
  const officer = await answeringOfficer(tx, parent.id);
  return officer && officer.id !== proposer?.id ? [proposer, officer] : [proposer];
}

/**
 * B5 approved: a committee is created in the same HQ under the proposing one, keyed `<parent>-sub<n>`, titled as
 * proposed in both languages. It has no seats: the HQ adds them with the roster (export, add members, import).
 */
export async function approveSubgroup(
  deps: ServiceDeps,
  personId: number,
  proposalId: number,
): Promise<SubgroupDecision> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<SubgroupDecision> => {
    const loaded = await openProposal(tx, personId, proposalId);
    if ("kind" in loaded) return loaded;
    const { proposal, parent, hq } = loaded;
    if (parent.endedAt) return { kind: "parent_ended" };
    const key = subgroupKey(parent.key, await committeeKeysOf(tx, hq.id));
    const created = await insertSubgroupCommittee(tx, {
      hqId: hq.id,
      parentId: parent.id,
      key,
      titleFa: proposal.title,
      titleEn: proposal.title,
      createdAt: now,
    });
    await updateSubgroupProposal(tx, proposal.id, {
      status: "approved",
      decidedByPersonId: personId,
      decidedAt: now,
      createdCommitteeId: created.id,
    });
    const base = { hqId: hq.id, purpose: "subgroup_decision" };
    const text = (locale: Locale) =>
      deps.t(locale, "subgroup-approved-notice", { title: proposal.title, committee: titleIn(parent, locale), key });
    const rows = (await proposerSide(tx, proposal, parent)).flatMap((person) =>
      privateMessage(person, hq.locale, base, (locale) => ({ text: text(locale) })),
    );
    rows.push(...groupMessage(hq.secretariatChatId, hq.locale, base, (locale) => ({ text: text(locale) })));
    await enqueueMessages(tx, rows);
    await writeAudit(tx, [
      {
        hqId: hq.id,
        actorPersonId: personId,
        action: "subgroup.approved",
        subjectType: "subgroup_proposal",
        subjectId: proposal.id,
        details: { committeeId: created.id, key },
        at: now,
      },
      {
        hqId: hq.id,
        actorPersonId: personId,
        action: "committee.created",
        subjectType: "committee",
        subjectId: created.id,
        details: { key, parentId: parent.id },
        at: now,
      },
    ]);
    return { kind: "approved", committeeKey: key, committeeId: created.id };
  });
}

/** B5 rejected, with the reason the proposer is told. */
export async function rejectSubgroup(
  deps: ServiceDeps,
  personId: number,
  proposalId: number,
  reasonText: string,
): Promise<SubgroupDecision> {
  const reason = reasonText.trim();
  if (!reason) return { kind: "reason_required" };
  if ([...reason].length > REJECT_REASON_MAX) return { kind: "too_long", max: REJECT_REASON_MAX };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<SubgroupDecision> => {
    const loaded = await openProposal(tx, personId, proposalId);
    if ("kind" in loaded) return loaded;
    const { proposal, parent, hq } = loaded;
    await updateSubgroupProposal(tx, proposal.id, { status: "rejected", decidedByPersonId: personId, decidedAt: now });
    const base = { hqId: hq.id, purpose: "subgroup_decision" };
    const rows = (await proposerSide(tx, proposal, parent)).flatMap((person) =>
      privateMessage(person, hq.locale, base, (locale) => ({
        text: deps.t(locale, "subgroup-rejected-notice", {
          title: proposal.title,
          committee: titleIn(parent, locale),
          reason,
        }),
      })),
    );
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "subgroup.rejected",
      subjectType: "subgroup_proposal",
      subjectId: proposal.id,
      details: { reason },
      at: now,
    });
    return { kind: "rejected" };
  });
}
