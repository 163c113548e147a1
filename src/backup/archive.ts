import { closeSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from "node:fs";

/**
 * What a backup file holds. PGlite: its data directory as PGlite's own gzip tarball (`dumpDataDir`), loadable by
 * PGlite anywhere. PostgreSQL: pg_dump's custom format, restored by pg_restore. The first bytes tell them apart.
 */
export type ArchiveKind = "pglite" | "pg_dump";

function archiveKindOf(head: Uint8Array): ArchiveKind | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "pglite";
  if (head.length >= 5 && Buffer.from(head.subarray(0, 5)).toString("latin1") === "PGDMP") return "pg_dump";
  return null;
}

export function archiveKindOfFile(file: string): ArchiveKind | null {
  const fd = openSync(file, "r");
  try {
    // Five bytes, not the whole archive, to learn its kind.
    const head = Buffer.alloc(5);
    const read = readSync(fd, head, 0, head.length, 0);
    return archiveKindOf(head.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/**
 * Written beside the target and renamed over it once flushed: a crash or a full disk mid-way leaves the previous
 * file (or none), never a truncated archive under the backup's name.
 */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial-${process.pid}`;
  try {
    const fd = openSync(partial, "w", 0o600);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export function readArchive(file: string): Uint8Array {
  return readFileSync(file);
}
