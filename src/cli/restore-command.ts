import { accessSync, constants } from "node:fs";
import type { CliConfig } from "../config.ts";
import { type Locale, localizeDigits } from "../domain/text.ts";
import { DirectoryLockedError } from "../db/directory-lock.ts";
import { openDatabase } from "../db/client.ts";
import { restoreBackup, type RestoreTarget } from "../backup/restore.ts";
import type { Translate } from "../services/shared/deps.ts";
import { auditVerifyCommand } from "./audit-command.ts";
import { backupErrorText } from "./backup-command.ts";
import type { Output } from "./output.ts";
import { readFailureText } from "./read-failure.ts";

/**
 * `restore FILE [--force]` into the configured database (DATA_DIR or DATABASE_URL), then the restored copy is opened
 * (migrated to this version) and verified as `audit verify` does: its exit code is that check's when the restore
 * itself succeeded.
 */
export async function restoreCommand(
  config: CliConfig,
  file: string | undefined,
  force: boolean,
  locale: Locale,
  t: Translate,
  io: Output,
): Promise<number> {
  if (!file) {
    io.err(t(locale, "restore-no-file"));
    return 2;
  }
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    io.err(t(locale, "restore-unreadable", { file, reason: readFailureText(t, locale, error) }));
    return 1;
  }
  const target: RestoreTarget =
    "url" in config.database
      ? { kind: "postgres", url: config.database.url }
      : { kind: "pglite", dataDir: config.database.dataDir };
  const targetText =
    target.kind === "pglite"
      ? t(locale, "restore-target-pglite", { dir: target.dataDir })
      : t(locale, "restore-target-postgres");
  let outcome: Awaited<ReturnType<typeof restoreBackup>>;
  try {
    outcome = await restoreBackup(file, target, force, new Date());
  } catch (error) {
    if (error instanceof DirectoryLockedError) {
      io.err(t(locale, "restore-in-use", { dir: error.dataDir, pid: localizeDigits(String(error.pid), locale) }));
      return 1;
    }
    io.err(backupErrorText(error, file, locale, t));
    return 1;
  }
  if (outcome.kind === "wrong_archive") {
    io.err(
      t(locale, "restore-wrong-archive", {
        file,
        target: targetText,
        archive: t(locale, `restore-archive-${outcome.archive ?? "unknown"}`),
      }),
    );
    return 1;
  }
  if (outcome.kind === "not_empty") {
    io.err(
      t(locale, "restore-not-empty", {
        target: targetText,
        aside: target.kind === "pglite" ? t(locale, "restore-not-empty-aside") : "",
      }),
    );
    return 1;
  }
  io.out(t(locale, "restore-done", { file, target: targetText }));
  if (outcome.movedAside) io.out(t(locale, "restore-moved-aside", { dir: outcome.movedAside }));
  const handle = await openDatabase(config.database);
  try {
    io.out(t(locale, "restore-checked"));
    return await auditVerifyCommand(handle.db, undefined, locale, t, io);
  } finally {
    await handle.close();
  }
}
