import type { Config } from "../config.ts";
import type { DatabaseHandle } from "../db/client.ts";
import type { JobHandler } from "../services/shared/job-handler.ts";
import type { Logger } from "../logger.ts";
import { type SnapshotServer, serveSnapshots } from "./control-socket.ts";
import { backupJobHandlers, ensureDailyBackup } from "./daily-backup-job.ts";
import { pgliteClientOf, snapshotPglite } from "./pglite-snapshot.ts";
import type { BackupSource } from "./take-backup.ts";

export type RunningBackups = { jobHandlers: Record<string, JobHandler>; stop(): Promise<void> };

/**
 * The bot's side of backups: on the embedded database it answers `npm run cli -- backup` (no other process can
 * open it), and with BACKUP_DIR set the daily backup is armed. The job's handler is always registered, so a backup
 * job armed before BACKUP_DIR was unset ends cleanly instead of failing as an unknown kind.
 */
export async function startBackups(
  database: DatabaseHandle,
  config: Pick<Config, "database" | "backup" | "defaultTimezone">,
  log: Pick<Logger, "info" | "warn" | "error">,
  now: Date,
): Promise<RunningBackups> {
  const client = pgliteClientOf(database);
  const source: BackupSource =
    client && "dataDir" in config.database
      ? { kind: "pglite", snapshot: () => snapshotPglite(client) }
      : { kind: "postgres", url: "url" in config.database ? config.database.url : "" };
  let server: SnapshotServer | null = null;
  if (source.kind === "pglite" && "dataDir" in config.database) {
    try {
      server = await serveSnapshots(config.database.dataDir, source.snapshot, log);
    } catch (error) {
      log.warn("backup socket not opened: `npm run cli -- backup` cannot reach this bot", { error: String(error) });
    }
  }
  if (config.backup) {
    await ensureDailyBackup(database.db, now, config.defaultTimezone);
    log.info("daily backups armed", { dir: config.backup.dir, keep: config.backup.keep });
  }
  return {
    jobHandlers: backupJobHandlers({ source, settings: config.backup, zone: config.defaultTimezone }),
    stop: async () => {
      await server?.close();
    },
  };
}
