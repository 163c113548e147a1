import { citeRule } from "../../domain/rule-source.ts";
import { resolveRules } from "../../domain/rules.ts";
import type { Database } from "../../db/client.ts";
import {
  invitationsOf,
  type InvitationView,
  listAgenda,
  meetingContext,
  type MeetingContext,
} from "../../db/queries/meetings.ts";
import type { MeetingFacts } from "./meeting-text.ts";

export type MeetingRecord = MeetingContext & { facts: MeetingFacts; invitations: InvitationView[] };

/** Everything messages about a meeting need, read once. */
export async function loadMeeting(db: Database, meetingId: number): Promise<MeetingRecord | undefined> {
  const context = await meetingContext(db, meetingId);
  if (!context) return undefined;
  const agenda = await listAgenda(db, meetingId);
  const invitations = await invitationsOf(db, meetingId);
  return {
    ...context,
    invitations,
    facts: {
      meetingId,
      committeeTitle: { fa: context.committee.titleFa, en: context.committee.titleEn },
      hqName: context.hq.name,
      zone: context.hq.timezone,
      startsAt: context.meeting.startsAt,
      place: context.meeting.place,
      proposalDeadline: context.meeting.proposalDeadline,
      proposalDays: citeRule(resolveRules(context.committee.rules), "proposalDays"),
      agenda: agenda.map((item) => item.text),
    },
  };
}
