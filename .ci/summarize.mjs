// Reads vitest's JSON reports and prints the plain closing line CI looks for: "N passed, N failed, N skipped".
// Each failed test is listed first (report, file, name and the first line of its error), so a CI log cut to its tail
// still says what failed.
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: no report (the run did not finish)`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults ?? []) {
    const where = relative(process.cwd(), suite.name);
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== "failed") continue;
      const message = (test.failureMessages?.[0] ?? "").split("\n").find((line) => line.trim()) ?? "";
      failures.push(`FAILED [${file.replace(/.*\//, "")}] ${where} > ${test.fullName}: ${message.slice(0, 300)}`);
    }
    if (suite.status === "failed" && !(suite.assertionResults ?? []).some((t) => t.status === "failed")) {
      failures.push(
        `FAILED [${file.replace(/.*\//, "")}] ${where}: ${(suite.message ?? "").split("\n")[0].slice(0, 300)}`,
      );
    }
  }
}
for (const line of failures) console.log(line);
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
