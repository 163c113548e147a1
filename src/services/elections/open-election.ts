import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { type CommitteeRow, lockCommittee } from "../../db/queries/committees.ts";
import {
  type ElectionRow,
  electionsOfMeeting,
  heldAnotherMeeting,
  insertElection,
  lockElection,
  openElectionsOf,
} from "../../db/queries/elections.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import { findMeeting, lockMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { type ElectionOccasion, electionOccasion } from "../../domain/election.ts";
import { resolveRules } from "../../domain/rules.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { locateSession, type Located } from "../session/session.ts";
import { decideElection } from "./close-election.ts";
import { type ElectionView, electionKeyboard, electionText } from "./election-text.ts";
import { type Electorate, electorateOf } from "./electorate.ts";
import { personMessage } from "../session/recipients.ts";
import { ballotRecipients } from "./recipients.ts";

async function heldInSession(db: Database, election: ElectionRow): Promise<boolean> {
  if (election.meetingId === null) return false;
  return (await findMeeting(db, election.meetingId))?.status === "in_session";
}

export function viewOf(
  election: ElectionRow,
  committee: CommitteeRow,
  e: Electorate,
  occasion: ElectionOccasion,
): ElectionView {
  return {
    electionId: election.id,
    committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
    occasion,
    candidates: e.candidates.map((s) => ({ seatId: s.id, seatTitle: s.title, name: s.holder!.name })),
    members: e.floor.base.members,
    yesRequired: e.floor.base.yesRequired,
    quorumRequired: e.floor.base.quorumRequired,
    majority: resolveRules(committee.rules).majority,
  };
}

export type OpenElectionResult =
  | { kind: "opened"; view: ElectionView; hqLocale: Locale; sharedTo: "here" | "group" | "members" }
  | { kind: "already_open"; view: ElectionView }
  | { kind: "has_secretary"; seatTitle: string; name: string }
  | { kind: "already_elected"; name: string; seatTitle: string }
  | { kind: "not_quorate"; presentVoting: number; quorumRequired: number; members: number }
  | { kind: "no_candidates" }
  | Exclude<Located, { kind: "found" }>;

/**
 * `/elect secretary` (B7): an item of the meeting in session, put to the members by the officer running it. Held at
 * the committee's first meeting (the roster's secretary stands until the members decide) or while the secretary seat
 * is vacant, and only while the meeting is quorate (B3). From the group chat the caller posts the ballot there;
 * opened privately it goes to the group chat. Accepted delegates, usually not in the group, and every voter of a
 * group without a chat get it privately.
 */
export async function openElection(
  deps: ServiceDeps,
  personId: number,
  input: { committeeId: number | null; inGroupChat: boolean },
): Promise<OpenElectionResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<OpenElectionResult> => {
    const located = await locateSession(tx, personId, input.committeeId, now);
    if (located.kind !== "found") return located;
    const meeting = await lockMeeting(tx, located.meeting.id);
    if (meeting?.status !== "in_session") return { kind: "no_session" };
    const committee = (await lockCommittee(tx, meeting.committeeId))!;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const e = await electorateOf(tx, meeting, committee, hq, now);
    const firstMeeting = !(await heldAnotherMeeting(tx, committee.id, meeting.id));

    const [open] = await openElectionsOf(tx, [committee.id]);
    if (open && (await heldInSession(tx, open)))
      return { kind: "already_open", view: viewOf(open, committee, e, firstMeeting ? "first_meeting" : "vacant_seat") };
    // Left open when its session ended: it decided nothing, and is recorded so before this meeting votes.
    if (open) await decideElection(tx, deps, (await lockElection(tx, open.id))!, personId, 0, now);
    const earlier = await electionsOfMeeting(tx, meeting.id);
    const elected = earlier.find((row) => row.winnerSeatId !== null);
    const check = electionOccasion({
      firstMeeting,
      secretary: e.secretaryStanding,
      electedThisMeeting: elected !== undefined,
    });
    if (check.kind === "already_elected") {
      const winner = (elected!.result as { winner?: { name: string; seatTitle: string } } | null)?.winner;
      return { kind: "already_elected", name: winner?.name ?? "—", seatTitle: winner?.seatTitle ?? "—" };
    }
    if (check.kind === "has_secretary")
      return { kind: "has_secretary", seatTitle: e.secretary!.title, name: e.secretary!.holder!.name };
    if (!e.floor.quorate) {
      return {
        kind: "not_quorate",
        presentVoting: e.floor.presentVoting,
        quorumRequired: e.floor.base.quorumRequired,
        members: e.floor.base.members,
      };
    }
    if (e.candidates.length === 0) return { kind: "no_candidates" };

    const election = await insertElection(tx, {
      hqId: hq.id,
      committeeId: committee.id,
      meetingId: meeting.id,
      role: "secretary",
      openedByPersonId: personId,
      openedAt: now,
    });
    const view = viewOf(election, committee, e, check.occasion);
    const render = (locale: Locale) => ({
      text: electionText(deps.t, locale, view),
      replyMarkup: electionKeyboard(deps.t, locale, view),
    });
    let sharedTo: "here" | "group" | "members" = input.inGroupChat ? "here" : "members";
    if (!input.inGroupChat && committee.chatId) {
      sharedTo = "group";
      await enqueueMessages(tx, [
        {
          chatId: committee.chatId,
          hqId: hq.id,
          meetingId: meeting.id,
          purpose: "election",
          payload: { method: "sendMessage", ...render(hq.locale) },
        },
      ]);
    }
    const privately = await ballotRecipients(tx, meeting.id, e, { groupHasChat: committee.chatId !== null });
    for (const person of privately) {
      if (person.id !== personId) await enqueueMessages(tx, personMessage(person, hq, meeting.id, "election", render));
    }
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "election.opened",
      subjectType: "election",
      subjectId: election.id,
      details: {
        committeeId: committee.id,
        meetingId: meeting.id,
        role: "secretary",
        occasion: check.occasion,
        candidates: view.candidates.map((c) => c.seatId),
        members: view.members,
        yesRequired: view.yesRequired,
        presentVoting: e.floor.presentVoting,
      },
      at: now,
    });
    return { kind: "opened", view, hqLocale: hq.locale, sharedTo };
  });
}
