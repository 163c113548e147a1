import { describe, expect, it } from "vitest";
import { type CallbackAction, decodeCallback, encodeCallback } from "../../src/domain/callback-data.ts";

const samples: CallbackAction[] = [
  { action: "rsvp", meetingId: 12, answer: "delegating" },
  { action: "ics", meetingId: 3 },
  { action: "rsvps", meetingId: 3 },
  { action: "proposal_accept", proposalId: 9 },
  { action: "proposal_decline", proposalId: 9 },
  { action: "proposal_keep", proposalId: 9 },
  { action: "request_convene", requestId: 4 },
  { action: "request_decline", requestId: 4 },
  { action: "meeting_cancel_confirm", meetingId: 5 },
  { action: "delegation_confirm", delegationId: 6 },
  { action: "delegation_accept", delegationId: 6 },
  { action: "delegation_reject", delegationId: 6 },
  { action: "delegation_revoke", delegationId: 6 },
  { action: "guest_approve", guestId: 7 },
  { action: "guest_reject", guestId: 7 },
  { action: "check_in", meetingId: 8 },
  { action: "start_meeting_confirm", meetingId: 8 },
  { action: "mark_presence", meetingId: 8, seatId: 99 },
  { action: "ballot", voteId: 10, choice: "abstain" },
  { action: "vote_close", voteId: 10 },
  { action: "minutes_edit", minutesId: 11 },
  { action: "minutes_sign", minutesId: 11 },
  { action: "minutes_ack", versionId: 12 },
  { action: "minutes_receipts", versionId: 12 },
  { action: "minutes_pdf", versionId: 12 },
  { action: "resolution_approve", resolutionId: 13 },
  { action: "resolution_return", resolutionId: 13 },
  { action: "resolution_acknowledge", resolutionId: 13 },
  { action: "resolution_report", resolutionId: 13, answer: "blocked" },
  { action: "report_send", reportId: 16 },
  { action: "election_close", electionId: 17 },
  { action: "election_ballot", electionId: 17, seatId: 4 },
  { action: "visit_approve", visitId: 14 },
  { action: "visit_other_date", visitId: 14 },
  { action: "visit_accept_date", visitId: 14 },
  { action: "visit_cancel", visitId: 14 },
  { action: "subgroup_approve", subgroupId: 15 },
  { action: "subgroup_reject", subgroupId: 15 },
  { action: "not_started", meetingId: 18, answer: "start" },
  { action: "not_started", meetingId: 18, answer: "cancel" },
  { action: "not_started", meetingId: 18, answer: "not_held" },
  { action: "language", locale: "fa" },
  { action: "language", locale: "en" },
];

describe("button payloads", () => {
  it.each(samples.map((s) => [s.action, s]))("%s round-trips within Telegram's 64 bytes", (_, action) => {
    const data = encodeCallback(action);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeCallback(data)).toEqual(action);
  });

  it.each([
    "",
    "rsvp:1:x",
    "rsvp:0:a",
    "v:1:maybe",
    "pa:-1",
    "pa:1:2",
    "zz:1",
    "constructor:1",
    "ci:01",
    "mp:1:x",
    "elv:1:x",
    "elv:1",
    "elv:0:2",
    "prs:1:2",
    "pa:99999999999",
    "nst:1:x",
    "nst:1",
    "nst:0:s",
    "lang:de",
    "lang:",
    "lang:fa:1",
  ])("a forged payload %j is unknown", (data) => {
    expect(decodeCallback(data)).toBeNull();
  });
});
