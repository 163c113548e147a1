// Methods a Bot API may lack. Telegram has them all; Bale has setMyCommands undocumented and answers what it lacks
// with 501. What the process learned about each is kept here, once per process, and the bot degrades quietly:
// without a command menu /help is the menu; without pins the attendance message is posted anew on each change.
import type { ApiFailure } from "./rate-limit.ts";

/** Whether a failure means "this Bot API has no such method", not that this one call went wrong. */
export function isUnsupportedMethod(failure: ApiFailure): boolean {
  if (failure.error_code === 501 || failure.error_code === 404) return true;
  const description = (failure.description ?? "").toLowerCase();
  return (
    failure.error_code === 400 &&
    ["not supported", "not implemented", "method not found", "unknown method"].some((t) => description.includes(t))
  );
}

/** "unknown" until the method was called once; then whether the platform has it. */
export type Support = "unknown" | "yes" | "no";

export class OptionalMethods {
  /** setMyCommands, tried once at start-up. */
  commandMenu: Support = "unknown";
  /** pinChatMessage, known after its first answer. */
  pin: Support = "unknown";

  /** Whether the platform was found to lack it. */
  lacks(method: "commandMenu" | "pin"): boolean {
    return this[method] === "no";
  }

  /** Records the answer to a call of an optional method: done, or refused as unsupported, or neither. */
  note(method: "commandMenu" | "pin", outcome: { ok: true } | { ok: false; failure: ApiFailure }): void {
    if (outcome.ok) this[method] = "yes";
    else if (isUnsupportedMethod(outcome.failure)) this[method] = "no";
  }
}
