/**
 * Button payloads. Telegram allows 64 bytes and the client controls them, so a payload only names an action and
 * ids; every press is re-authorized by the service. Parsing is strict: anything else is "unknown".
 */
import type { NotStartedAnswer } from "./not-started.ts";
import type { Locale } from "./text.ts";

export type RsvpAnswer = "attending" | "not_attending" | "delegating";

export type CallbackAction =
  | { action: "language"; locale: Locale }
  | { action: "rsvp"; meetingId: number; answer: RsvpAnswer }
  | { action: "ics"; meetingId: number }
  | { action: "rsvps"; meetingId: number }
  | { action: "proposal_accept"; proposalId: number }
  | { action: "proposal_decline"; proposalId: number }
  | { action: "proposal_keep"; proposalId: number }
  | { action: "request_convene"; requestId: number }
  | { action: "request_decline"; requestId: number }
  | { action: "meeting_cancel_confirm"; meetingId: number }
  | { action: "delegation_confirm"; delegationId: number }
  | { action: "delegation_accept"; delegationId: number }
  | { action: "delegation_reject"; delegationId: number }
  | { action: "delegation_revoke"; delegationId: number }
  | { action: "guest_approve"; guestId: number }
  | { action: "guest_reject"; guestId: number }
  | { action: "check_in"; meetingId: number }
  | { action: "start_meeting_confirm"; meetingId: number }
  | { action: "mark_presence"; meetingId: number; seatId: number }
  | { action: "ballot"; voteId: number; choice: "yes" | "no" | "abstain" }
  | { action: "vote_close"; voteId: number }
  | { action: "minutes_edit"; minutesId: number }
  | { action: "minutes_sign"; minutesId: number }
  | { action: "minutes_ack"; versionId: number }
  | { action: "minutes_receipts"; versionId: number }
  | { action: "minutes_pdf"; versionId: number }
  | { action: "resolution_approve"; resolutionId: number }
  | { action: "resolution_return"; resolutionId: number }
  | { action: "resolution_acknowledge"; resolutionId: number }
  | { action: "report_send"; reportId: number }
  | { action: "election_close"; electionId: number }
  | { action: "election_ballot"; electionId: number; seatId: number }
  | { action: "visit_approve"; visitId: number }
  | { action: "visit_other_date"; visitId: number }
  | { action: "visit_accept_date"; visitId: number }
  | { action: "visit_cancel"; visitId: number }
  | { action: "subgroup_approve"; subgroupId: number }
  | { action: "subgroup_reject"; subgroupId: number }
  | { action: "resolution_report"; resolutionId: number; answer: "done" | "in_progress" | "blocked" }
  | { action: "decisions_more"; page: number }
  | { action: "referrals_more"; page: number }
  | { action: "overdue_more"; page: number }
  | { action: "not_started"; meetingId: number; answer: NotStartedAnswer };

const ANSWER_CODES: Record<RsvpAnswer, string> = { attending: "a", not_attending: "n", delegating: "d" };
const ANSWERS_BY_CODE = new Map(Object.entries(ANSWER_CODES).map(([answer, code]) => [code, answer as RsvpAnswer]));

type SingleId = Exclude<
  CallbackAction["action"],
  "rsvp" | "language" | "mark_presence" | "ballot" | "resolution_report" | "election_ballot" | "not_started"
>;

const SIMPLE: Record<string, SingleId> = {
  ics: "ics",
  rl: "rsvps",
  pa: "proposal_accept",
  pd: "proposal_decline",
  pk: "proposal_keep",
  rc: "request_convene",
  rd: "request_decline",
  mc: "meeting_cancel_confirm",
  dc: "delegation_confirm",
  da: "delegation_accept",
  dr: "delegation_reject",
  dv: "delegation_revoke",
  ga: "guest_approve",
  gr: "guest_reject",
  ci: "check_in",
  sm: "start_meeting_confirm",
  vc: "vote_close",
  me: "minutes_edit",
  ms: "minutes_sign",
  mk: "minutes_ack",
  mr: "minutes_receipts",
  mf: "minutes_pdf",
  ra: "resolution_approve",
  rt: "resolution_return",
  rk: "resolution_acknowledge",
  prs: "report_send",
  elc: "election_close",
  fva: "visit_approve",
  fvo: "visit_other_date",
  fvk: "visit_accept_date",
  fvc: "visit_cancel",
  sga: "subgroup_approve",
  sgr: "subgroup_reject",
  dlm: "decisions_more",
  rfm: "referrals_more",
  odm: "overdue_more",
};

/** The id field each single-id action carries. */
const ID_FIELD: Record<SingleId, string> = {
  ics: "meetingId",
  rsvps: "meetingId",
  meeting_cancel_confirm: "meetingId",
  check_in: "meetingId",
  start_meeting_confirm: "meetingId",
  proposal_accept: "proposalId",
  proposal_decline: "proposalId",
  proposal_keep: "proposalId",
  request_convene: "requestId",
  request_decline: "requestId",
  delegation_confirm: "delegationId",
  delegation_accept: "delegationId",
  delegation_reject: "delegationId",
  delegation_revoke: "delegationId",
  guest_approve: "guestId",
  guest_reject: "guestId",
  vote_close: "voteId",
  minutes_edit: "minutesId",
  minutes_sign: "minutesId",
  minutes_ack: "versionId",
  minutes_receipts: "versionId",
  minutes_pdf: "versionId",
  resolution_approve: "resolutionId",
  resolution_return: "resolutionId",
  resolution_acknowledge: "resolutionId",
  report_send: "reportId",
  election_close: "electionId",
  visit_approve: "visitId",
  visit_other_date: "visitId",
  visit_accept_date: "visitId",
  visit_cancel: "visitId",
  subgroup_approve: "subgroupId",
  subgroup_reject: "subgroupId",
  decisions_more: "page",
  referrals_more: "page",
  overdue_more: "page",
};
const REPORT_CODES = { done: "d", in_progress: "i", blocked: "b" } as const;
const REPORTS_BY_CODE = new Map<string, "done" | "in_progress" | "blocked">([
  ["d", "done"],
  ["i", "in_progress"],
  ["b", "blocked"],
]);
const CHOICE_CODES = { yes: "y", no: "n", abstain: "a" } as const;
const CHOICES_BY_CODE = new Map<string, "yes" | "no" | "abstain">([
  ["y", "yes"],
  ["n", "no"],
  ["a", "abstain"],
]);
const NOT_STARTED_CODES: Record<NotStartedAnswer, string> = { start: "s", cancel: "c", not_held: "n" };
const NOT_STARTED_BY_CODE = new Map(
  Object.entries(NOT_STARTED_CODES).map(([answer, code]) => [code, answer as NotStartedAnswer]),
);
const CODE_OF = new Map(Object.entries(SIMPLE).map(([code, action]) => [action, code]));

export function encodeCallback(action: CallbackAction): string {
  switch (action.action) {
    case "rsvp":
      return `rsvp:${action.meetingId}:${ANSWER_CODES[action.answer]}`;
    case "mark_presence":
      return `mp:${action.meetingId}:${action.seatId}`;
    case "ballot":
      return `v:${action.voteId}:${CHOICE_CODES[action.choice]}`;
    case "election_ballot":
      return `elv:${action.electionId}:${action.seatId}`;
    case "not_started":
      return `nst:${action.meetingId}:${NOT_STARTED_CODES[action.answer]}`;
    case "resolution_report":
      return `rp:${action.resolutionId}:${REPORT_CODES[action.answer]}`;
    case "language":
      return `lang:${action.locale}`;
    default: {
      const id = (action as unknown as Record<string, number>)[ID_FIELD[action.action]];
      return `${CODE_OF.get(action.action)}:${id}`;
    }
  }
}

const ID = /^[1-9]\d{0,9}$/;

export function decodeCallback(data: string): CallbackAction | null {
  const parts = data.split(":");
  const [code, first, second] = parts;
  if (parts.length === 3 && first !== undefined && second !== undefined && ID.test(first)) {
    if (code === "rsvp") {
      const answer = ANSWERS_BY_CODE.get(second);
      return answer ? { action: "rsvp", meetingId: Number(first), answer } : null;
    }
    if (code === "v") {
      const choice = CHOICES_BY_CODE.get(second);
      return choice ? { action: "ballot", voteId: Number(first), choice } : null;
    }
    if (code === "rp") {
      const answer = REPORTS_BY_CODE.get(second);
      return answer ? { action: "resolution_report", resolutionId: Number(first), answer } : null;
    }
    if (code === "nst") {
      const answer = NOT_STARTED_BY_CODE.get(second);
      return answer ? { action: "not_started", meetingId: Number(first), answer } : null;
    }
    if (code === "elv" && ID.test(second))
      return { action: "election_ballot", electionId: Number(first), seatId: Number(second) };
    if (code === "mp" && ID.test(second))
      return { action: "mark_presence", meetingId: Number(first), seatId: Number(second) };
    return null;
  }
  if (parts.length === 2 && code === "lang") {
    return first === "fa" || first === "en" ? { action: "language", locale: first } : null;
  }
  if (parts.length !== 2 || first === undefined || !ID.test(first) || code === undefined) return null;
  const action = Object.hasOwn(SIMPLE, code) ? SIMPLE[code] : undefined;
  if (!action) return null;
  return { action, [ID_FIELD[action]]: Number(first) } as CallbackAction;
}
