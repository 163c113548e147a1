import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.ts";
import { type CliDatabase, cliDatabase } from "../helpers/cli-database.ts";

type Run = { code: number; out: string[]; err: string[] };

async function cli(argv: string[], env: Record<string, string | undefined>): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, "--lang", "en"], env, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out, err };
}

/**
 * Every way the CLI can fail ends with a non-zero exit code and the reason on stderr, and prints nothing on stdout
 * (a redirected `roster export > file` must not hold half an answer). Scripts and cron jobs rely on the code.
 */
describe("the CLI exits non-zero on every error, with the reason on stderr", () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  let database: CliDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kargoruh-cli-"));
    database = await cliDatabase(dir);
    env = database.env;
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const failsWith = (run: Run, code: number, reason: RegExp) => {
    expect(run.code, run.err.join("\n")).toBe(code);
    expect(run.err.join("\n")).toMatch(reason);
    expect(run.out).toEqual([]);
  };

  it("an unknown command or action: usage on stderr, 2", async () => {
    failsWith(await cli(["rooster"], env), 2, /Usage/);
    failsWith(await cli(["roster", "delete"], env), 2, /Usage/);
  });

  it("an unknown option: named, 2, nothing done", async () => {
    failsWith(await cli(["roster", "template", "--hqq", "x"], env), 2, /--hqq/);
  });

  it("help is not an error: usage on stdout, 0", async () => {
    const run = await cli(["help"], env);
    expect(run.code).toBe(0);
    expect(run.out.join("\n")).toMatch(/Usage/);
    expect(run.err).toEqual([]);
  });

  it("a configuration error names the variable, 2", async () => {
    failsWith(await cli(["migrate"], { DATABASE_URL: "mysql://localhost/db" }), 2, /DATABASE_URL/);
  });

  it("a database that cannot be reached: the reason, 1, no stack trace", async () => {
    const run = await cli(["migrate"], { DATABASE_URL: "postgres://nobody@127.0.0.1:1/nothing" });
    failsWith(run, 1, /database/i);
    expect(run.err.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("roster import without a file: usage, 2", async () => {
    failsWith(await cli(["roster", "import"], env), 2, /Usage/);
  });

  it("roster import of a missing or invalid file: the reason, 1", async () => {
    failsWith(
      await cli(["roster", "import", join(dir, "missing.yaml")], env),
      1,
      /Could not read .*: there is no such file/,
    );
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "headquarters: {}\ncommittees: []\n");
    failsWith(await cli(["roster", "import", bad], env), 1, /not valid/);
  });

  it("roster export or invites before any HQ exists, or for an unknown HQ: the reason, 1", async () => {
    failsWith(await cli(["roster", "export"], env), 1, /No HQ/);
    failsWith(await cli(["roster", "export", "--hq", "nowhere"], env), 1, /No HQ|no HQ/);
  });

  it("roster invites without a token: the reason, 2", async () => {
    failsWith(await cli(["roster", "invites"], { ...env, BOT_TOKEN: "" }), 2, /BOT_TOKEN/);
  });
});
