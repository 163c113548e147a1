import { acceptedDelegationOfSeat } from "../../db/queries/attendance.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { findCommitteeById } from "../../db/queries/committees.ts";
import { castElectionBallot, electionBallotsOf, lockElection } from "../../db/queries/elections.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import { findMeeting } from "../../db/queries/meetings.ts";
import { currentTermsOfSeats } from "../../db/queries/terms.ts";
import { ballotRight } from "../../domain/election.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { standingAt } from "../session/standing.ts";
import { electorateOf } from "./electorate.ts";
import type { Candidate } from "./election-text.ts";

export type BallotResult =
  | { kind: "recorded"; candidate: Candidate; changed: boolean }
  | { kind: "unknown" }
  | { kind: "closed" }
  /** The meeting is not in session (ended, or an election opened before elections belonged to a session). */
  | { kind: "not_in_session" }
  | { kind: "not_voter" }
  | { kind: "delegated_away"; delegateName: string | null }
  | { kind: "out_of_term"; termEnd: string | null; zone: string }
  /** The seat is not recorded present: check in first (B3), then press again. */
  | { kind: "absent"; meetingId: number }
  | { kind: "bad_candidate" };

/**
 * A press on a candidate (B1, B2, B3, B7): counted for the voter's seat only when that seat is present at this moment,
 * pressed by its holder or by its accepted delegate, and its holder's order is in force. A seat has one ballot, which
 * a later press moves until the election closes. A refused press records nothing.
 */
export async function voteInElection(
  deps: ServiceDeps,
  personId: number,
  electionId: number,
  candidateSeatId: number,
): Promise<BallotResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<BallotResult> => {
    const election = await lockElection(tx, electionId);
    if (!election) return { kind: "unknown" };
    if (election.status !== "open") return { kind: "closed" };
    if (election.meetingId === null) return { kind: "not_in_session" };
    const meeting = (await findMeeting(tx, election.meetingId))!;
    if (meeting.status !== "in_session") return { kind: "not_in_session" };
    const committee = (await findCommitteeById(tx, election.committeeId))!;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const e = await electorateOf(tx, meeting, committee, hq, now);

    const standing = await standingAt(tx, meeting.id, personId);
    const right = ballotRight(standing, (seatId) => e.electors.find((s) => s.seatId === seatId));
    switch (right.kind) {
      case "not_voter":
        return { kind: "not_voter" };
      case "delegated_away": {
        const delegation =
          standing.kind === "delegated_away"
            ? await acceptedDelegationOfSeat(tx, meeting.id, standing.seatId)
            : undefined;
        return { kind: "delegated_away", delegateName: delegation?.delegateName ?? null };
      }
      case "out_of_term": {
        const [term] = await currentTermsOfSeats(tx, [right.seatId]);
        return { kind: "out_of_term", termEnd: term?.termEnd ?? null, zone: hq.timezone };
      }
      case "absent":
        return { kind: "absent", meetingId: meeting.id };
      case "may_vote":
        break;
    }
    const candidate = e.candidates.find((s) => s.id === candidateSeatId);
    if (!candidate) return { kind: "bad_candidate" };
    const before = (await electionBallotsOf(tx, electionId)).find((b) => b.voterSeatId === right.seatId);
    const changed = before?.candidateSeatId !== candidateSeatId;
    if (changed) {
      await castElectionBallot(tx, { electionId, voterSeatId: right.seatId, candidateSeatId, castAt: now });
      await writeAudit(tx, {
        hqId: hq.id,
        actorPersonId: personId,
        action: "election.ballot",
        subjectType: "election",
        subjectId: electionId,
        details: { voterSeatId: right.seatId, candidateSeatId, replaced: before?.candidateSeatId ?? null },
        at: now,
      });
    }
    return {
      kind: "recorded",
      candidate: { seatId: candidate.id, seatTitle: candidate.title, name: candidate.holder!.name },
      changed,
    };
  });
}
