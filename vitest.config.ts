import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two cores: more workers only queue behind each other and starve the embedded databases.
    maxWorkers: 2,
  },
});
