// B9: the minutes are due 48 hours after the meeting ends, so the end of a session cannot wait for someone to type
// /endmeeting. A session still open SESSION_MAX_HOURS after it started, or at midnight HQ time of the day it started,
// whichever comes first, is closed by the bot: no meeting of a working group runs six hours, and the minutes record
// one meeting day. The minutes clock then starts at that moment.
import { DateTime } from "luxon";

export const SESSION_MAX_HOURS = 6;

const HOUR_MS = 60 * 60 * 1000;

/** When a session that started at `startedAt` is closed if still open: +6 h, or the next midnight in `zone` if sooner. */
export function autoCloseAt(startedAt: Date, zone: string): Date {
  const limit = new Date(startedAt.getTime() + SESSION_MAX_HOURS * HOUR_MS);
  const midnight = DateTime.fromJSDate(startedAt, { zone }).plus({ days: 1 }).startOf("day").toJSDate();
  return midnight < limit ? midnight : limit;
}
