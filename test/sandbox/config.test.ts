import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.ts";
import { parseSandboxConfig } from "../../src/sandbox/config.ts";

describe("npm run sandbox's settings", () => {
  it("default to ./sandbox-data, port 8080 on 127.0.0.1 and warn-level logs", () => {
    expect(parseSandboxConfig({})).toEqual({
      dataDir: "./sandbox-data",
      port: 8080,
      host: "127.0.0.1",
      logLevel: "warn",
    });
    expect(parseSandboxConfig({ SANDBOX_DATA_DIR: "", SANDBOX_PORT: "", SANDBOX_HOST: "" }).port).toBe(8080);
  });

  it("take SANDBOX_DATA_DIR, SANDBOX_PORT (0: any free port), SANDBOX_HOST and LOG_LEVEL", () => {
    expect(
      parseSandboxConfig({
        SANDBOX_DATA_DIR: "/tmp/x",
        SANDBOX_PORT: "0",
        SANDBOX_HOST: "0.0.0.0",
        LOG_LEVEL: "debug",
      }),
    ).toEqual({ dataDir: "/tmp/x", port: 0, host: "0.0.0.0", logLevel: "debug" });
  });

  it.each(["http", "-1", "65536", "80.5"])("refuse SANDBOX_PORT=%s with one sentence that names it", (port) => {
    expect(() => parseSandboxConfig({ SANDBOX_PORT: port })).toThrow(ConfigError);
    expect(() => parseSandboxConfig({ SANDBOX_PORT: port })).toThrow(/^SANDBOX_PORT must be a port number/);
  });

  it("refuse an unknown LOG_LEVEL", () => {
    expect(() => parseSandboxConfig({ LOG_LEVEL: "loud" })).toThrow("LOG_LEVEL must be one of");
  });
});
