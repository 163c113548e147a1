import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { type CommitteeRow, lockCommittee } from "../../db/queries/committees.ts";
import {
  closeElectionRow,
  type ElectionRow,
  electionBallotsOf,
  heldAnotherMeeting,
  lockElection,
  openElectionsOf,
} from "../../db/queries/elections.ts";
import { findHeadquartersById, type HeadquartersRow, listCurrentStaff } from "../../db/queries/headquarters.ts";
import { findMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { type SeatWithHolder, updateSeat } from "../../db/queries/seats.ts";
import { electionOutcome } from "../../domain/election.ts";
import { resolveRules } from "../../domain/rules.ts";
import type { Locale } from "../../domain/text.ts";
import { syncCouncil } from "../council/sync-council.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { dayOf } from "../shared/meeting-text.ts";
import { committeesOf, leads } from "../shared/officers.ts";
import { type Electorate, electorateOf } from "./electorate.ts";
import { type ElectionResultView, electionResultText } from "./election-text.ts";
import { personMessage } from "../session/recipients.ts";
import { ballotRecipients } from "./recipients.ts";

export type CloseElectionResult =
  | { kind: "closed"; result: ElectionResultView; hqLocale: Locale; groupChatId: number | null }
  | { kind: "unknown" }
  | { kind: "already_closed" }
  | { kind: "no_open" }
  | { kind: "ambiguous" }
  | { kind: "not_allowed"; openedBy: string };

/**
 * `/closeelection` or the Close button: whoever opened it, or an officer of the committee, ends it. The leader is
 * elected only while the meeting is quorate (B3) and with the majority of ALL N (B3, B7); the winner's seat holds the
 * secretary role from then on (marked as elected, so a roster file cannot quietly undo it), the seat that held it
 * before becomes a member's, the HQ secretariat is introduced to the new secretary. Without a winner nothing changes
 * and everyone is told who remains secretary and when they may vote again.
 */
export async function closeElection(
  deps: ServiceDeps,
  personId: number,
  target: { electionId: number } | { committeeId: number | null },
  /** The chat the request came from: the caller answers there with the result, so it gets no second copy. */
  here: number,
): Promise<CloseElectionResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<CloseElectionResult> => {
    const electionId =
      "electionId" in target ? target.electionId : await openElectionFor(tx, personId, target.committeeId);
    if (typeof electionId !== "number") return electionId;
    const election = await lockElection(tx, electionId);
    if (!election) return { kind: "unknown" };
    if (election.status !== "open") return { kind: "already_closed" };
    if (election.openedByPersonId !== personId && !(await leads(tx, personId, election.committeeId, now))) {
      return { kind: "not_allowed", openedBy: (await findPersonById(tx, election.openedByPersonId))?.name ?? "—" };
    }
    return decideElection(tx, deps, election, personId, here, now);
  });
}

/**
 * Closes a locked, open election and applies what it decided. Also used when a new session finds an election its
 * group left open in an ended one: that election decided nothing (the session ended first) and is recorded so.
 */
export async function decideElection(
  tx: Database,
  deps: ServiceDeps,
  election: ElectionRow,
  personId: number,
  here: number,
  now: Date,
): Promise<Extract<CloseElectionResult, { kind: "closed" }>> {
  const electionId = election.id;
  const committee = (await lockCommittee(tx, election.committeeId))!;
  const hq = (await findHeadquartersById(tx, committee.hqId))!;
  const meeting = election.meetingId === null ? null : ((await findMeeting(tx, election.meetingId)) ?? null);
  const e = await electorateOf(tx, meeting, committee, hq, now);
  const ballots = await electionBallotsOf(tx, electionId);
  const outcome = electionOutcome(
    e.candidates.map((s) => s.id),
    ballots,
    e.floor,
    meeting?.status === "in_session",
  );
  const winner = e.candidates.find((s) => s.id === outcome.winnerSeatId);
  const previous = e.secretary?.holder ? e.secretary : undefined;
  const seatOf = (id: number) => e.candidates.find((s) => s.id === id)!;
  const result: ElectionResultView = {
    committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
    occasion: meeting && !(await heldAnotherMeeting(tx, committee.id, meeting.id)) ? "first_meeting" : "vacant_seat",
    decision: outcome.decision,
    counts: outcome.counts.map((c) => ({
      seatTitle: seatOf(c.seatId).title,
      name: seatOf(c.seatId).holder!.name,
      votes: c.votes,
    })),
    ballots: outcome.ballots,
    members: outcome.members,
    yesRequired: outcome.yesRequired,
    presentVoting: e.floor.presentVoting,
    quorumRequired: e.floor.base.quorumRequired,
    majority: resolveRules(committee.rules).majority,
    winner: winner ? { seatId: winner.id, seatTitle: winner.title, name: winner.holder!.name } : null,
    secretaryAfter: winner
      ? { name: winner.holder!.name, seatTitle: winner.title }
      : e.secretaryStanding?.inTerm && previous
        ? { name: previous.holder!.name, seatTitle: previous.title }
        : null,
  };
  await closeElectionRow(tx, electionId, { closedAt: now, winnerSeatId: winner?.id ?? null, result });
  await writeAudit(tx, {
    hqId: hq.id,
    actorPersonId: personId,
    action: "election.closed",
    subjectType: "election",
    subjectId: electionId,
    details: {
      meetingId: election.meetingId,
      decision: outcome.decision,
      winnerSeatId: winner?.id ?? null,
      counts: outcome.counts,
      members: outcome.members,
      yesRequired: outcome.yesRequired,
      presentVoting: e.floor.presentVoting,
      quorumRequired: e.floor.base.quorumRequired,
    },
    at: now,
  });
  if (winner) await seatTheWinner(tx, { hq, committee, e, winner, electionId, personId, now });
  // Part A: a top-level group's new secretary sits on the coordination council from now on.
  if (winner) await syncCouncil(tx, hq.id, now, { personId, telegramId: null });
  await enqueueMessages(
    tx,
    await resultMessages(tx, deps, {
      hq,
      committee,
      e,
      result,
      winner,
      previous,
      meetingId: election.meetingId,
      closerId: personId,
      here,
    }),
  );
  return { kind: "closed", result, hqLocale: hq.locale, groupChatId: committee.chatId };
}

/** The secretary role moves to the winner's seat; any other seat holding it becomes a member's (one secretary). */
async function seatTheWinner(
  tx: Database,
  input: {
    hq: HeadquartersRow;
    committee: CommitteeRow;
    e: Electorate;
    winner: SeatWithHolder;
    electionId: number;
    personId: number;
    now: Date;
  },
): Promise<void> {
  const { hq, e, winner, electionId, personId, now } = input;
  const audit = (seatId: number, details: Record<string, unknown>) =>
    writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "seat.role_changed",
      subjectType: "seat",
      subjectId: seatId,
      details: { ...details, electionId },
      at: now,
    });
  for (const seat of e.secretary && e.secretary.id !== winner.id ? [e.secretary] : []) {
    await updateSeat(tx, seat.id, { role: "member", roleElectedAt: null });
    await audit(seat.id, { from: "secretary", to: "member", reason: "another seat elected (B7)" });
  }
  // Marked as elected even when the members confirm the roster's secretary: from now on it is their choice (B7).
  await updateSeat(tx, winner.id, { role: "secretary", roleElectedAt: now });
  await audit(winner.id, { from: winner.role, to: "secretary", elected: true });
}

async function openElectionFor(
  db: Database,
  personId: number,
  committeeId: number | null,
): Promise<number | CloseElectionResult> {
  const ids =
    committeeId === null ? [...new Set((await committeesOf(db, personId)).map((s) => s.committeeId))] : [committeeId];
  const open = await openElectionsOf(db, ids);
  const mine = committeeId === null && open.length > 1 ? open.filter((row) => row.openedByPersonId === personId) : open;
  if (mine.length === 0) return { kind: "no_open" };
  if (mine.length > 1) return { kind: "ambiguous" };
  return mine[0]!.id;
}

/**
 * The group chat (or, without one, each voter) and the accepted delegates get the result; with a winner, the HQ
 * secretariat is introduced to the new secretary (B7), the winner is told privately, and so is a secretary replaced.
 */
async function resultMessages(
  db: Database,
  deps: ServiceDeps,
  input: {
    hq: HeadquartersRow;
    committee: CommitteeRow;
    e: Electorate;
    result: ElectionResultView;
    winner: SeatWithHolder | undefined;
    previous: SeatWithHolder | undefined;
    meetingId: number | null;
    closerId: number;
    here: number;
  },
): Promise<NewOutboxMessage[]> {
  const { hq, committee, e, result, winner, previous, meetingId } = input;
  const messages: NewOutboxMessage[] = [];
  const text = (locale: Locale) => ({ text: electionResultText(deps.t, locale, result) });
  if (committee.chatId && committee.chatId !== input.here) {
    messages.push({
      chatId: committee.chatId,
      hqId: hq.id,
      meetingId,
      purpose: "election_result",
      payload: { method: "sendMessage", ...text(hq.locale) },
    });
  }
  if (meetingId !== null) {
    for (const person of await ballotRecipients(db, meetingId, e, { groupHasChat: committee.chatId !== null })) {
      if (person.id !== input.closerId) messages.push(...personMessage(person, hq, meetingId, "election_result", text));
    }
  }
  if (!winner || !result.winner) return messages;

  const introduction = (locale: Locale) =>
    deps.t(locale, "election-hq-notice", {
      committee: result.committeeTitle[locale],
      name: result.winner!.name,
      seat: result.winner!.seatTitle,
      termEnd: dayOf(winner.holder!.termEnd, locale, hq.timezone),
    });
  if (hq.secretariatChatId) {
    messages.push({
      chatId: hq.secretariatChatId,
      hqId: hq.id,
      meetingId,
      purpose: "election_hq_notice",
      payload: { method: "sendMessage", text: introduction(hq.locale) },
    });
  } else {
    for (const staff of await listCurrentStaff(db, hq.id)) {
      const person = await findPersonById(db, staff.personId);
      if (person)
        messages.push(
          ...personMessage(person, hq, meetingId, "election_hq_notice", (locale) => ({ text: introduction(locale) })),
        );
    }
  }
  const winnerPerson = await findPersonById(db, winner.holder!.personId);
  if (winnerPerson) {
    messages.push(
      ...personMessage(winnerPerson, hq, meetingId, "election_elected", (locale) => ({
        text: deps.t(locale, "election-you-are-secretary", { committee: result.committeeTitle[locale] }),
      })),
    );
  }
  const replaced =
    previous && previous.id !== winner.id && previous.holder!.personId !== winner.holder!.personId
      ? await findPersonById(db, previous.holder!.personId)
      : undefined;
  if (replaced) {
    messages.push(
      ...personMessage(replaced, hq, meetingId, "election_replaced", (locale) => ({
        text: deps.t(locale, "election-you-are-replaced", {
          committee: result.committeeTitle[locale],
          name: result.winner!.name,
        }),
      })),
    );
  }
  return messages;
}
