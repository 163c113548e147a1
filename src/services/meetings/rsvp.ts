import type { RsvpAnswer } from "../../domain/callback-data.ts";
import { rsvpTally } from "../../domain/convening.ts";
import { resolveRules } from "../../domain/rules.ts";
import { isoDayOf } from "../../domain/terms.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { findInvitation, lockMeeting, setInvitationResponse } from "../../db/queries/meetings.ts";
import type { Database } from "../../db/client.ts";
import type { ServiceDeps } from "../deps.ts";
import { loadMeeting, type MeetingRecord } from "./facts.ts";
import { seatsOutOfTerm, tallyInput } from "./invited-seats.ts";
import { leads } from "./officers.ts";

export type RsvpResult =
  | { kind: "recorded"; answer: RsvpAnswer; record: MeetingRecord; changed: boolean }
  | { kind: "not_invited" }
  | { kind: "meeting_closed" }
  | { kind: "unknown_meeting" };

/** An answer to an invitation, changeable until the meeting starts; only the invited seat-holder may answer. */
export async function answerInvitation(deps: ServiceDeps, personId: number | null, meetingId: number, answer: RsvpAnswer): Promise<RsvpResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RsvpResult> => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) return { kind: "unknown_meeting" };
    if (meeting.status !== "scheduled" || meeting.startsAt <= now) return { kind: "meeting_closed" };
    const invitation = personId === null ? undefined : await findInvitation(tx, meetingId, personId);
    if (!invitation) return { kind: "not_invited" };
    const changed = invitation.response !== answer;
    if (changed) {
      await setInvitationResponse(tx, invitation.id, answer, now);
      await writeAudit(tx, {
        hqId: meeting.hqId,
        actorPersonId: personId,
        action: "invitation.answered",
        subjectType: "invitation",
        subjectId: invitation.id,
        details: { meetingId, answer, previous: invitation.response },
        at: now,
      });
    }
    return { kind: "recorded", answer, record: (await loadMeeting(tx, meetingId))!, changed };
  });
}

export type RsvpReport =
  | { kind: "report"; record: MeetingRecord; tally: ReturnType<typeof rsvpTally> }
  | { kind: "not_officer" }
  | { kind: "unknown_meeting" };

/** Who answered what, per seat, with the quorum expectation (B3: ⌈2N/3⌉ of voting seats). Officers only. */
export async function rsvpReport(db: Database, personId: number, meetingId: number): Promise<RsvpReport> {
  const record = await loadMeeting(db, meetingId);
  if (!record) return { kind: "unknown_meeting" };
  if (!(await leads(db, personId, record.committee.id))) return { kind: "not_officer" };
  const rules = resolveRules(record.committee.rules);
  const outOfTerm = await seatsOutOfTerm(db, record.invitations, isoDayOf(record.meeting.startsAt, record.hq.timezone));
  const tally = rsvpTally(
    record.invitations.map((i) => tallyInput(i, outOfTerm)),
    rules.quorum,
  );
  return { kind: "report", record, tally };
}
