import { chmodSync, existsSync, rmSync } from "node:fs";
import { createConnection, createServer, type Server } from "node:net";
import { basename, dirname, join, relative, resolve } from "node:path";

/**
 * While the bot runs, its embedded database can be opened by no other process (PGlite is one PostgreSQL backend in
 * the bot's own process, and copying the directory underneath it is not a consistent copy). So the bot listens on a
 * Unix socket beside the data directory, readable and writable by its own user only, and hands a snapshot to whoever
 * asks: `npm run cli -- backup FILE` connects there, receives the archive and writes FILE itself, so the bot never
 * writes a path someone else chose.
 *
 * Protocol: the client sends "snapshot\n"; the bot answers "ok <bytes>\n" and the archive, or "error <reason>\n".
 */
export function backupSocketPath(dataDir: string): string {
  const absolute = resolve(dataDir);
  const path = join(dirname(absolute), `.${basename(absolute)}.backup.sock`);
  // A socket path is limited to about 100 bytes; relative to the working directory it is usually shorter.
  return path.length < 100 ? path : relative(process.cwd(), path);
}

export type SnapshotServer = { close(): Promise<void> };

export function serveSnapshots(
  dataDir: string,
  snapshot: () => Promise<Uint8Array>,
  log: { warn(message: string, fields?: Record<string, unknown>): void },
): Promise<SnapshotServer> {
  const path = backupSocketPath(dataDir);
  // A socket left by a process that crashed: the data directory's lock says this process is now its only user.
  if (existsSync(path)) rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    let request = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      request += chunk;
      if (!request.includes("\n")) return;
      socket.removeAllListeners("data");
      if (request.trim() !== "snapshot") {
        socket.end("error unknown request\n");
        return;
      }
      snapshot().then(
        (bytes) => {
          socket.write(`ok ${bytes.length}\n`);
          socket.end(bytes);
        },
        (error: unknown) => {
          log.warn("backup snapshot failed", { error: String(error) });
          socket.end(`error ${String(error).replace(/\n/g, " ")}\n`);
        },
      );
    });
    socket.on("error", () => {});
  });
  return new Promise((resolveServer, reject) => {
    server.once("error", reject);
    server.listen(path, () => {
      chmodSync(path, 0o600);
      resolveServer({
        close: () =>
          new Promise((done) => {
            server.close(() => {
              rmSync(path, { force: true });
              done();
            });
          }),
      });
    });
  });
}

export class SnapshotRequestError extends Error {
  constructor(
    readonly reason: "no_bot" | "refused",
    detail: string,
  ) {
    super(detail);
  }
}

/** Asks the bot that holds `dataDir` for a snapshot. */
export function requestSnapshot(dataDir: string, timeoutMs = 10 * 60_000): Promise<Uint8Array> {
  const path = backupSocketPath(dataDir);
  return new Promise((resolveBytes, reject) => {
    const socket = createConnection(path);
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    socket.once("connect", () => socket.write("snapshot\n"));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.once("error", (error: NodeJS.ErrnoException) => {
      const gone = error.code === "ENOENT" || error.code === "ECONNREFUSED";
      reject(new SnapshotRequestError(gone ? "no_bot" : "refused", `${path}: ${error.message}`));
    });
    socket.once("end", () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(0x0a);
      const status = newline < 0 ? all.toString("utf8") : all.subarray(0, newline).toString("utf8");
      const ok = /^ok (\d+)$/.exec(status);
      if (!ok) return reject(new SnapshotRequestError("refused", status.replace(/^error /, "")));
      const body = all.subarray(newline + 1);
      if (body.length !== Number(ok[1]))
        return reject(new SnapshotRequestError("refused", `received ${body.length} of ${ok[1]} bytes`));
      resolveBytes(new Uint8Array(body));
    });
  });
}
