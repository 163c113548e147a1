import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixPostgresConnection } from "../../src/launcher/postgres-driver-fix.mjs";
import { projectPath } from "../../src/project-root.ts";

/**
 * postgres.js 3.4.9 leaves a connection unable to flush its writes after the server dropped it with a write waiting
 * (porsager/postgres#1208): the bot bundles the driver with a fix (src/launcher/postgres-driver-fix.mjs). The fault
 * suite's connection-cut case is the behaviour; these check the fix is where the running bot loads it.
 */
const installed = readFileSync(projectPath("node_modules/postgres/src/connection.js"), "utf8");

describe("the postgres.js driver fix", () => {
  it("applies to the installed driver: a closed connection forgets its unsent bytes and its cancelled write", () => {
    const fixed = fixPostgresConnection(installed);
    const afterClose =
      /function closed\(hadError\) \{[\s\S]*?clearImmediate\(nextWriteTimer\)\n\s*chunk = nextWriteTimer = null/;
    const afterTerminate =
      /function terminate\(\) \{[\s\S]*?clearImmediate\(nextWriteTimer\)\n\s*chunk = nextWriteTimer = null/;
    expect(fixed).toMatch(afterClose);
    expect(fixed).toMatch(afterTerminate);
    expect(installed).not.toMatch(afterClose);
  });

  it("a write with no socket rejects what is pending as a lost connection instead of throwing from a timer", () => {
    const fixed = fixPostgresConnection(installed);
    expect(fixed).toMatch(
      /function nextWrite\(fn\) \{\n\s*if \(!socket\) \{[\s\S]*?CONNECTION_CLOSED[\s\S]*?return false/,
    );
  });

  it("refuses a driver it was not written for, so an upgrade is looked at rather than silently left unfixed", () => {
    expect(() => fixPostgresConnection("export default function Connection() {}")).toThrow(/not the 3\.4\.9/);
    // Applied twice: the text it looks for is no longer there.
    expect(() => fixPostgresConnection(fixPostgresConnection(installed))).toThrow(/not the 3\.4\.9/);
  });

  it("the built bot carries the fixed driver and imports no other copy of it", () => {
    const bundle = readFileSync(projectPath("dist/app/main.mjs"), "utf8");
    expect(bundle).toContain("if (!socket) {");
    expect(bundle.match(/chunk = nextWriteTimer = null/g)?.length).toBe(4);
    expect(bundle).not.toMatch(/from "postgres"/);
  });
});
