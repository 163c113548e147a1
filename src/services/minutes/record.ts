import type { Database } from "../../db/client.ts";
import { attendanceOfMeeting, guestsPresentAt, votesOfMeeting } from "../../db/queries/minutes.ts";
import { listAgenda, meetingContext } from "../../db/queries/meetings.ts";
import { attendanceSummary, type AttendanceSummary } from "../../domain/session.ts";
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
  present: { seatTitle: string; name: string | null; delegate: string | null; voting: boolean }[];
  absent: { seatTitle: string; name: string | null; voting: boolean }[];
  guests: { agency: string; name: string | null }[];
  agenda: { position: number; text: string }[];
  votes: { question: string; secret: boolean; yes: number; no: number; abstain: number; votingSeats: number; threshold: number; majority: "absolute" | "strict"; passed: boolean }[];
  quorum: AttendanceSummary;
  /** B7: the secretary elections held in the session, as decided. */
  elections: ElectionResultView[];
};

export async function factsForMinutes(db: Database, meetingId: number): Promise<MeetingFactsForMinutes | undefined> {
  const context = await meetingContext(db, meetingId);
  if (!context) return undefined;
  const seats = await attendanceOfMeeting(db, meetingId);
  // The session's rule: a seat is present by delegate when someone other than its member was in the room for it.
  const byDelegate = (s: (typeof seats)[number]) => s.present === true && s.presentPersonId !== null && s.presentPersonId !== s.memberPersonId;
  const present: MeetingFactsForMinutes["present"] = [];
  const absent: MeetingFactsForMinutes["absent"] = [];
  for (const seat of seats) {
    if (seat.present) present.push({ seatTitle: seat.seatTitle, name: seat.memberName, delegate: byDelegate(seat) ? seat.presentName : null, voting: seat.voting });
    else absent.push({ seatTitle: seat.seatTitle, name: seat.memberName, voting: seat.voting });
  }
  const guests = (await guestsPresentAt(db, meetingId)).filter((g) => g.present).map((g) => ({ agency: g.agency, name: g.name }));
  const rules = resolveRules(context.committee.rules);
  const quorum = attendanceSummary(
    seats.map((s) => ({ voting: s.voting, present: s.present === true, byDelegate: byDelegate(s) })),
    guests.length,
    rules.quorum,
  );
  const votes = (await votesOfMeeting(db, meetingId)).flatMap(({ vote }) =>
    vote.result ? [{ question: vote.question, secret: vote.secret, ...vote.result }] : [],
  );
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
