/**
 * Button payloads. Telegram allows 64 bytes and the client controls them, so a payload only names an action and
 * ids; every press is re-authorized by the service. Parsing is strict: anything else is "unknown".
 */
export type RsvpAnswer = "attending" | "not_attending" | "delegating";

export type CallbackAction =
  | { action: "rsvp"; meetingId: number; answer: RsvpAnswer }
  | { action: "ics"; meetingId: number }
  | { action: "rsvps"; meetingId: number }
  | { action: "proposal_accept"; proposalId: number }
  | { action: "proposal_decline"; proposalId: number }
  | { action: "proposal_keep"; proposalId: number }
  | { action: "request_convene"; requestId: number }
  | { action: "request_decline"; requestId: number }
  | { action: "meeting_cancel_confirm"; meetingId: number };

const ANSWER_CODES: Record<RsvpAnswer, string> = { attending: "a", not_attending: "n", delegating: "d" };
const ANSWERS_BY_CODE = new Map(Object.entries(ANSWER_CODES).map(([answer, code]) => [code, answer as RsvpAnswer]));

const SIMPLE: Record<string, Exclude<CallbackAction["action"], "rsvp">> = {
  ics: "ics",
  rl: "rsvps",
  pa: "proposal_accept",
  pd: "proposal_decline",
  pk: "proposal_keep",
  rc: "request_convene",
  rd: "request_decline",
  mc: "meeting_cancel_confirm",
};
const CODE_OF = new Map(Object.entries(SIMPLE).map(([code, action]) => [action, code]));

export function encodeCallback(action: CallbackAction): string {
  if (action.action === "rsvp") return `rsvp:${action.meetingId}:${ANSWER_CODES[action.answer]}`;
  const id = "meetingId" in action ? action.meetingId : "proposalId" in action ? action.proposalId : action.requestId;
  return `${CODE_OF.get(action.action)}:${id}`;
}

const ID = /^[1-9]\d{0,9}$/;

export function decodeCallback(data: string): CallbackAction | null {
  const parts = data.split(":");
  if (parts[0] === "rsvp" && parts.length === 3 && ID.test(parts[1]!)) {
    const answer = ANSWERS_BY_CODE.get(parts[2]!);
    return answer ? { action: "rsvp", meetingId: Number(parts[1]), answer } : null;
  }
  if (parts.length !== 2 || !ID.test(parts[1]!)) return null;
  const action = SIMPLE[parts[0]!];
  const id = Number(parts[1]);
  switch (action) {
    case "ics":
    case "rsvps":
    case "meeting_cancel_confirm":
      return { action, meetingId: id };
    case "proposal_accept":
    case "proposal_decline":
    case "proposal_keep":
      return { action, proposalId: id };
    case "request_convene":
    case "request_decline":
      return { action, requestId: id };
    default:
      return null;
  }
}
