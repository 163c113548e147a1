// B9/B13: a convened meeting that never started is not left hanging. The morning after the day it was set for, its
// officers are asked whether it starts late, is cancelled, or is recorded as not held (a line in the reports).
import { DateTime } from "luxon";

/** Local hour, HQ time, at which officers are asked: the start of an office day, not the middle of the night. */
export const NOT_STARTED_ASK_HOUR = 9;

export type NotStartedAnswer = "start" | "cancel" | "not_held";

/** 09:00 HQ time on the day after the meeting's local date. */
export function notStartedAskAt(startsAt: Date, zone: string): Date {
  return DateTime.fromJSDate(startsAt, { zone })
    .plus({ days: 1 })
    .set({ hour: NOT_STARTED_ASK_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
}

/** What was already decided about a meeting once it has left "scheduled", or null while the question is open. */
export function decidedAnswer(
  status: "scheduled" | "in_session" | "ended" | "cancelled" | "not_held",
): NotStartedAnswer | null {
  switch (status) {
    case "scheduled":
      return null;
    case "in_session":
    case "ended":
      return "start";
    case "cancelled":
      return "cancel";
    case "not_held":
      return "not_held";
  }
}
