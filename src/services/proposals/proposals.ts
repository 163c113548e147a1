import { citeRule, type RuleCitation } from "../../domain/rule-source.ts";
import { resolveRules } from "../../domain/rules.ts";
import { checkProposalWindow } from "../../domain/convening.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { lockCommittee } from "../../db/queries/committees.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import { insertAgendaItems, lockMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById, type PersonRow } from "../../db/queries/people.ts";
import {
  findProposal,
  insertProposal,
  lockProposal,
  nextProposalNumber,
  type ProposalRow,
  updateProposal,
} from "../../db/queries/proposals.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import type { Database } from "../../db/client.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { proposalDecisionKeyboard } from "../convening/buttons.ts";
import { loadMeeting } from "../shared/meeting-facts.ts";
import { localeOfRecipient, when } from "../shared/meeting-text.ts";
import { leads, sitsOn } from "../shared/officers.ts";

export const PROPOSAL_MAX_LENGTH = 3500;

export type ProposalInput = {
  meetingId: number;
  text: string;
  attachment?: { kind: "document" | "photo"; fileId: string; fileName?: string };
};

export type SubmitResult =
  | { kind: "filed"; proposal: ProposalRow; deadline: Date; zone: string }
  | { kind: "late"; proposal: ProposalRow; deadline: Date; zone: string; proposalDays: RuleCitation<"proposalDays"> }
  | { kind: "not_member" }
  | { kind: "meeting_closed" }
  | { kind: "empty" }
  | { kind: "too_long"; max: number };

/**
 * B10: a member's written proposal, until `proposal_days` before the meeting. A late one is stored as "late" (nothing
 * a member wrote is thrown away) and is kept for the next meeting only if the member asks.
 */
export async function submitProposal(deps: ServiceDeps, personId: number, input: ProposalInput): Promise<SubmitResult> {
  const text = input.text.trim();
  if (!text && !input.attachment) return { kind: "empty" };
  if (text.length > PROPOSAL_MAX_LENGTH) return { kind: "too_long", max: PROPOSAL_MAX_LENGTH };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<SubmitResult> => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!meeting) return { kind: "meeting_closed" };
    if (!(await sitsOn(tx, personId, meeting.committeeId))) return { kind: "not_member" };
    const window = checkProposalWindow(meeting, now);
    if (!window.ok && window.code === "meeting_not_open") return { kind: "meeting_closed" };
    const committee = await lockCommittee(tx, meeting.committeeId);
    const hq = (await findHeadquartersById(tx, meeting.hqId))!;
    const proposal = await insertProposal(tx, {
      hqId: meeting.hqId,
      committeeId: meeting.committeeId,
      meetingId: meeting.id,
      personId,
      number: await nextProposalNumber(tx, meeting.committeeId),
      text,
      attachment: input.attachment ?? null,
      status: window.ok ? "submitted" : "late",
    });
    await writeAudit(tx, {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: window.ok ? "proposal.submitted" : "proposal.late",
      subjectType: "proposal",
      subjectId: proposal.id,
      details: { meetingId: meeting.id, number: proposal.number },
      at: now,
    });
    if (!window.ok) {
      const proposalDays = citeRule(resolveRules(committee?.rules), "proposalDays");
      return { kind: "late", proposal, deadline: meeting.proposalDeadline, zone: hq.timezone, proposalDays };
    }
    await enqueueMessages(tx, await proposalToOfficers(tx, deps, proposal));
    return { kind: "filed", proposal, deadline: meeting.proposalDeadline, zone: hq.timezone };
  });
}

/** The proposal, with Add to agenda / Decline buttons, to the secretary — or the chair when the secretary's seat is vacant. */
async function proposalToOfficers(db: Database, deps: ServiceDeps, proposal: ProposalRow): Promise<NewOutboxMessage[]> {
  const record = (await loadMeeting(db, proposal.meetingId!))!;
  const seats = await seatsWithHolders(db, [proposal.committeeId]);
  const secretary = seats.find((s) => s.role === "secretary" && s.holder);
  const officer = secretary ?? seats.find((s) => s.role === "chair" && s.holder);
  if (!officer?.holder?.telegramId) return [];
  const person = (await findPersonById(db, officer.holder.personId))!;
  const proposer = (await findPersonById(db, proposal.personId))!;
  const locale = localeOfRecipient(person, record.hq.locale);
  const lines = [
    deps.t(locale, "proposal-for-officer", {
      number: proposal.number,
      name: proposer.name,
      committee: record.facts.committeeTitle[locale],
      when: when(deps.t, locale, record.facts.startsAt, record.facts.zone),
    }),
    "",
    proposal.text,
  ];
  if (proposal.attachment) lines.push("", deps.t(locale, "proposal-has-attachment"));
  const rows: NewOutboxMessage[] = [
    {
      chatId: officer.holder.telegramId,
      personId: person.id,
      hqId: proposal.hqId,
      meetingId: proposal.meetingId,
      purpose: "proposal_for_officer",
      payload: {
        method: "sendMessage",
        text: lines.join("\n"),
        replyMarkup: proposalDecisionKeyboard(deps.t, locale, proposal.id),
      },
    },
  ];
  if (proposal.attachment) {
    rows.push({
      chatId: officer.holder.telegramId,
      personId: person.id,
      hqId: proposal.hqId,
      meetingId: proposal.meetingId,
      purpose: "proposal_attachment",
      payload: {
        method: "sendDocument",
        fileId: proposal.attachment.fileId,
        caption: deps.t(locale, "proposal-attachment-caption", { number: proposal.number }),
      },
    });
  }
  return rows;
}

export type ProposalDecisionResult =
  | { kind: "accepted"; proposal: ProposalRow }
  | { kind: "declined"; proposal: ProposalRow }
  | { kind: "already_decided"; proposal: ProposalRow }
  | { kind: "not_officer" }
  | { kind: "unknown_proposal" }
  | { kind: "meeting_closed" }
  | { kind: "reason_required" };

/** The secretary (or chair) adds a proposal to the agenda or declines it with a reason; the proposer is told. */
export async function decideProposal(
  deps: ServiceDeps,
  personId: number,
  proposalId: number,
  decision: { accept: true } | { accept: false; reason: string },
): Promise<ProposalDecisionResult> {
  const now = deps.clock();
  if (!decision.accept && !decision.reason.trim()) return { kind: "reason_required" };
  return deps.db.transaction(async (tx): Promise<ProposalDecisionResult> => {
    const proposal = await lockProposal(tx, proposalId);
    if (!proposal) return { kind: "unknown_proposal" };
    if (!(await leads(tx, personId, proposal.committeeId, now))) return { kind: "not_officer" };
    if (proposal.status !== "submitted") return { kind: "already_decided", proposal };
    const meeting = proposal.meetingId === null ? undefined : await lockMeeting(tx, proposal.meetingId);
    if (meeting?.status !== "scheduled") return { kind: "meeting_closed" };
    const fields = decision.accept
      ? { status: "accepted" as const, decidedByPersonId: personId, decidedAt: now }
      : {
          status: "declined" as const,
          declineReason: decision.reason.trim().slice(0, 1000),
          decidedByPersonId: personId,
          decidedAt: now,
        };
    await updateProposal(tx, proposal.id, fields);
    if (decision.accept) await insertAgendaItems(tx, meeting.id, [{ text: proposal.text, proposalId: proposal.id }]);
    const updated = { ...proposal, ...fields };
    await enqueueMessages(tx, await outcomeToProposer(tx, deps, updated));
    await writeAudit(tx, {
      hqId: proposal.hqId,
      actorPersonId: personId,
      action: decision.accept ? "proposal.accepted" : "proposal.declined",
      subjectType: "proposal",
      subjectId: proposal.id,
      details: decision.accept ? {} : { reason: fields.declineReason },
      at: now,
    });
    return decision.accept ? { kind: "accepted", proposal: updated } : { kind: "declined", proposal: updated };
  });
}

async function outcomeToProposer(db: Database, deps: ServiceDeps, proposal: ProposalRow): Promise<NewOutboxMessage[]> {
  const proposer: PersonRow | undefined = await findPersonById(db, proposal.personId);
  if (!proposer?.telegramId) return [];
  const record = (await loadMeeting(db, proposal.meetingId!))!;
  const locale = localeOfRecipient(proposer, record.hq.locale);
  const text =
    proposal.status === "accepted"
      ? deps.t(locale, "proposal-accepted-notice", {
          number: proposal.number,
          committee: record.facts.committeeTitle[locale],
        })
      : deps.t(locale, "proposal-declined-notice", { number: proposal.number, reason: proposal.declineReason ?? "" });
  return [
    {
      chatId: proposer.telegramId,
      personId: proposer.id,
      hqId: proposal.hqId,
      meetingId: proposal.meetingId,
      purpose: "proposal_outcome",
      payload: { method: "sendMessage", text },
    },
  ];
}

export type KeepResult = { kind: "kept"; number: number } | { kind: "not_yours" } | { kind: "not_late" };

/** The member taps "Keep it for the next meeting" on a late proposal. */
export async function keepForNextMeeting(deps: ServiceDeps, personId: number, proposalId: number): Promise<KeepResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<KeepResult> => {
    const proposal = await lockProposal(tx, proposalId);
    if (!proposal || proposal.personId !== personId) return { kind: "not_yours" };
    if (proposal.status !== "late") return { kind: "not_late" };
    await updateProposal(tx, proposal.id, { status: "held_for_next", meetingId: null });
    await writeAudit(tx, {
      hqId: proposal.hqId,
      actorPersonId: personId,
      action: "proposal.held_for_next",
      subjectType: "proposal",
      subjectId: proposal.id,
      at: now,
    });
    return { kind: "kept", number: proposal.number };
  });
}

/** Checked before the Decline form opens, so nobody but the committee's officers is ever asked for a reason. */
export async function mayDecideProposal(
  db: Database,
  personId: number,
  proposalId: number,
  now: Date,
): Promise<"ok" | "unknown_proposal" | "not_officer" | "already_decided"> {
  const proposal = await findProposal(db, proposalId);
  if (!proposal) return "unknown_proposal";
  if (!(await leads(db, personId, proposal.committeeId, now))) return "not_officer";
  return proposal.status === "submitted" ? "ok" : "already_decided";
}
