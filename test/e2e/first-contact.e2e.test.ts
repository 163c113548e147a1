import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../helpers/process.ts";

/**
 * What a person does first on a fresh clone, run exactly as the README writes it, through npm and a shell: the
 * roster commands, and a start that cannot reach Telegram.
 */
const run = promisify(execFile);
const ARTIFACTS = join(REPO_ROOT, "test-artifacts");
const TIMEOUT = 180_000;

function readmeCommands(): string[] {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Setting up a headquarters"));
  const block = section.slice(section.indexOf("```sh") + 5, section.indexOf("```", section.indexOf("```sh") + 5));
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("npm "));
}

/** A person's shell: only PATH and HOME from the runner, plus what the test names. */
async function shell(command: string, cwd: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run("bash", ["-c", command], {
      cwd,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("first contact, as the README says", () => {
  let cwd: string;
  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    cwd = mkdtempSync(join(ARTIFACTS, "first-contact-"));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it(
    "the roster template command writes a clean file that the import command takes",
    async () => {
      const commands = readmeCommands();
      const template = commands.find((c) => c.includes("roster template"));
      const importCommand = commands.find((c) => c.includes("roster import"));
      expect(template, "the README shows the template command").toBeDefined();
      expect(importCommand, "the README shows the import command").toBeDefined();
      const env = { DATA_DIR: join(cwd, "data"), LANG: "en_US.UTF-8" };

      const written = await shell(template!, cwd, env);
      expect(written.code, written.stderr).toBe(0);
      const file = readFileSync(join(cwd, "my-county.yaml"), "utf8");
      expect(
        file.startsWith("#"),
        `the file starts with the template's comment, not npm's banner:\n${file.slice(0, 200)}`,
      ).toBe(true);
      expect(parseYaml(file)).toMatchObject({ headquarters: { key: expect.any(String) } });

      const imported = await shell(importCommand!, cwd, env);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/imported/);
    },
    TIMEOUT,
  );

  it(
    "a start that cannot reach Telegram logs each attempt and exits non-zero with a sentence within START_TIMEOUT_SECONDS",
    async () => {
      const started = Date.now();
      const result = await shell("npm start", cwd, {
        BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        TELEGRAM_API_ROOT: "http://127.0.0.1:9",
        START_TIMEOUT_SECONDS: "5",
        DATA_DIR: join(cwd, "start-data"),
      });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain("Telegram could not be reached at http://127.0.0.1:9");
      expect(result.stderr).toMatch(
        /"message":"Telegram not reached; trying again".*"apiRoot":"http:\/\/127\.0\.0\.1:9"/,
      );
      expect(Date.now() - started).toBeLessThan(60_000);
    },
    TIMEOUT,
  );
});
