import { defineConfig } from "vitest/config";

/**
 * The fault-injection suite (`npm run test:faults`): duplicated updates, kill -9 mid fan-out, a flaky Bot API,
 * database connections cut, two instances on one PostgreSQL, forged and unauthorized requests, fuzzed input.
 * Its files end in `.faults.ts`, so the main config (`test/**\/*.test.ts`) never picks them up.
 */
export default defineConfig({
  test: {
    include: ["test/faults/**/*.faults.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    // One file at a time: several of them start real bot processes and measure time on a two-core machine.
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
