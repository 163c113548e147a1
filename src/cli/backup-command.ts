import type { CliConfig } from "../config.ts";
import { formatDateTime } from "../domain/calendar.ts";
import { type Locale, localizeDigits } from "../domain/text.ts";
import { DirectoryLockedError } from "../db/directory-lock.ts";
import { openDatabase } from "../db/client.ts";
import { isNewDataDir } from "../db/pglite-template.ts";
import { backupSocketPath, requestSnapshot, SnapshotRequestError } from "../backup/control-socket.ts";
import { pgliteClientOf, snapshotPglite } from "../backup/pglite-snapshot.ts";
import { PgToolError } from "../backup/pg-dump.ts";
import { writeBackup } from "../backup/take-backup.ts";
import type { Translate } from "../services/shared/deps.ts";
import type { Output } from "./output.ts";

/**
 * `backup FILE`: pg_dump with DATABASE_URL; otherwise the embedded database's snapshot, taken by the running bot
 * through its backup socket, or by this process when no bot holds the directory.
 */
export async function backupCommand(
  config: CliConfig,
  file: string | undefined,
  locale: Locale,
  t: Translate,
  io: Output,
): Promise<number> {
  if (!file) {
    io.err(t(locale, "backup-no-file"));
    return 2;
  }
  const at = new Date();
  try {
    let size: number;
    if ("url" in config.database) size = await writeBackup({ kind: "postgres", url: config.database.url }, file);
    else {
      const snapshot = await embeddedSnapshot(config.database.dataDir, locale, t, io);
      if (snapshot === null) return 1;
      size = await writeBackup({ kind: "pglite", snapshot: async () => snapshot }, file);
    }
    io.out(
      t(locale, "backup-written", {
        file,
        size: sizeText(size, locale),
        at: formatDateTime(at, locale, config.defaultTimezone),
      }),
    );
    return 0;
  } catch (error) {
    io.err(backupErrorText(error, file, locale, t));
    return 1;
  }
}

/** The snapshot bytes, or null after saying why there are none. */
export async function embeddedSnapshot(
  dataDir: string,
  locale: Locale,
  t: Translate,
  io: Output,
): Promise<Uint8Array | null> {
  if (isNewDataDir(dataDir)) {
    io.err(t(locale, "backup-no-database", { dir: dataDir }));
    return null;
  }
  try {
    const handle = await openDatabase({ dataDir });
    try {
      return await snapshotPglite(pgliteClientOf(handle)!);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!(error instanceof DirectoryLockedError)) throw error;
    try {
      const bytes = await requestSnapshot(dataDir);
      io.out(t(locale, "backup-from-running-bot"));
      return bytes;
    } catch (request) {
      if (!(request instanceof SnapshotRequestError)) throw request;
      if (request.reason === "refused") io.err(t(locale, "backup-bot-refused", { reason: request.message }));
      else
        io.err(
          t(locale, "backup-bot-silent", {
            pid: String(error.pid),
            dir: dataDir,
            socket: backupSocketPath(dataDir),
            reason: request.message,
          }),
        );
      return null;
    }
  }
}

export function backupErrorText(error: unknown, file: string, locale: Locale, t: Translate): string {
  if (error instanceof PgToolError) {
    if (error.reason === "missing") return t(locale, "backup-tool-missing", { tool: error.tool });
    if (error.reason === "version_mismatch") {
      return t(locale, "backup-tool-version", {
        tool: error.tool,
        toolVersion: error.detail.toolVersion ?? "?",
        serverVersion: error.detail.serverVersion ?? "?",
      });
    }
    return t(locale, "backup-tool-failed", { tool: error.tool, reason: error.detail.stderr ?? error.message });
  }
  const reason = error instanceof Error ? error.message : String(error);
  if ((error as NodeJS.ErrnoException).code !== undefined) return t(locale, "backup-write-failed", { file, reason });
  return t(locale, "backup-failed", { reason });
}

function sizeText(bytes: number, locale: Locale): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return localizeDigits(`${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`, locale);
}
