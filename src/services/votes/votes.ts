import type { SQLWrapper } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { listAgenda, lockMeeting } from "../../db/queries/meetings.ts";
import {
  coalescedEditWrite,
  enqueueCoalescedEdit,
  enqueueMessages,
  type NewOutboxMessage,
} from "../../db/queries/outbox.ts";
import {
  agendaItemAt,
  ballotChange,
  ballotInsert,
  ballotsOf,
  type BallotChoice,
  findVote,
  insertSecretTally,
  insertVote,
  lockVote,
  lockVoteInContext,
  openVotesOf,
  secretTallyIncrement,
  secretTallyOf,
  updateVote,
  type VoteInContext,
  type VoteRow,
} from "../../db/queries/votes.ts";
import { insertResolution } from "../../db/queries/resolutions.ts";
import { resolveRules } from "../../domain/rules.ts";
import {
  type AttendanceSummary,
  ballotBar,
  type Tally,
  tallyOf,
  type VoteOutcome,
  voteOutcome,
} from "../../domain/session.ts";
import { votingBase } from "../../domain/voting-base.ts";
import type { Locale } from "../../domain/text.ts";
import type { Actor, ServiceDeps, Translate } from "../shared/deps.ts";
import type { InlineKeyboardMarkup } from "../convening/buttons.ts";
import { loadMeeting, type MeetingRecord } from "../shared/meeting-facts.ts";
import { leads } from "../shared/officers.ts";
import { loadSession, locateSession, type Located } from "../session/session.ts";
import { type VoteView, voteKeyboard, voteResultText, voteText } from "../session/session-text.ts";
import { delegatesOf } from "../delegations/delegations.ts";
import { delegateRecipient, personMessage } from "../session/recipients.ts";
import { standingFrom } from "../session/standing.ts";
import { filledAmong } from "../shared/invited-seats.ts";
import { isoDayOf } from "../../domain/terms.ts";

/** A question longer than this would crowd the vote message; the agenda item can carry the detail. */
export const QUESTION_MAX_LENGTH = 500;

/** The vote with its live figures; the threshold counts ALL voting seats of the meeting (B3), not those present. */
export async function loadVote(
  db: Database,
  voteId: number,
): Promise<(VoteView & { row: VoteRow; record: MeetingRecord }) | undefined> {
  const row = await findVote(db, voteId);
  if (!row) return undefined;
  const record = (await loadMeeting(db, row.meetingId))!;
  const invited = record.invitations.map((i) => ({ seatId: i.seatId, personId: i.personId, voting: i.seatVoting }));
  const voted = await ballotsOf(db, voteId);
  const tally = row.secret ? ((await secretTallyOf(db, voteId)) ?? NO_VOTES) : tallyOf(voted.map((b) => b.choice));
  const agendaPosition = row.agendaItemId === null ? null : await agendaPositionOf(db, row);
  return { row, record, ...viewOf(row, { rules: record.committee.rules, invited, agendaPosition, voted, tally }) };
}

const NO_VOTES: Tally = { yes: 0, no: 0, abstain: 0 };

/**
 * The figures a vote message shows, from what was read about the vote. N and the yes votes needed come from the one
 * voting base (domain/voting-base): every voting seat invited, filled or not, so whether a seat is filled does not
 * change them and is not read here.
 */
function viewOf(
  row: VoteRow,
  read: {
    rules: unknown;
    invited: readonly { voting: boolean }[];
    agendaPosition: number | null;
    voted: { seatTitle: string; choice: BallotChoice | null }[];
    tally: Tally;
  },
): VoteView {
  const rules = resolveRules(read.rules);
  // A closed vote shows the figures it was decided on, even if the committee's rules change later.
  const majority = row.result?.majority ?? rules.majority;
  const base = votingBase(
    read.invited.map((seat) => ({ voting: seat.voting, filled: true })),
    { quorum: rules.quorum, majority },
  );
  return {
    voteId: row.id,
    meetingId: row.meetingId,
    question: row.question,
    secret: row.secret,
    open: row.status === "open",
    agendaPosition: read.agendaPosition,
    tally: read.tally,
    votingSeats: row.result?.votingSeats ?? base.members,
    threshold: row.result?.threshold ?? base.yesRequired,
    majority,
    voted: read.voted.map((b) => ({ seatTitle: b.seatTitle, choice: row.secret ? null : b.choice })),
  };
}

async function agendaPositionOf(db: Database, vote: VoteRow): Promise<number | null> {
  return (await listAgenda(db, vote.meetingId)).find((item) => item.id === vote.agendaItemId)?.position ?? null;
}

async function refreshVoteMessage(
  db: Database,
  t: Translate,
  vote: VoteView & { row: VoteRow; record: MeetingRecord },
): Promise<void> {
  await editVoteMessage(db, t, vote.row, vote.record.hq, vote);
}

/** The live vote message follows the tally: one pending edit per vote, replaced by the latest. */
async function editVoteMessage(
  db: Database,
  t: Translate,
  row: VoteRow,
  hq: { id: number; locale: Locale },
  vote: VoteView,
): Promise<void> {
  const edit = voteMessageEdit(t, row, hq, vote);
  if (edit) await enqueueCoalescedEdit(db, edit);
}

/** The edit of the live vote message that shows `vote`; null while the message's id is not known. */
function voteMessageEdit(
  t: Translate,
  row: VoteRow,
  hq: { id: number; locale: Locale },
  vote: VoteView,
): (NewOutboxMessage & { dedupeKey: string }) | null {
  if (row.chatId === null || row.messageId === null) return null;
  const locale = hq.locale;
  return {
    chatId: row.chatId,
    hqId: hq.id,
    meetingId: row.meetingId,
    purpose: "vote_tally",
    payload: {
      method: "editMessageText",
      messageId: row.messageId,
      text: voteText(t, locale, vote),
      ...(vote.open ? { replyMarkup: voteKeyboard(t, locale, row.id, { closeButton: true }) } : {}),
    },
    dedupeKey: `vote:${row.id}`,
  };
}

// ─── Open ───────────────────────────────────────────────────────────────────────────────────────

export type OpenVoteInput = {
  /** The committee of the group chat the command came from; null privately. */
  committeeId: number | null;
  question: string;
  secret: boolean;
  /** `#n` at the start of the question: the agenda item at that position. */
  agendaPosition?: number;
};

export type OpenVoteResult =
  | {
      kind: "opened";
      vote: VoteView;
      /** The committee's group chat, where the live message goes; null when it has none. */
      groupChatId: number | null;
      hqLocale: Locale;
      delegatesNotified: number;
    }
  | { kind: "not_quorate"; summary: AttendanceSummary }
  | { kind: "vote_already_open"; question: string }
  | { kind: "unknown_agenda_item"; position: number }
  | { kind: "question_required" }
  | { kind: "question_too_long"; max: number }
  | Exclude<Located, { kind: "found" }>;

/**
 * B3: the secretary or the chair puts a question to the vote, only while the meeting is quorate. One vote at a time
 * per meeting. Accepted delegates, who are usually not in the group, get the ballot privately.
 */
export async function openVote(deps: ServiceDeps, personId: number, input: OpenVoteInput): Promise<OpenVoteResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<OpenVoteResult> => {
    const located = await locateSession(tx, personId, input.committeeId, now);
    if (located.kind !== "found") return located;
    const meetingId = located.meeting.id;
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting?.status !== "in_session") return { kind: "no_session" };
    let question = input.question.trim();
    let agendaItemId: number | null = null;
    if (input.agendaPosition !== undefined) {
      const item = await agendaItemAt(tx, meetingId, input.agendaPosition);
      if (!item) return { kind: "unknown_agenda_item", position: input.agendaPosition };
      agendaItemId = item.id;
      if (!question) question = item.text;
    }
    if (!question) return { kind: "question_required" };
    if (question.length > QUESTION_MAX_LENGTH) return { kind: "question_too_long", max: QUESTION_MAX_LENGTH };
    const session = (await loadSession(tx, meetingId))!;
    if (!session.summary.quorate) return { kind: "not_quorate", summary: session.summary };
    const [already] = await openVotesOf(tx, meetingId);
    if (already) return { kind: "vote_already_open", question: already.question };

    const row = await insertVote(tx, {
      hqId: meeting.hqId,
      meetingId,
      agendaItemId,
      question,
      secret: input.secret,
      openedByPersonId: personId,
      openedAt: now,
    });
    if (row.secret) await insertSecretTally(tx, row.id);
    const vote = (await loadVote(tx, row.id))!;
    const delegates = (await delegatesOf(tx, meetingId)).filter((d) => d.delegateTelegramId !== null);
    await enqueueMessages(
      tx,
      delegates.flatMap((d) =>
        personMessage(delegateRecipient(d), vote.record.hq, meetingId, "vote_ballot", (locale) => ({
          text: voteText(deps.t, locale, vote),
          replyMarkup: voteKeyboard(deps.t, locale, row.id, { closeButton: false }),
        })),
      ),
    );
    await writeAudit(tx, {
      hqId: meeting.hqId,
      actorPersonId: personId,
      action: "vote.opened",
      subjectType: "vote",
      subjectId: row.id,
      details: { meetingId, question, secret: row.secret, agendaItemId, presentVoting: session.summary.presentVoting },
      at: now,
    });
    return {
      kind: "opened",
      vote,
      groupChatId: vote.record.committee.chatId,
      hqLocale: vote.record.hq.locale,
      delegatesNotified: delegates.length,
    };
  });
}

/** The vote message was sent by the handler after the vote committed; its id is kept so the tally can follow. */
export async function attachVoteMessage(
  deps: ServiceDeps,
  voteId: number,
  chatId: number,
  messageId: number,
  sentText: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await lockVote(tx, voteId);
    if (!row) return;
    await updateVote(tx, voteId, { chatId, messageId });
    const vote = (await loadVote(tx, voteId))!;
    // Ballots cast before the id was known are caught up with one edit.
    if (voteText(deps.t, vote.record.hq.locale, vote) !== sentText) await refreshVoteMessage(tx, deps.t, vote);
  });
}

/** Keyboards for a copy of the vote message shown elsewhere (the officer's private chat). */
export function voteMessage(
  t: Translate,
  locale: Locale,
  vote: VoteView,
  closeButton: boolean,
): { text: string; replyMarkup?: InlineKeyboardMarkup } {
  return {
    text: voteText(t, locale, vote),
    ...(vote.open ? { replyMarkup: voteKeyboard(t, locale, vote.voteId, { closeButton }) } : {}),
  };
}

// ─── Cast ───────────────────────────────────────────────────────────────────────────────────────

export type BallotRefusal =
  | "unknown_vote"
  | "closed"
  | "not_member"
  | "guest"
  | "non_voting"
  | "delegated"
  | "secret_final"
  | "term_ended";

export type CastResult =
  | { kind: "recorded"; choice: BallotChoice; secret: boolean; change: "new" | "changed" | "same" }
  | { kind: "refused"; reason: BallotRefusal }
  /** B3: the seat is not in the room; checking in (the meeting's "I'm present") lets the next press count. */
  | { kind: "refused"; reason: "not_present"; meetingId: number };

/**
 * A ballot button. Callback data only names the vote and the choice: who may vote is decided here on every press.
 * A meeting decides with those present: a ballot counts only from a seat that is present at that moment (checked in
 * or marked by the secretary, B3), cast by its member or by its accepted delegate instead (B1), whose holder's
 * appointment order is in force on the meeting's day (B2). One ballot per seat; an open ballot may change until the
 * vote closes, a secret one is final. A ballot cast while present stays counted if the seat leaves later: it was
 * cast in the room; the quorum is checked again when the vote closes. A refused press records nothing but the
 * refused attempt in the audit log.
 *
 * A press is three statements: one read that locks the vote and brings all of the above (lockVoteInContext), the
 * audit chain's head, and one statement that writes the ballot, its audit entry and the live message's edit.
 */
export async function castBallot(
  deps: ServiceDeps,
  actor: Actor,
  voteId: number,
  choice: BallotChoice,
): Promise<CastResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<CastResult> => {
    const found = await lockVoteInContext(tx, voteId, actor.personId);
    const row = found?.vote;
    const refuse = async (reason: BallotRefusal | "not_present"): Promise<CastResult> => {
      await writeAudit(tx, {
        hqId: row?.hqId ?? null,
        actorPersonId: actor.personId,
        actorTelegramId: actor.telegramId,
        action: "vote.ballot_refused",
        subjectType: "vote",
        subjectId: voteId,
        details: { reason },
        at: now,
      });
      return reason === "not_present"
        ? { kind: "refused", reason, meetingId: row!.meetingId }
        : { kind: "refused", reason };
    };
    if (!found || !row) return refuse("unknown_vote");
    if (row.status !== "open") return refuse("closed");
    const personId = actor.personId;
    if (personId === null) return refuse("not_member");
    const ownSeats = found.invited.filter((s) => s.personId === personId);
    const standing = standingFrom(personId, {
      delegations: found.delegations,
      seats: ownSeats,
      guestId: found.guestId,
    });
    if (standing.kind === "none") return refuse("not_member");
    if (standing.kind === "guest") return refuse("guest");
    if (standing.kind === "non_voting_member") return refuse("non_voting");
    if (standing.kind === "delegated_away") return refuse("delegated");
    const seatId = standing.seatId;
    const seat = found.invited.find((s) => s.seatId === seatId);
    if (!seat) return refuse("term_ended");
    const terms = seat.term ? [{ seatId, ...seat.term }] : [];
    const bar = ballotBar({
      filled: filledAmong([seat], terms, isoDayOf(found.meetingStartsAt, found.hqTimezone)).has(seatId),
      present: seat.present,
    });
    if (bar) return refuse(bar);
    const existing = found.ballots.find((b) => b.seatId === seatId);
    let change: "new" | "changed";
    let writes: SQLWrapper[];
    if (row.secret) {
      if (existing) return refuse("secret_final");
      // The choice goes only into the counts; the ballot row says that the seat voted, never how.
      // A secret ballot records only that the seat voted, timed at the vote's opening, so the order of ballots
      // cannot be matched against the tally's changes.
      writes = [
        ballotInsert(tx, { voteId, seatId, choice: null, castByPersonId: personId, castAt: row.openedAt }),
        secretTallyIncrement(tx, voteId, choice),
      ];
      change = "new";
    } else if (!existing) {
      writes = [ballotInsert(tx, { voteId, seatId, choice, castByPersonId: personId, castAt: now })];
      change = "new";
    } else if (existing.choice === choice) {
      return { kind: "recorded", choice, secret: false, change: "same" };
    } else {
      writes = [ballotChange(tx, existing.ballotId, { choice, castByPersonId: personId, castAt: now })];
      change = "changed";
    }
    // The ballots as they stand after this press: the ones read under the vote's lock, with this seat's in place.
    const mine = { seatId, seatTitle: seat.title, seatPosition: seat.position, choice: row.secret ? null : choice };
    const voted = [...found.ballots.filter((b) => b.seatId !== seatId), mine].sort(
      (a, b) => a.seatPosition - b.seatPosition || a.seatId - b.seatId,
    );
    const tally = row.secret ? secretTallyAfter(found.secretTally, choice) : tallyOf(voted.map((b) => b.choice));
    const edit = editAfterBallot(deps.t, found, voted, tally);
    if (edit) writes.push(coalescedEditWrite(tx, edit));
    await writeAudit(
      tx,
      {
        hqId: row.hqId,
        actorPersonId: personId,
        actorTelegramId: actor.telegramId,
        action: change === "new" ? "vote.ballot_cast" : "vote.ballot_changed",
        subjectType: "vote",
        subjectId: voteId,
        details: row.secret ? { seatId, as: standing.kind } : { seatId, as: standing.kind, choice },
        at: now,
      },
      { alongside: writes },
    );
    return { kind: "recorded", choice, secret: row.secret, change };
  });
}

/** A secret vote's counts once this ballot is added to the counts read under the vote's lock. */
function secretTallyAfter(before: Tally | null, choice: BallotChoice): Tally {
  return before ? { ...before, [choice]: before[choice] + 1 } : NO_VOTES;
}

/** The live message's edit after a ballot, from what the press already read; the majority base is counted as loadVote does. */
function editAfterBallot(
  t: Translate,
  found: VoteInContext,
  voted: { seatTitle: string; choice: BallotChoice | null }[],
  tally: Tally,
) {
  const row = found.vote;
  const view = viewOf(row, {
    rules: found.committeeRules,
    invited: found.invited,
    agendaPosition: found.agendaPosition,
    voted,
    tally,
  });
  return voteMessageEdit(t, row, { id: found.hqId, locale: found.hqLocale }, view);
}

// ─── Close ──────────────────────────────────────────────────────────────────────────────────────

export type CloseTarget = { voteId: number } | { committeeId: number | null };

export type CloseResult =
  | {
      kind: "closed";
      vote: VoteView;
      outcome: VoteOutcome;
      /** Null when the quorum was lost before closing: the meeting decided nothing, so there is no resolution. */
      resolutionId: number | null;
      /** Where the result message was queued: the committee's group chat (or the vote message's chat); null if nowhere. */
      postedTo: number | null;
    }
  | { kind: "unknown_vote" }
  | { kind: "already_closed" }
  | { kind: "no_open_vote" }
  | Exclude<Located, { kind: "found" }>;

/**
 * Ends a vote (B3). The quorum is checked again now, from the seats present at this moment: a meeting that lost its
 * quorum decides nothing, so the vote closes as "no decision: quorum lost" with no resolution. Otherwise it passes
 * only with yes ≥ the threshold from ALL voting members, by the committee's majority reading, and is recorded as a
 * resolution of the meeting, passed or not. The figures are frozen on the vote either way.
 */
export async function closeVote(deps: ServiceDeps, personId: number, target: CloseTarget): Promise<CloseResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<CloseResult> => {
    let voteId: number;
    if ("voteId" in target) {
      voteId = target.voteId;
    } else {
      const located = await locateSession(tx, personId, target.committeeId, now);
      if (located.kind !== "found") return located;
      const [open] = await openVotesOf(tx, located.meeting.id);
      if (!open) return { kind: "no_open_vote" };
      voteId = open.id;
    }
    const row = await lockVote(tx, voteId);
    const refuse = async <R extends CloseResult>(result: R): Promise<R> => {
      await writeAudit(tx, {
        hqId: row?.hqId ?? null,
        actorPersonId: personId,
        action: "vote.close_refused",
        subjectType: "vote",
        subjectId: voteId,
        details: { reason: result.kind },
        at: now,
      });
      return result;
    };
    if (!row) return refuse({ kind: "unknown_vote" });
    const meeting = (await loadMeeting(tx, row.meetingId))!;
    if (!(await leads(tx, personId, meeting.committee.id, now))) return refuse({ kind: "not_officer" });
    if (row.status !== "open") return refuse({ kind: "already_closed" });

    const before = (await loadVote(tx, voteId))!;
    const room = (await loadSession(tx, row.meetingId))!.summary;
    const outcome = voteOutcome(before.tally, room, before.majority);
    const result = {
      yes: outcome.yes,
      no: outcome.no,
      abstain: outcome.abstain,
      votingSeats: outcome.votingSeats,
      threshold: outcome.threshold,
      majority: outcome.majority,
      presentVoting: outcome.presentVoting,
      quorumRequired: outcome.quorumRequired,
      decision: outcome.decision,
      passed: outcome.passed,
    };
    await updateVote(tx, voteId, { status: "closed", closedByPersonId: personId, closedAt: now, result });
    const resolutionId =
      outcome.decision === "no_quorum"
        ? null
        : (
            await insertResolution(tx, {
              hqId: row.hqId,
              committeeId: meeting.committee.id,
              meetingId: row.meetingId,
              voteId,
              text: row.question,
              passed: outcome.passed,
            })
          ).id;
    const vote = (await loadVote(tx, voteId))!;
    const hq = meeting.hq;
    const groupChatId = meeting.committee.chatId ?? row.chatId;
    const messages: NewOutboxMessage[] = [];
    if (groupChatId !== null && row.chatId === groupChatId && row.messageId !== null) {
      // The vote message in the group becomes the result: no second message of the group's 20 a minute, and a tally
      // edit still pending is replaced by the result (same key) instead of going out first.
      await enqueueCoalescedEdit(tx, {
        chatId: groupChatId,
        hqId: hq.id,
        meetingId: row.meetingId,
        purpose: "vote_result",
        payload: {
          method: "editMessageText",
          messageId: row.messageId,
          text: voteResultText(deps.t, hq.locale, vote, outcome),
        },
        dedupeKey: `vote:${row.id}`,
      });
    } else {
      await refreshVoteMessage(tx, deps.t, vote);
      if (groupChatId !== null) {
        messages.push({
          chatId: groupChatId,
          hqId: hq.id,
          meetingId: row.meetingId,
          purpose: "vote_result",
          payload: { method: "sendMessage", text: voteResultText(deps.t, hq.locale, vote, outcome) },
        });
      }
    }
    for (const d of await delegatesOf(tx, row.meetingId)) {
      messages.push(
        ...personMessage(delegateRecipient(d), hq, row.meetingId, "vote_result", (locale) => ({
          text: voteResultText(deps.t, locale, vote, outcome),
        })),
      );
    }
    await enqueueMessages(tx, messages);
    await writeAudit(tx, {
      hqId: row.hqId,
      actorPersonId: personId,
      action: "vote.closed",
      subjectType: "vote",
      subjectId: voteId,
      details: { ...result, resolutionId },
      at: now,
    });
    return { kind: "closed", vote, outcome, resolutionId, postedTo: groupChatId };
  });
}
