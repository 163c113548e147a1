import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomically } from "./archive.ts";
import { pgDump } from "./pg-dump.ts";

/** Where a consistent copy comes from: the running PGlite's snapshot, or pg_dump against the server. */
export type BackupSource = { kind: "pglite"; snapshot: () => Promise<Uint8Array> } | { kind: "postgres"; url: string };

export async function writeBackup(source: BackupSource, file: string): Promise<number> {
  if (source.kind === "pglite") {
    const bytes = await source.snapshot();
    writeFileAtomically(file, bytes);
    return bytes.length;
  }
  // pg_dump writes beside the target first, for the same reason writeFileAtomically does.
  const partial = `${file}.partial-${process.pid}`;
  try {
    await pgDump(source.url, partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return statSync(file).size;
}

const DAILY_NAME = /^kargoruh-(\d{8}T\d{6}Z)\.(pglite\.tar\.gz|pgdump)$/;

/** 20261207T030000Z: a UTC time for a file name, sorting as it reads. */
export function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/** kargoruh-20261207T030000Z.pglite.tar.gz: sorts by time, says what restores it. */
function dailyBackupName(now: Date, kind: BackupSource["kind"]): string {
  return `kargoruh-${fileStamp(now)}.${kind === "pglite" ? "pglite.tar.gz" : "pgdump"}`;
}

/** Keeps the newest `keep` of the daily backups in `dir`; other files there are never touched. Returns those removed. */
function pruneDailyBackups(dir: string, keep: number): string[] {
  const daily = readdirSync(dir)
    .filter((name) => DAILY_NAME.test(name))
    .sort((a, b) => DAILY_NAME.exec(b)![1]!.localeCompare(DAILY_NAME.exec(a)![1]!));
  const removed = daily.slice(keep);
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}

/** One daily backup into `dir`, then the oldest beyond `keep` removed. */
export async function takeDailyBackup(
  source: BackupSource,
  dir: string,
  keep: number,
  now: Date,
): Promise<{ file: string; bytes: number; removed: string[] }> {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const file = join(dir, dailyBackupName(now, source.kind));
  const bytes = await writeBackup(source, file);
  return { file, bytes, removed: pruneDailyBackups(dir, keep) };
}
