import type { Database } from "../../db/client.ts";
import { findCommitteeById } from "../../db/queries/committees.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import {
  findMinutes,
  type MinutesVersionRow,
  versionByNumber,
  versionsByHash,
  versionsOf,
} from "../../db/queries/minutes.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { normalizeDigits } from "../../domain/text.ts";
import { minutesNumber, sha256Hex } from "./minutes.ts";

export type VerifyResult =
  | {
      kind: "match";
      number: string;
      sha256: string;
      committeeTitle: { fa: string; en: string };
      signerName: string;
      signedAt: Date;
      zone: string;
      superseded: boolean;
    }
  | { kind: "no_match"; sha256: string | null }
  | { kind: "empty" };

const HASH = /^[0-9a-f]{64}$/;
const NUMBER = /^(\d{1,9})\s*[/-]\s*(\d{1,6})$/;

/**
 * `/verify` with a hash, a minutes number (12/1) or the text of a copy: says whether it matches a signed version,
 * and which. Anyone may ask: a signed minutes' hash is meant to be checked.
 */
export async function verifyMinutes(db: Database, input: string): Promise<VerifyResult> {
  const trimmed = input.trim();
  if (!trimmed) return { kind: "empty" };
  const compact = normalizeDigits(trimmed).toLowerCase();
  const byNumber = NUMBER.exec(compact);
  if (byNumber) {
    const version = await versionByNumber(db, Number(byNumber[1]), Number(byNumber[2]));
    return version ? describe(db, version) : { kind: "no_match", sha256: null };
  }
  const hash = HASH.test(compact) ? compact : sha256Hex(trimmed);
  const [version] = await versionsByHash(db, hash);
  return version ? describe(db, version) : { kind: "no_match", sha256: hash };
}

async function describe(db: Database, version: MinutesVersionRow): Promise<VerifyResult> {
  const row = (await findMinutes(db, version.minutesId))!;
  const committee = (await findCommitteeById(db, row.committeeId))!;
  const signer = await findPersonById(db, version.signedByPersonId);
  const hq = (await findHeadquartersById(db, committee.hqId))!;
  const latest = (await versionsOf(db, row.id)).at(-1)!;
  return {
    kind: "match",
    number: minutesNumber(row.id, version.version),
    sha256: version.sha256,
    committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
    signerName: signer?.name ?? "—",
    signedAt: version.signedAt,
    zone: hq.timezone,
    superseded: latest.id !== version.id,
  };
}
