import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type DatabaseHandle, PGLITE_START_PARAMS } from "../db/client.ts";

/** The PGlite instance behind an open embedded database; null on PostgreSQL. */
export function pgliteClientOf(handle: DatabaseHandle): PGlite | null {
  return handle.backend === "pglite" ? (handle.db as unknown as { $client: PGlite }).$client : null;
}

/**
 * A consistent copy of the embedded database while the bot keeps running. PGlite is one PostgreSQL backend in this
 * process and runs one transaction at a time: inside a transaction of its own, none of the bot's is half done; the
 * checkpoint writes every committed change into the data files; the dump (a gzip tarball of the data directory) is
 * taken before the bot's next transaction may start. The bot pauses for that long, a second or two for a county.
 */
export async function snapshotPglite(client: PGlite): Promise<Uint8Array> {
  const dump = await client.transaction(async (tx) => {
    await tx.exec("checkpoint");
    return client.dumpDataDir("gzip");
  });
  return new Uint8Array(await dump.arrayBuffer());
}

/** Files of the running instance that must not travel with a copy: the pid lock names a process on the source machine. */
const INSTANCE_FILES = ["kargoruh.lock", "postmaster.pid"];

/** Unpacks an archive from snapshotPglite into `dataDir`, which must not exist or be empty. */
export async function unpackPgliteArchive(archive: Uint8Array, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty`);
  const client = await PGlite.create({
    dataDir,
    loadDataDir: new Blob([Buffer.from(archive)]),
    startParams: [...PGLITE_START_PARAMS],
  });
  await client.close();
  for (const name of INSTANCE_FILES) rmSync(join(dataDir, name), { force: true });
}
