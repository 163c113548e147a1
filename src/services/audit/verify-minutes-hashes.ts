import type { Database } from "../../db/client.ts";
import { signedVersionHashes } from "../../db/queries/audit.ts";
import { minutesNumber, sha256Hex } from "../minutes/minutes.ts";

/** Signed minutes whose stored text no longer gives the SHA-256 stored (and sent to members) at signing. */
export async function verifyMinutesHashes(
  db: Database,
  hqId?: number,
): Promise<{ checked: number; mismatched: string[] }> {
  const versions = await signedVersionHashes(db, hqId);
  const mismatched = versions
    .filter((version) => sha256Hex(version.text) !== version.sha256)
    .map((version) => minutesNumber(version.minutesId, version.version));
  return { checked: versions.length, mismatched };
}
