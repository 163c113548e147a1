import { spawn } from "node:child_process";
import postgres from "postgres";

/** Why pg_dump or pg_restore could not do the work, in terms the operator can act on (the CLI translates the kind). */
export class PgToolError extends Error {
  constructor(
    readonly reason: "missing" | "version_mismatch" | "failed",
    readonly tool: "pg_dump" | "pg_restore",
    readonly detail: { toolVersion?: string; serverVersion?: string; stderr?: string } = {},
  ) {
    super(`${tool}: ${reason}${detail.stderr ? `: ${detail.stderr}` : ""}`);
  }
}

type Run = { code: number | null; stdout: string; stderr: string; missing: boolean };

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // The password travels in the URL argument as libpq reads it; nothing is echoed back.
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4000);
    });
    child.once("error", (error: NodeJS.ErrnoException) =>
      resolve({ code: null, stdout, stderr: error.message, missing: error.code === "ENOENT" }),
    );
    child.once("close", (code) => resolve({ code, stdout, stderr: stderr.trim(), missing: false }));
  });
}

/** "pg_dump (PostgreSQL) 15.20 (Debian …)" → 15. */
function majorOf(version: string): number | null {
  const match = /(\d+)(?:\.\d+)?/.exec(version);
  return match ? Number(match[1]) : null;
}

async function toolVersion(tool: "pg_dump" | "pg_restore"): Promise<string> {
  const result = await run(tool, ["--version"]);
  if (result.missing || result.code !== 0) throw new PgToolError("missing", tool);
  return result.stdout.trim();
}

/** One short-lived connection for a question about the server. */
async function askServer<T>(url: string, ask: (client: postgres.Sql) => Promise<T>): Promise<T> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await ask(client);
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function serverVersion(url: string): Promise<string> {
  const [row] = await askServer(url, (client) => client<{ server_version: string }[]>`show server_version`);
  return row!.server_version;
}

/**
 * pg_dump refuses a server newer than itself; said before it runs, with both versions, so the operator knows which
 * client package to install.
 */
async function checkedTool(tool: "pg_dump" | "pg_restore", url: string): Promise<void> {
  const [version, server] = await Promise.all([toolVersion(tool), serverVersion(url)]);
  const toolMajor = majorOf(version);
  const serverMajor = majorOf(server);
  if (toolMajor !== null && serverMajor !== null && toolMajor < serverMajor) {
    throw new PgToolError("version_mismatch", tool, { toolVersion: version, serverVersion: server });
  }
}

/** pg_dump's own snapshot makes the archive consistent while the bot writes: one repeatable-read transaction. */
export async function pgDump(url: string, file: string): Promise<void> {
  await checkedTool("pg_dump", url);
  const result = await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${url}`]);
  if (result.code !== 0) throw new PgToolError("failed", "pg_dump", { stderr: result.stderr });
}

/** In one transaction: a failure leaves the target as it was. `replace` drops the archive's objects first. */
export async function pgRestore(url: string, file: string, replace: boolean): Promise<void> {
  await checkedTool("pg_restore", url);
  const args = ["--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${url}`];
  if (replace) args.push("--clean", "--if-exists");
  const result = await run("pg_restore", [...args, file]);
  if (result.code !== 0) throw new PgToolError("failed", "pg_restore", { stderr: result.stderr });
}

/** Whether the database holds any table of the bot's (its schema or drizzle's migration record). */
export async function postgresHasTables(url: string): Promise<boolean> {
  const [row] = await askServer(
    url,
    (client) =>
      client<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`,
  );
  return (row?.n ?? 0) > 0;
}
