import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCli } from "../../src/cli/run-cli.ts";
import { BotApiEmulator } from "../../src/sandbox/bot-api/emulator.ts";
import { rosterInput } from "../helpers/rosters.ts";
import { type CliDatabase, cliDatabase } from "../helpers/cli-database.ts";

type Run = { code: number; out: string[]; err: string[] };

async function cli(argv: string[], env: Record<string, string | undefined>, lang = "fa"): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, "--lang", lang], env, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out, err };
}

/** `roster invites` on Bale: the links are ble.ir links, and a Bot API out of reach is named as Bale's. */
describe("the CLI's invite links on Bale (PLATFORM=bale)", () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  let emu: BotApiEmulator;
  let database: CliDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kargoruh-cli-bale-"));
    emu = await BotApiEmulator.start({ platform: "bale" });
    database = await cliDatabase(dir);
    env = {
      ...database.env,
      PLATFORM: "bale",
      BOT_TOKEN: emu.token,
      BOT_API_ROOT: emu.url,
    };
    const file = join(dir, "roster.yaml");
    writeFileSync(file, stringify(rosterInput({ hqKey: "bale-cli" })));
    const imported = await cli(["roster", "import", file], env);
    expect(imported.code, imported.err.join("\n")).toBe(0);
  });
  afterAll(async () => {
    await emu.stop();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("one ble.ir link a vacant seat, no t.me link", async () => {
    const run = await cli(["roster", "invites", "--hq", "bale-cli"], env);
    expect(run.code, run.err.join("\n")).toBe(0);
    const text = run.out.join("\n");
    const links = [...text.matchAll(/https:\/\/ble\.ir\/([A-Za-z0-9_]+)\?start=[A-Za-z0-9_-]+/g)];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link[1] === emu.botInfo.username)).toBe(true);
    expect(text).not.toContain("t.me");
  });

  it("a Bot API out of reach is named as Bale's, in Persian and in English", async () => {
    const away = { ...env, BOT_API_ROOT: "http://127.0.0.1:9" };
    const fa = await cli(["roster", "invites", "--hq", "bale-cli"], away);
    expect(fa.code).toBe(1);
    expect(fa.err.join("\n")).toContain("ارتباط با بله برای گرفتن نام کاربری ربات برقرار نشد");
    const en = await cli(["roster", "invites", "--hq", "bale-cli"], away, "en");
    expect(en.err.join("\n")).toContain("Could not reach Bale to get the bot's username");
    expect(en.err.join("\n")).toContain("BOT_API_ROOT");
  });
});
