import type { Database } from "../../db/client.ts";
import { electionsOfMeeting } from "../../db/queries/elections.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";
import { type ElectionResultView, electionResultLines } from "./election-text.ts";

/**
 * B7 in the record: the elections held in a meeting's session, as they were decided (the figures and names stored when
 * each closed). Elections from before they belonged to a session, and open ones, are not part of any minutes.
 */
export async function electionsForMinutes(db: Database, meetingId: number): Promise<ElectionResultView[]> {
  const rows = await electionsOfMeeting(db, meetingId);
  return rows.flatMap((row) =>
    row.status === "closed" && row.result && "decision" in row.result
      ? [row.result as unknown as ElectionResultView]
      : [],
  );
}

/** The minutes' section for the elections: nothing when none was held. */
export function electionMinutesLines(t: Translate, locale: Locale, elections: readonly ElectionResultView[]): string[] {
  if (elections.length === 0) return [];
  return [
    "",
    t(locale, "election-minutes-title"),
    ...elections.flatMap((result) => electionResultLines(t, locale, result)),
  ];
}
