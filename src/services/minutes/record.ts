import type { Database } from "../../db/client.ts";
import { supersededDelegationsOf } from "../../db/queries/attendance.ts";
import { attendanceOfMeeting, guestsPresentAt, votesOfMeeting } from "../../db/queries/minutes.ts";
import { listAgenda, meetingContext } from "../../db/queries/meetings.ts";
import { attendanceSummary, type AttendanceSummary, type Decision, seatRecord } from "../../domain/session.ts";
import { resolveRules } from "../../domain/rules.ts";
import type { ElectionResultView } from "../elections/election-text.ts";
import { electionsForMinutes } from "../elections/minutes-record.ts";

/** The facts of a held meeting, as recorded: what minutes are drafted from and what no one edits by hand. */
export type MeetingFactsForMinutes = {
  meetingId: number;
  committeeId: number;
  hqId: number;
  committeeTitle: { fa: string; en: string };
  hqName: string;
  hqLocale: "fa" | "en";
  zone: string;
  startsAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  place: string | null;
  /**
   * Every seat someone was in the room for: `left` when they were marked absent before the end (what was decided while
   * they were present stands); `tookBackFrom` when the member came and took the seat back from their delegate (B1).
   */
  present: {
    seatTitle: string;
    name: string | null;
    delegate: string | null;
    voting: boolean;
    left: boolean;
    tookBackFrom: { delegate: string | null; at: Date | null } | null;
  }[];
  absent: { seatTitle: string; name: string | null; voting: boolean }[];
  guests: { agency: string; name: string | null }[];
  agenda: { position: number; text: string }[];
  votes: {
    question: string;
    secret: boolean;
    yes: number;
    no: number;
    abstain: number;
    votingSeats: number;
    threshold: number;
    majority: "absolute" | "strict";
    /** Voting seats present at closing and the quorum; null for a vote closed before the quorum was re-checked. */
    presentVoting: number | null;
    quorumRequired: number | null;
    decision: Decision;
    passed: boolean;
  }[];
  /** Seats that attended (present at the end or left before it) against the one voting base (domain/voting-base). */
  quorum: AttendanceSummary;
  /** B7: the secretary elections held in the session, as decided. */
  elections: ElectionResultView[];
};

export async function factsForMinutes(db: Database, meetingId: number): Promise<MeetingFactsForMinutes | undefined> {
  const context = await meetingContext(db, meetingId);
  if (!context) return undefined;
  const seats = await attendanceOfMeeting(db, meetingId);
  const tookBack = new Map(
    (await supersededDelegationsOf(db, meetingId)).map((d) => [d.seatId, { delegate: d.delegateName, at: d.at }]),
  );
  // The session's rule: a seat is present by delegate when someone other than its member was in the room for it.
  const byDelegate = (s: (typeof seats)[number]) =>
    s.present !== null && s.presentPersonId !== null && s.presentPersonId !== s.memberPersonId;
  const present: MeetingFactsForMinutes["present"] = [];
  const absent: MeetingFactsForMinutes["absent"] = [];
  for (const seat of seats) {
    const record = seatRecord(seat.present);
    if (record === "absent") {
      absent.push({ seatTitle: seat.seatTitle, name: seat.memberName, voting: seat.voting });
      continue;
    }
    present.push({
      seatTitle: seat.seatTitle,
      name: seat.memberName,
      delegate: byDelegate(seat) ? seat.presentName : null,
      voting: seat.voting,
      left: record === "left",
      tookBackFrom: tookBack.get(seat.seatId) ?? null,
    });
  }
  const guests = (await guestsPresentAt(db, meetingId))
    .filter((g) => g.present)
    .map((g) => ({ agency: g.agency, name: g.name }));
  const rules = resolveRules(context.committee.rules);
  // N is every voting seat (vacant and ended ones included); a seat that attended was filled, or it could not have
  // checked in. A seat that left counts: the quorum line says whether the meeting was official, and every vote below
  // carries the presence at its own closing.
  const quorum = attendanceSummary(
    seats.map((s) => ({
      voting: s.voting,
      filled: s.memberPersonId !== null,
      present: seatRecord(s.present) !== "absent",
      byDelegate: byDelegate(s),
    })),
    guests.length,
    rules,
  );
  const votes = (await votesOfMeeting(db, meetingId)).flatMap(({ vote }) => {
    const result = vote.result;
    if (!result) return [];
    return [
      {
        question: vote.question,
        secret: vote.secret,
        ...result,
        presentVoting: result.presentVoting ?? null,
        quorumRequired: result.quorumRequired ?? null,
        decision: result.decision ?? (result.passed ? "passed" : "failed"),
      },
    ];
  });
  return {
    meetingId,
    committeeId: context.committee.id,
    hqId: context.hq.id,
    committeeTitle: { fa: context.committee.titleFa, en: context.committee.titleEn },
    hqName: context.hq.name,
    hqLocale: context.hq.locale,
    zone: context.hq.timezone,
    startsAt: context.meeting.startsAt,
    startedAt: context.meeting.startedAt,
    endedAt: context.meeting.endedAt,
    place: context.meeting.place,
    present,
    absent,
    guests,
    agenda: (await listAgenda(db, meetingId)).map((item) => ({ position: item.position, text: item.text })),
    votes,
    quorum,
    elections: await electionsForMinutes(db, meetingId),
  };
}
