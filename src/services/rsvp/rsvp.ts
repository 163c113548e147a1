import { citeRule } from "../../domain/rule-source.ts";
import type { RsvpAnswer } from "../../domain/callback-data.ts";
import { rsvpTally } from "../../domain/convening.ts";
import { resolveRules } from "../../domain/rules.ts";
import { isoDayOf } from "../../domain/terms.ts";
import type { Locale } from "../../domain/text.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { type AnsweringMeeting, invitationResponseWrite, lockMeetingForAnswer } from "../../db/queries/meetings.ts";
import type { Database } from "../../db/client.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { loadMeeting, type MeetingRecord } from "../shared/meeting-facts.ts";
import type { MeetingFacts } from "../shared/meeting-text.ts";
import { baseSeats, filledSeats, tallyInput } from "../shared/invited-seats.ts";
import { type VotingBase, votingBase } from "../../domain/voting-base.ts";
import { leads } from "../shared/officers.ts";

export type RsvpResult =
  | { kind: "recorded"; answer: RsvpAnswer; changed: boolean; facts: MeetingFacts; hqLocale: Locale }
  | { kind: "not_invited" }
  | { kind: "meeting_closed" }
  | { kind: "unknown_meeting" };

/**
 * An answer to an invitation, changeable until the meeting starts; only the invited seat-holder may answer. One read
 * (which also locks the meeting) brings what the redrawn invitation shows; then the audit chain's head is locked and
 * one statement writes the answer with its audit entry: three statements a press.
 */
export async function answerInvitation(
  deps: ServiceDeps,
  personId: number | null,
  meetingId: number,
  answer: RsvpAnswer,
): Promise<RsvpResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RsvpResult> => {
    const found = await lockMeetingForAnswer(tx, meetingId, personId);
    if (!found) return { kind: "unknown_meeting" };
    const { meeting, invitation } = found;
    if (meeting.status !== "scheduled" || meeting.startsAt <= now) return { kind: "meeting_closed" };
    if (!invitation) return { kind: "not_invited" };
    const changed = invitation.response !== answer;
    if (changed) {
      // The answer is written in the statement that appends its audit entry: the meeting's lock already orders it.
      await writeAudit(
        tx,
        {
          hqId: meeting.hqId,
          actorPersonId: personId,
          action: "invitation.answered",
          subjectType: "invitation",
          subjectId: invitation.id,
          details: { meetingId, answer, previous: invitation.response },
          at: now,
        },
        { alongside: [invitationResponseWrite(tx, invitation.id, answer, now)] },
      );
    }
    return { kind: "recorded", answer, changed, facts: factsOf(found), hqLocale: found.hqLocale };
  });
}

function factsOf(found: AnsweringMeeting): MeetingFacts {
  const { meeting } = found;
  return {
    meetingId: meeting.id,
    committeeTitle: { fa: found.committeeTitleFa, en: found.committeeTitleEn },
    hqName: found.hqName,
    zone: found.hqTimezone,
    startsAt: meeting.startsAt,
    place: meeting.place,
    proposalDeadline: meeting.proposalDeadline,
    proposalDays: citeRule(resolveRules(found.committeeRules), "proposalDays"),
    agenda: found.agenda,
  };
}

export type RsvpReport =
  | {
      kind: "report";
      record: MeetingRecord;
      tally: ReturnType<typeof rsvpTally>;
      /** B3's N, the seats filled on the meeting's day and whether the quorum can be reached at all. */
      base: VotingBase;
      /** Held seats whose holder's appointment order is not in force on the meeting's day (B2). */
      termEnded: ReadonlySet<number>;
    }
  | { kind: "not_officer" }
  | { kind: "unknown_meeting" };

/**
 * Who answered what, per seat, with the quorum expectation (B3: ⌈2N/3⌉ of all voting seats, vacant and ended ones
 * included) and, before the meeting, whether too few seats are filled for the quorum ever to be reached. Officers only.
 */
export async function rsvpReport(db: Database, personId: number, meetingId: number, now: Date): Promise<RsvpReport> {
  const record = await loadMeeting(db, meetingId);
  if (!record) return { kind: "unknown_meeting" };
  if (!(await leads(db, personId, record.committee.id, now))) return { kind: "not_officer" };
  const rules = resolveRules(record.committee.rules);
  const filled = await filledSeats(db, record.invitations, isoDayOf(record.meeting.startsAt, record.hq.timezone));
  const base = votingBase(
    baseSeats(
      record.invitations.map((i) => ({ seatId: i.seatId, voting: i.seatVoting })),
      filled,
    ),
    rules,
  );
  const tally = rsvpTally(
    record.invitations.map((i) => tallyInput(i, filled)),
    rules.quorum,
  );
  const termEnded = new Set(
    record.invitations.filter((i) => i.personId !== null && !filled.has(i.seatId)).map((i) => i.seatId),
  );
  return { kind: "report", record, tally, base, termEnded };
}
