import type { Database } from "../db/client.ts";
import { writeAudit } from "../db/queries/audit.ts";
import { type CommitteeRow, findCommitteeById, lockCommittee } from "../db/queries/committees.ts";
import { castElectionBallot, closeElectionRow, type ElectionRow, electionBallotsOf, insertElection, lockElection, openElectionsOf } from "../db/queries/elections.ts";
import { findHeadquartersById, type HeadquartersRow, listCurrentStaff } from "../db/queries/headquarters.ts";
import { enqueueMessages, type NewOutboxMessage } from "../db/queries/outbox.ts";
import { findPersonById, type PersonRow } from "../db/queries/people.ts";
import { type SeatWithHolder, seatsWithHolders, updateSeat } from "../db/queries/seats.ts";
import { encodeCallback } from "../domain/callback-data.ts";
import { electionOutcome } from "../domain/election.ts";
import { type MajorityReading, resolveRules, yesVotesRequired } from "../domain/rules.ts";
import { isCurrentTerm, isoDayOf } from "../domain/terms.ts";
import { type Locale, localizeDigits } from "../domain/text.ts";
import type { ServiceDeps, Translate } from "./deps.ts";
import { dayOf, localeOfRecipient } from "./meetings/meeting-text.ts";
import { committeesOf } from "./meetings/officers.ts";

// ─── The committee as the election sees it ───────────────────────────────────────────────────────

type Electorate = {
  seats: SeatWithHolder[];
  /** Held member seats: whoever holds one may be elected. */
  candidates: SeatWithHolder[];
  /** B3's N: voting seats, vacant ones included, less those whose holder's order has run out (B2). */
  votingSeats: number;
  majority: MajorityReading;
  today: string;
};

async function electorate(db: Database, committee: CommitteeRow, hq: HeadquartersRow, now: Date): Promise<Electorate> {
  const seats = await seatsWithHolders(db, [committee.id]);
  const today = isoDayOf(now, hq.timezone);
  return {
    seats,
    candidates: seats.filter((s) => s.role === "member" && s.holder),
    votingSeats: seats.filter((s) => s.voting && (!s.holder || isCurrentTerm(s.holder, today))).length,
    majority: resolveRules(committee.rules).majority,
    today,
  };
}

export type Candidate = { seatId: number; seatTitle: string; name: string };

export type ElectionView = {
  electionId: number;
  committeeTitle: { fa: string; en: string };
  candidates: Candidate[];
  votingSeats: number;
  threshold: number;
  majority: MajorityReading;
};

function viewOf(election: ElectionRow, committee: CommitteeRow, e: Electorate): ElectionView {
  return {
    electionId: election.id,
    committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
    candidates: e.candidates.map((s) => ({ seatId: s.id, seatTitle: s.title, name: s.holder!.name })),
    votingSeats: e.votingSeats,
    threshold: yesVotesRequired(e.votingSeats, e.majority),
    majority: e.majority,
  };
}

export function electionText(t: Translate, locale: Locale, view: ElectionView): string {
  return [
    t(locale, "election-title", { committee: view.committeeTitle[locale] }),
    t(locale, "election-hint"),
    t(locale, "election-threshold", {
      threshold: localizeDigits(String(view.threshold), locale),
      seats: localizeDigits(String(view.votingSeats), locale),
      rule: t(locale, `election-rule-${view.majority}`),
    }),
  ].join("\n");
}

export function electionKeyboard(t: Translate, locale: Locale, view: ElectionView) {
  return {
    inline_keyboard: [
      ...view.candidates.map((c) => [{ text: `${c.name} — ${c.seatTitle}`, callback_data: encodeCallback({ action: "election_ballot", electionId: view.electionId, seatId: c.seatId }) }]),
      [{ text: t(locale, "election-close-button"), callback_data: encodeCallback({ action: "election_close", electionId: view.electionId }) }],
    ],
  };
}

function personMessage(person: PersonRow, hq: HeadquartersRow, purpose: string, render: (locale: Locale) => { text: string; replyMarkup?: unknown }): NewOutboxMessage[] {
  if (!person.telegramId) return [];
  const { text, replyMarkup } = render(localeOfRecipient(person, hq.locale));
  return [{ chatId: person.telegramId, personId: person.id, hqId: hq.id, purpose, payload: { method: "sendMessage", text, ...(replyMarkup ? { replyMarkup } : {}) } }];
}

/** Voting seat holders whose order is in force: they get the ballot privately when the group has no chat. */
async function voters(db: Database, e: Electorate): Promise<PersonRow[]> {
  const ids = new Set(e.seats.filter((s) => s.voting && s.holder && isCurrentTerm(s.holder, e.today)).map((s) => s.holder!.personId));
  const people = await Promise.all([...ids].map((id) => findPersonById(db, id)));
  return people.filter((p) => p !== undefined);
}

// ─── Opening ─────────────────────────────────────────────────────────────────────────────────────

export type OpenElectionResult =
  | { kind: "opened"; view: ElectionView; hqLocale: Locale; sharedTo: "here" | "group" | "members" }
  | { kind: "already_open"; view: ElectionView }
  | { kind: "has_secretary"; seatTitle: string; name: string | null }
  | { kind: "chair_only"; chair: string }
  | { kind: "no_candidates" }
  | { kind: "not_member" }
  | { kind: "ambiguous"; committees: { key: string; title: { fa: string; en: string } }[] };

/**
 * `/elect secretary` (B7): the chair opens the election, or any member while the group has no chair. Refused while the
 * committee has a secretary seat: the role must not exist twice. From the group chat the ballot is posted there by the
 * caller; opened privately it goes to the group chat, or to each voting member when the group has none.
 */
export async function openElection(deps: ServiceDeps, personId: number, input: { committeeId: number | null; committeeKey?: string; inGroupChat: boolean }): Promise<OpenElectionResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<OpenElectionResult> => {
    const committeeId = input.committeeId ?? (await chooseCommittee(tx, personId, input.committeeKey));
    if (typeof committeeId !== "number") return committeeId;
    const committee = (await lockCommittee(tx, committeeId))!;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const e = await electorate(tx, committee, hq, now);
    if (!e.seats.some((s) => s.holder?.personId === personId)) return { kind: "not_member" };
    const [open] = await openElectionsOf(tx, [committee.id]);
    if (open) return { kind: "already_open", view: viewOf(open, committee, e) };
    const secretary = e.seats.find((s) => s.role === "secretary");
    if (secretary) return { kind: "has_secretary", seatTitle: secretary.title, name: secretary.holder?.name ?? null };
    const chair = e.seats.find((s) => s.role === "chair" && s.holder);
    if (chair && chair.holder!.personId !== personId) return { kind: "chair_only", chair: chair.holder!.name };
    if (e.candidates.length === 0) return { kind: "no_candidates" };

    const election = await insertElection(tx, { hqId: hq.id, committeeId: committee.id, role: "secretary", openedByPersonId: personId, openedAt: now });
    const view = viewOf(election, committee, e);
    const render = (locale: Locale) => ({ text: electionText(deps.t, locale, view), replyMarkup: electionKeyboard(deps.t, locale, view) });
    let sharedTo: "here" | "group" | "members" = "here";
    if (!input.inGroupChat && committee.chatId) {
      sharedTo = "group";
      const { text, replyMarkup } = render(hq.locale);
      await enqueueMessages(tx, [{ chatId: committee.chatId, hqId: hq.id, purpose: "election", payload: { method: "sendMessage", text, replyMarkup } }]);
    } else if (!input.inGroupChat) {
      sharedTo = "members";
      for (const voter of await voters(tx, e)) {
        if (voter.id !== personId) await enqueueMessages(tx, personMessage(voter, hq, "election", render));
      }
    }
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "election.opened",
      subjectType: "election",
      subjectId: election.id,
      details: { committeeId: committee.id, role: "secretary", candidates: view.candidates.map((c) => c.seatId), votingSeats: view.votingSeats, threshold: view.threshold },
      at: now,
    });
    return { kind: "opened", view, hqLocale: hq.locale, sharedTo };
  });
}

/** Privately: the committee named by key, or the only one the person sits on that has no secretary. */
async function chooseCommittee(db: Database, personId: number, key: string | undefined): Promise<number | OpenElectionResult> {
  const held = await committeesOf(db, personId);
  if (held.length === 0) return { kind: "not_member" };
  const wanted = key?.trim().toLowerCase();
  if (wanted) {
    const match = held.find((s) => s.committeeKey === wanted);
    return match ? match.committeeId : { kind: "not_member" };
  }
  const all = await seatsWithHolders(
    db,
    held.map((s) => s.committeeId),
  );
  const withoutSecretary = held.filter((s) => !all.some((seat) => seat.committeeId === s.committeeId && seat.role === "secretary"));
  const choices = withoutSecretary.length > 0 ? withoutSecretary : held;
  if (choices.length === 1) return choices[0]!.committeeId;
  return { kind: "ambiguous", committees: choices.map((s) => ({ key: s.committeeKey, title: { fa: s.committeeTitleFa, en: s.committeeTitleEn } })) };
}

// ─── Voting ──────────────────────────────────────────────────────────────────────────────────────

export type BallotResult =
  | { kind: "recorded"; candidate: Candidate; changed: boolean }
  | { kind: "unknown" }
  | { kind: "closed" }
  | { kind: "not_voter" }
  | { kind: "out_of_term"; termEnd: string; zone: string }
  | { kind: "bad_candidate" };

/** A voting seat's holder presses a candidate; pressing another moves the ballot until the election closes. */
export async function castBallot(deps: ServiceDeps, personId: number, electionId: number, candidateSeatId: number): Promise<BallotResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<BallotResult> => {
    const election = await lockElection(tx, electionId);
    if (!election) return { kind: "unknown" };
    if (election.status !== "open") return { kind: "closed" };
    const committee = (await findCommitteeById(tx, election.committeeId))!;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const e = await electorate(tx, committee, hq, now);
    const own = e.seats.filter((s) => s.voting && s.holder?.personId === personId);
    if (own.length === 0) return { kind: "not_voter" };
    const inForce = own.filter((s) => isCurrentTerm(s.holder!, e.today));
    if (inForce.length === 0) return { kind: "out_of_term", termEnd: own[0]!.holder!.termEnd, zone: hq.timezone };
    const candidate = e.candidates.find((s) => s.id === candidateSeatId);
    if (!candidate) return { kind: "bad_candidate" };
    const before = await electionBallotsOf(tx, electionId);
    const changed = inForce.some((seat) => before.find((b) => b.voterSeatId === seat.id)?.candidateSeatId !== candidateSeatId);
    if (changed) {
      for (const seat of inForce) await castElectionBallot(tx, { electionId, voterSeatId: seat.id, candidateSeatId, castAt: now });
      await writeAudit(tx, {
        hqId: hq.id,
        actorPersonId: personId,
        action: "election.ballot",
        subjectType: "election",
        subjectId: electionId,
        details: { voterSeatIds: inForce.map((s) => s.id), candidateSeatId },
        at: now,
      });
    }
    return { kind: "recorded", candidate: { seatId: candidate.id, seatTitle: candidate.title, name: candidate.holder!.name }, changed };
  });
}

// ─── Closing ─────────────────────────────────────────────────────────────────────────────────────

export type ElectionResultView = {
  committeeTitle: { fa: string; en: string };
  counts: { seatTitle: string; name: string; votes: number }[];
  ballots: number;
  votingSeats: number;
  threshold: number;
  majority: MajorityReading;
  winner: Candidate | null;
  /** A secretary was recorded (by a roster import) while the election ran: nobody is elected over it. */
  secretaryMeanwhile: boolean;
};

export type CloseElectionResult =
  | { kind: "closed"; result: ElectionResultView; hqLocale: Locale; groupChatId: number | null }
  | { kind: "unknown" }
  | { kind: "already_closed" }
  | { kind: "no_open" }
  | { kind: "ambiguous" }
  | { kind: "not_allowed"; openedBy: string };

/**
 * `/closeelection` or the Close button: whoever opened it (or the chair) ends it. The leader is elected only with the
 * committee's majority of ALL voting members; the seat becomes the secretary's, the HQ secretariat is told.
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
    const electionId = "electionId" in target ? target.electionId : await openElectionFor(tx, personId, target.committeeId);
    if (typeof electionId !== "number") return electionId;
    const election = await lockElection(tx, electionId);
    if (!election) return { kind: "unknown" };
    if (election.status !== "open") return { kind: "already_closed" };
    const committee = (await lockCommittee(tx, election.committeeId))!;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const e = await electorate(tx, committee, hq, now);
    const chair = e.seats.find((s) => s.role === "chair" && s.holder);
    if (election.openedByPersonId !== personId && chair?.holder?.personId !== personId) {
      return { kind: "not_allowed", openedBy: (await findPersonById(tx, election.openedByPersonId))?.name ?? "—" };
    }

    const ballots = await electionBallotsOf(tx, electionId);
    const outcome = electionOutcome(
      e.candidates.map((s) => s.id),
      ballots,
      e.votingSeats,
      e.majority,
    );
    const secretaryMeanwhile = e.seats.some((s) => s.role === "secretary");
    const winnerSeat = secretaryMeanwhile ? undefined : e.candidates.find((s) => s.id === outcome.winnerSeatId);
    const seatOf = (id: number) => e.candidates.find((s) => s.id === id)!;
    const result: ElectionResultView = {
      committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
      counts: outcome.counts.map((c) => ({ seatTitle: seatOf(c.seatId).title, name: seatOf(c.seatId).holder!.name, votes: c.votes })),
      ballots: outcome.ballots,
      votingSeats: e.votingSeats,
      threshold: yesVotesRequired(e.votingSeats, e.majority),
      majority: e.majority,
      winner: winnerSeat ? { seatId: winnerSeat.id, seatTitle: winnerSeat.title, name: winnerSeat.holder!.name } : null,
      secretaryMeanwhile,
    };
    await closeElectionRow(tx, electionId, {
      closedAt: now,
      winnerSeatId: winnerSeat?.id ?? null,
      result: { counts: outcome.counts, ballots: outcome.ballots, votingSeats: result.votingSeats, threshold: result.threshold, majority: result.majority, secretaryMeanwhile },
    });
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "election.closed",
      subjectType: "election",
      subjectId: electionId,
      details: { winnerSeatId: winnerSeat?.id ?? null, counts: outcome.counts, votingSeats: result.votingSeats, threshold: result.threshold },
      at: now,
    });
    if (winnerSeat) {
      // Marked as elected, so a roster file exported before the election does not quietly undo it.
      await updateSeat(tx, winnerSeat.id, { role: "secretary", roleElectedAt: now });
      await writeAudit(tx, {
        hqId: hq.id,
        actorPersonId: personId,
        action: "seat.role_changed",
        subjectType: "seat",
        subjectId: winnerSeat.id,
        details: { from: winnerSeat.role, to: "secretary", electionId },
        at: now,
      });
    }
    await enqueueMessages(tx, await resultMessages(tx, deps, { hq, committee, e, result, closerId: personId, here }));
    return { kind: "closed", result, hqLocale: hq.locale, groupChatId: committee.chatId };
  });
}

async function openElectionFor(db: Database, personId: number, committeeId: number | null): Promise<number | CloseElectionResult> {
  const ids = committeeId === null ? [...new Set((await committeesOf(db, personId)).map((s) => s.committeeId))] : [committeeId];
  const open = await openElectionsOf(db, ids);
  const mine = committeeId === null && open.length > 1 ? open.filter((row) => row.openedByPersonId === personId) : open;
  if (mine.length === 0) return { kind: "no_open" };
  if (mine.length > 1) return { kind: "ambiguous" };
  return mine[0]!.id;
}

export function electionResultText(t: Translate, locale: Locale, result: ElectionResultView): string {
  const n = (value: number) => localizeDigits(String(value), locale);
  const lines = [t(locale, "election-result-title", { committee: result.committeeTitle[locale] })];
  for (const c of result.counts) lines.push(t(locale, "election-result-line", { name: c.name, seat: c.seatTitle, votes: n(c.votes) }));
  lines.push(
    t(locale, "election-result-figures", {
      ballots: n(result.ballots),
      seats: n(result.votingSeats),
      threshold: n(result.threshold),
      rule: t(locale, `election-rule-${result.majority}`),
    }),
  );
  if (result.winner) lines.push(t(locale, "election-result-elected", { name: result.winner.name, seat: result.winner.seatTitle }));
  else lines.push(t(locale, result.secretaryMeanwhile ? "election-result-secretary-meanwhile" : "election-result-none"));
  return lines.join("\n");
}

/**
 * The group chat (or, without one, each voter) gets the result; with a winner, the HQ secretariat is introduced to the
 * new secretary (B7) and the winner is told privately.
 */
async function resultMessages(
  db: Database,
  deps: ServiceDeps,
  input: { hq: HeadquartersRow; committee: CommitteeRow; e: Electorate; result: ElectionResultView; closerId: number; here: number },
): Promise<NewOutboxMessage[]> {
  const { hq, committee, e, result } = input;
  const messages: NewOutboxMessage[] = [];
  const text = (locale: Locale) => ({ text: electionResultText(deps.t, locale, result) });
  if (committee.chatId) {
    if (committee.chatId !== input.here) messages.push({ chatId: committee.chatId, hqId: hq.id, purpose: "election_result", payload: { method: "sendMessage", ...text(hq.locale) } });
  } else {
    for (const voter of await voters(db, e)) if (voter.id !== input.closerId) messages.push(...personMessage(voter, hq, "election_result", text));
  }
  if (!result.winner) return messages;

  const winner = e.candidates.find((s) => s.id === result.winner!.seatId)!;
  const winnerPerson = await findPersonById(db, winner.holder!.personId);
  const introduction = (locale: Locale) =>
    deps.t(locale, "election-hq-notice", {
      committee: result.committeeTitle[locale],
      name: result.winner!.name,
      seat: result.winner!.seatTitle,
      termEnd: dayOf(winner.holder!.termEnd, locale, hq.timezone),
    });
  if (hq.secretariatChatId) {
    messages.push({ chatId: hq.secretariatChatId, hqId: hq.id, purpose: "election_hq_notice", payload: { method: "sendMessage", text: introduction(hq.locale) } });
  } else {
    for (const staff of await listCurrentStaff(db, hq.id)) {
      const person = await findPersonById(db, staff.personId);
      if (person) messages.push(...personMessage(person, hq, "election_hq_notice", (locale) => ({ text: introduction(locale) })));
    }
  }
  if (winnerPerson) {
    messages.push(...personMessage(winnerPerson, hq, "election_elected", (locale) => ({ text: deps.t(locale, "election-you-are-secretary", { committee: result.committeeTitle[locale] }) })));
  }
  return messages;
}
