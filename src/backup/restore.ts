import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { acquireDirectoryLock } from "../db/directory-lock.ts";
import { type ArchiveKind, archiveKindOfFile, readArchive } from "./archive.ts";
import { unpackPgliteArchive } from "./pglite-snapshot.ts";
import { pgRestore, postgresHasTables } from "./pg-dump.ts";
import { fileStamp } from "./take-backup.ts";

export type RestoreTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export type RestoreOutcome =
  | { kind: "restored"; movedAside: string | null }
  | { kind: "not_empty" }
  | { kind: "wrong_archive"; archive: ArchiveKind | null };

const EXPECTED: Record<RestoreTarget["kind"], ArchiveKind> = { pglite: "pglite", postgres: "pg_dump" };

/**
 * Restores a backup into the configured database. A target that holds anything is refused unless `force`: then an
 * embedded directory is moved aside (never deleted; its new name is returned), and a PostgreSQL database has the
 * archive's objects dropped and recreated in one transaction. A directory the bot is using throws
 * DirectoryLockedError: a restore under a running bot would be overwritten by it.
 */
export async function restoreBackup(
  file: string,
  target: RestoreTarget,
  force: boolean,
  now: Date,
): Promise<RestoreOutcome> {
  const archive = archiveKindOfFile(file);
  if (archive !== EXPECTED[target.kind]) return { kind: "wrong_archive", archive };
  if (target.kind === "postgres") {
    if (!force && (await postgresHasTables(target.url))) return { kind: "not_empty" };
    await pgRestore(target.url, file, force);
    return { kind: "restored", movedAside: null };
  }
  const { dataDir } = target;
  const occupied = existsSync(dataDir) && readdirSync(dataDir).length > 0;
  if (occupied && !force) return { kind: "not_empty" };
  // Throws while a bot holds the directory, before any work; released at once, only the rename below follows.
  if (occupied) acquireDirectoryLock(dataDir).release();
  const staging = `${dataDir}.restoring-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await unpackPgliteArchive(readArchive(file), staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  let movedAside: string | null = null;
  if (existsSync(dataDir)) {
    if (occupied) {
      movedAside = `${dataDir}.replaced-${fileStamp(now)}`;
      renameSync(dataDir, movedAside);
    } else {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  renameSync(staging, dataDir);
  return { kind: "restored", movedAside };
}
