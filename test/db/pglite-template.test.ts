import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { buildPgliteTemplate } from "../../src/db/pglite-template-build.ts";
import { copyPgliteTemplate, PG_VERSION_FILE } from "../../src/db/pglite-template.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kargoruh-template-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a new DATA_DIR starts as a copy of the built template", () => {
  it("copies every file and PG_VERSION, leaving the directory's own lock file in place", () => {
    const template = tempDir();
    mkdirSync(join(template, "base", "1"), { recursive: true });
    writeFileSync(join(template, "base", "1", "page"), "rows");
    writeFileSync(join(template, PG_VERSION_FILE), "17");
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "kargoruh.lock"), "123");
    expect(copyPgliteTemplate(dataDir, template)).toBe(true);
    expect(readFileSync(join(dataDir, "base", "1", "page"), "utf8")).toBe("rows");
    expect(readFileSync(join(dataDir, PG_VERSION_FILE), "utf8")).toBe("17");
    expect(readFileSync(join(dataDir, "kargoruh.lock"), "utf8")).toBe("123");
  });

  it("without a template (a tree never built, or one cut short before PG_VERSION) nothing is copied", () => {
    const template = tempDir();
    mkdirSync(join(template, "base"));
    const dataDir = tempDir();
    expect(copyPgliteTemplate(dataDir, join(template, "missing"))).toBe(false);
    expect(copyPgliteTemplate(dataDir, template)).toBe(false);
    expect(existsSync(join(dataDir, "base"))).toBe(false);
  });

  it("a database opened from a built template is migrated and usable, and the build leaves no lock in the template", async () => {
    const template = join(tempDir(), "template");
    await buildPgliteTemplate(template);
    expect(existsSync(join(template, PG_VERSION_FILE))).toBe(true);
    expect(existsSync(join(template, "kargoruh.lock")), "the build leaves no lock behind").toBe(false);
    const dataDir = join(tempDir(), "data");
    mkdirSync(dataDir);
    expect(copyPgliteTemplate(dataDir, template)).toBe(true);
    const database = await openDatabase({ dataDir });
    try {
      const rows = await database.db.execute("select count(*)::int as n from drizzle.__drizzle_migrations");
      expect(Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  }, 120_000);
});
