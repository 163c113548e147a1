import { DateTime } from "luxon";
import type { Database } from "../db/client.ts";
import { scheduleJob } from "../db/queries/jobs.ts";
import { ensureRecurringJob } from "../db/queries/planned-jobs.ts";
import type { JobHandler } from "../services/shared/job-handler.ts";
import { type BackupSource, takeDailyBackup } from "./take-backup.ts";

export const DAILY_BACKUP_KIND = "backup";
const DAILY_BACKUP_KEY = "daily:backup";
/** 03:00 where the HQ is: the quietest hour, and the bot pauses for the snapshot. */
const BACKUP_HOUR = 3;
const RETRY_AFTER_MS = 60 * 60_000;

export type BackupSettings = { dir: string; keep: number };

export function nextBackupAt(now: Date, zone: string): Date {
  const today = DateTime.fromJSDate(now).setZone(zone).set({ hour: BACKUP_HOUR, minute: 0, second: 0, millisecond: 0 });
  return (today.toMillis() > now.getTime() ? today : today.plus({ days: 1 })).toJSDate();
}

/** Start-up, when BACKUP_DIR is set: the daily backup is pending, once however many instances start. */
export async function ensureDailyBackup(db: Database, now: Date, zone: string): Promise<void> {
  await ensureRecurringJob(db, {
    kind: DAILY_BACKUP_KIND,
    runAt: nextBackupAt(now, zone),
    dedupeKey: DAILY_BACKUP_KEY,
  });
}

/**
 * The daily backup: an archive in BACKUP_DIR, the newest BACKUP_KEEP kept. The next run is armed before the work, so
 * a failure never stops the daily backups: it is logged as an error and tried again in an hour. With BACKUP_DIR unset
 * (it was set when the job was planned) the job ends without re-arming.
 */
export function backupJobHandlers(deps: {
  source: BackupSource;
  settings: BackupSettings | undefined;
  zone: string;
}): Record<string, JobHandler> {
  return {
    [DAILY_BACKUP_KIND]: async (_job, { db, now, log }) => {
      const { settings } = deps;
      if (!settings) {
        log.info("backup: BACKUP_DIR is not set; daily backups stop");
        return;
      }
      await scheduleJob(db, {
        kind: DAILY_BACKUP_KIND,
        payload: {},
        runAt: nextBackupAt(now, deps.zone),
        dedupeKey: DAILY_BACKUP_KEY,
      });
      try {
        const done = await takeDailyBackup(deps.source, settings.dir, settings.keep, now);
        log.info("backup: written", { file: done.file, bytes: done.bytes, removed: done.removed });
      } catch (error) {
        log.error("backup: failed; trying again in an hour", { dir: settings.dir, error: String(error) });
        await scheduleJob(db, {
          kind: DAILY_BACKUP_KIND,
          payload: {},
          runAt: new Date(now.getTime() + RETRY_AFTER_MS),
          dedupeKey: DAILY_BACKUP_KEY,
        });
      }
    },
  };
}
