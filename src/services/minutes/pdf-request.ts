import type { Database } from "../../db/client.ts";
import { invitationsOf } from "../../db/queries/meetings.ts";
import { findMinutes, findVersion, type MinutesRow, type MinutesVersionRow } from "../../db/queries/minutes.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import type { SignedMinutesRecord } from "../../documents/minutes-pdf.ts";
import type { ServiceDeps, Translate } from "../shared/deps.ts";
import { minutesNumber, sha256Hex } from "./minutes.ts";
import { type MinutesPdfFile, pdfOfSigning } from "./pdf.ts";
import { factsForMinutes } from "./record.ts";
import { renderMinutes, type Signature } from "./render.ts";

/**
 * A signed version's record rebuilt from the database, accepted only when it renders to the very text whose hash
 * was signed: a PDF never shows anything the signed text does not say. The signer's role is not stored with a
 * version; of the two roles that may sign (B9), the one whose text matches the hash is the one that signed.
 */
async function rebuiltRecord(
  db: Database,
  t: Translate,
  row: MinutesRow,
  version: MinutesVersionRow,
): Promise<Omit<SignedMinutesRecord, "resolutions"> | undefined> {
  const facts = await factsForMinutes(db, row.meetingId);
  const signer = await findPersonById(db, version.signedByPersonId);
  if (!facts || !signer) return undefined;
  const superseded =
    version.supersedesVersionId === null ? undefined : await findVersion(db, version.supersedesVersionId);
  for (const signerRole of ["secretary", "chair"] as const) {
    const signature: Signature = {
      number: minutesNumber(row.id, version.version),
      signerName: signer.name,
      signerRole,
      signedAt: version.signedAt,
      supersedes: superseded ? minutesNumber(row.id, superseded.version) : null,
      correctionNote: version.correctionNote,
      auditHead: version.auditHead,
    };
    if (sha256Hex(renderMinutes(t, facts, row, signature)) === version.sha256)
      return { facts, notes: row, signature, sha256: version.sha256 };
  }
  return undefined;
}

export type MinutesPdfResult =
  | { kind: "pdf"; file: MinutesPdfFile }
  | { kind: "not_member" }
  | { kind: "changed"; number: string }
  | { kind: "unknown" };

/**
 * The "PDF" button under signed minutes: any member of the working group, or anyone invited to the meeting, gets
 * that version's PDF. Reads only.
 */
export async function minutesPdfFor(deps: ServiceDeps, personId: number, versionId: number): Promise<MinutesPdfResult> {
  const version = await findVersion(deps.db, versionId);
  if (!version) return { kind: "unknown" };
  const row = await findMinutes(deps.db, version.minutesId);
  if (!row) return { kind: "unknown" };
  const invited = (await invitationsOf(deps.db, row.meetingId)).some((i) => i.personId === personId);
  const seated = (await seatsWithHolders(deps.db, [row.committeeId])).some((s) => s.holder?.personId === personId);
  if (!invited && !seated) return { kind: "not_member" };
  const record = await rebuiltRecord(deps.db, deps.t, row, version);
  if (!record) return { kind: "changed", number: minutesNumber(row.id, version.version) };
  return { kind: "pdf", file: await pdfOfSigning(deps.db, deps.t, record) };
}
