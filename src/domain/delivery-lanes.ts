/**
 * Which queue an outbox message waits in. Telegram gives the bot 30 sends a second, a chat one a second and a group
 * twenty a minute; when they are scarce, the message a person is waiting for on their screen goes first and a
 * reminder last. The number is stored in `outbox.priority` (lower goes sooner); this is the only place that decides it.
 */
export const LANES = {
  /** The answer to what a person just did: their confirmation, refusal or next wizard step. */
  interactive: 1,
  /** What a meeting in session cannot go on without: ballots, vote results, check-in, the final attendance. */
  session: 2,
  /** Edits of a message already in the chat (the live tally, the attendance list): only the latest state matters. */
  live: 3,
  /** Everything that can wait its turn: invitations, copies, reminders, reports. */
  bulk: 4,
} as const;

export type Lane = keyof typeof LANES;

/** Replies to a person's own action that are paced through the outbox instead of sent from the handler. */
export const REPLY_PURPOSE = "reply";

const LANE_OF_PURPOSE: Readonly<Record<string, Lane>> = {
  [REPLY_PURPOSE]: "interactive",
  guest_registered: "interactive",
  vote_ballot: "session",
  vote_result: "session",
  session_check_in: "session",
  session_final_attendance: "session",
  election: "session",
  election_result: "session",
  vote_tally: "live",
  session_attendance: "live",
};

/** A purpose nobody listed is bulk: a new kind of message never jumps the queue by accident. */
export function laneOf(purpose: string): Lane {
  return Object.hasOwn(LANE_OF_PURPOSE, purpose) ? LANE_OF_PURPOSE[purpose]! : "bulk";
}

export function priorityOf(purpose: string): number {
  return LANES[laneOf(purpose)];
}
