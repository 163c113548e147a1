import { citeRule, type RuleCitation } from "../../domain/rule-source.ts";
import { spokenAgendaItems, carriesAgenda, checkMeetingTime, isFridayWarningNeeded } from "../../domain/convening.ts";
import { proposalDeadline, resolveRules } from "../../domain/rules.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { lockCommittee } from "../../db/queries/committees.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import { scheduleMeetingJobs } from "./not-started-plan.ts";
import { updateMeetingRequest, lockMeetingRequest } from "../../db/queries/meeting-requests.ts";
import { insertAgendaItems, insertInvitations, insertMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { heldProposals, updateProposal } from "../../db/queries/proposals.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { meetingMessages } from "../shared/broadcast.ts";
import { rsvpKeyboard } from "./buttons.ts";
import { loadMeeting } from "../shared/meeting-facts.ts";
import { invitationText, localeOfRecipient } from "../shared/meeting-text.ts";
import { type NotOfficer, officerRefusal } from "../shared/officers.ts";
import { baseSeats, filledSeats, invitedSeats } from "../shared/invited-seats.ts";
import { isoDayOf } from "../../domain/terms.ts";
import { votingBase } from "../../domain/voting-base.ts";

export type ConveneInput = {
  committeeId: number;
  startsAt: Date;
  place: string | null;
  agenda: string[];
  /** The secretary saw the Friday warning and convenes anyway. */
  fridayConfirmed?: boolean;
  /** A member's request (B4) this meeting answers. */
  requestId?: number;
};

export type NotReached = { seatTitle: string; reason: "vacant" | "not_started" };

/** B3 before the meeting: N, the seats filled on its day, the quorum, and whether those seats can make it at all. */
export type QuorumOutlook = { members: number; filled: number; quorumRequired: number; quorumReachable: boolean };

export type ConveneResult =
  | {
      kind: "convened";
      meetingId: number;
      invited: number;
      notReached: NotReached[];
      heldProposals: number;
      quorum: QuorumOutlook;
    }
  | NotOfficer
  /** B6: the notice goes out with the agenda, so a convening needs at least one item. */
  | { kind: "no_agenda" }
  | { kind: "committee_ended" }
  | { kind: "in_past" }
  | { kind: "too_soon"; earliest: Date; notice: RuleCitation<"noticeDays"> }
  | { kind: "friday" };

/**
 * B4/B6: the secretary (or the chair) convenes with at least `notice_days` notice. One transaction writes the
 * meeting, its agenda, an invitation per seat, the outgoing messages, the reminders and the audit row.
 */
export async function conveneMeeting(deps: ServiceDeps, personId: number, input: ConveneInput): Promise<ConveneResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<ConveneResult> => {
    const committee = await lockCommittee(tx, input.committeeId);
    if (!committee || committee.endedAt) return { kind: "committee_ended" };
    const refusal = await officerRefusal(tx, personId, committee.id, now);
    if (refusal) return refusal;
    if (!carriesAgenda(input.agenda)) return { kind: "no_agenda" };
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const rules = resolveRules(committee.rules);
    const timing = checkMeetingTime(input.startsAt, now, rules);
    if (!timing.ok)
      return timing.code === "in_past"
        ? { kind: "in_past" }
        : { kind: "too_soon", earliest: timing.earliest, notice: citeRule(rules, "noticeDays") };
    if (isFridayWarningNeeded(input.startsAt, hq.timezone) && !input.fridayConfirmed) return { kind: "friday" };

    const meeting = await insertMeeting(tx, {
      hqId: hq.id,
      committeeId: committee.id,
      startsAt: input.startsAt,
      place: input.place,
      proposalDeadline: proposalDeadline(input.startsAt, rules),
      convenedByPersonId: personId,
      convenedAt: now,
      requestId: input.requestId ?? null,
    });
    await insertAgendaItems(
      tx,
      meeting.id,
      spokenAgendaItems(input.agenda).map((text) => ({ text })),
    );
    // Late proposals kept "for the next meeting" become this meeting's, for the secretary to decide.
    const held = await heldProposals(tx, committee.id);
    for (const proposal of held) await updateProposal(tx, proposal.id, { meetingId: meeting.id, status: "submitted" });

    const seats = await invitedSeats(tx, committee);
    await insertInvitations(
      tx,
      seats.map((seat) => ({ meetingId: meeting.id, seatId: seat.seatId, personId: seat.personId })),
    );
    const record = (await loadMeeting(tx, meeting.id))!;
    await enqueueMessages(
      tx,
      meetingMessages(record, "invitation", { groupChat: true, secretariat: true }, (locale) => ({
        text: invitationText(deps.t, locale, record.facts),
        replyMarkup: rsvpKeyboard(deps.t, locale, meeting.id),
      })),
    );
    await scheduleMeetingJobs(
      tx,
      { id: meeting.id, startsAt: input.startsAt, proposalDeadline: meeting.proposalDeadline, zone: hq.timezone },
      now,
    );
    if (input.requestId !== undefined) await closeRequest(tx, input.requestId, meeting.id, personId, now, deps);
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "meeting.convened",
      subjectType: "meeting",
      subjectId: meeting.id,
      details: {
        committeeId: committee.id,
        startsAt: input.startsAt.toISOString(),
        place: input.place,
        agenda: input.agenda,
      },
      at: now,
    });
    const notReached: NotReached[] = record.invitations.flatMap((invitation): NotReached[] => {
      if (invitation.personId === null) return [{ seatTitle: invitation.seatTitle, reason: "vacant" }];
      if (invitation.personStartedAt === null) return [{ seatTitle: invitation.seatTitle, reason: "not_started" }];
      return [];
    });
    const filled = await filledSeats(tx, record.invitations, isoDayOf(input.startsAt, hq.timezone));
    const base = votingBase(
      baseSeats(
        record.invitations.map((i) => ({ seatId: i.seatId, voting: i.seatVoting })),
        filled,
      ),
      rules,
    );
    return {
      kind: "convened",
      meetingId: meeting.id,
      invited: record.invitations.filter((i) => i.personId !== null).length,
      notReached,
      heldProposals: held.length,
      quorum: {
        members: base.members,
        filled: base.filled,
        quorumRequired: base.quorumRequired,
        quorumReachable: base.quorumReachable,
      },
    };
  });
}

/** The requester learns that the meeting they asked for was convened. */
async function closeRequest(
  tx: ServiceDeps["db"],
  requestId: number,
  meetingId: number,
  personId: number,
  now: Date,
  deps: ServiceDeps,
) {
  const request = await lockMeetingRequest(tx, requestId);
  if (request?.status !== "open") return;
  await updateMeetingRequest(tx, requestId, { status: "convened", decidedByPersonId: personId, decidedAt: now });
  const requester = await findPersonById(tx, request.personId);
  const record = (await loadMeeting(tx, meetingId))!;
  if (!requester?.telegramId) return;
  const locale = localeOfRecipient(requester, record.hq.locale);
  await enqueueMessages(tx, [
    {
      chatId: requester.telegramId,
      personId: requester.id,
      hqId: record.hq.id,
      meetingId,
      purpose: "request_outcome",
      payload: {
        method: "sendMessage",
        text: deps.t(locale, "request-convened-notice", { committee: record.facts.committeeTitle[locale] }),
      },
    },
  ]);
}
