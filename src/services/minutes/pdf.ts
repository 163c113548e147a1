import type { Database } from "../../db/client.ts";
import { resolutionsOfMeeting } from "../../db/queries/resolutions.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import {
  minutesPdf,
  minutesPdfName,
  type ResolutionForMinutes,
  type SignedMinutesRecord,
} from "../../documents/minutes-pdf.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";
import { dayOf } from "../shared/meeting-text.ts";
import type { MeetingFactsForMinutes } from "./record.ts";

export type MinutesPdfFile = { filename: string; content: Buffer; number: string };

/** The meeting's passed resolutions with the seat that carries each out and its due date, in the HQ's language. */
export async function resolutionsForMinutes(
  db: Database,
  facts: MeetingFactsForMinutes,
): Promise<ResolutionForMinutes[]> {
  const seats = new Map((await seatsWithHolders(db, [facts.committeeId])).map((seat) => [seat.id, seat.title]));
  const locale: Locale = facts.hqLocale;
  return (await resolutionsOfMeeting(db, facts.meetingId))
    .filter((row) => row.passed)
    .map((row) => ({
      text: row.text,
      owner: row.ownerSeatId === null ? null : (seats.get(row.ownerSeatId) ?? null),
      due: row.dueDate ? dayOf(row.dueDate, locale, facts.zone) : null,
    }));
}

/** The PDF of a version being signed: laid out from the very facts, notes and signature its text was rendered from. */
export async function pdfOfSigning(
  db: Database,
  t: Translate,
  record: Omit<SignedMinutesRecord, "resolutions">,
): Promise<MinutesPdfFile> {
  const content = await minutesPdf(t, { ...record, resolutions: await resolutionsForMinutes(db, record.facts) });
  return { filename: minutesPdfName(record.signature.number), content, number: record.signature.number };
}
