import { existsSync, renameSync, rmSync } from "node:fs";
import { openDatabase } from "./client.ts";

/**
 * Builds the template in a directory of its own and swaps it in with renames, so a bot starting meanwhile copies
 * either the old template or the new one, never half of one. Opening it creates it the way a bot's DATA_DIR is
 * created (from the previous template when there is one, then the newer migrations), so both are the same database.
 */
export async function buildPgliteTemplate(templateDir: string): Promise<void> {
  const staging = `${templateDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const database = await openDatabase({ dataDir: staging, checkpointEveryMs: 60 * 60_000 });
  await database.close();
  const old = `${templateDir}.old-${process.pid}`;
  if (existsSync(templateDir)) renameSync(templateDir, old);
  renameSync(staging, templateDir);
  rmSync(old, { recursive: true, force: true });
}
