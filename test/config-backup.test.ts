import { describe, expect, it } from "vitest";
import { ConfigError, parseCliConfig, parseConfig } from "../src/config.ts";

const TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("BACKUP_DIR and BACKUP_KEEP", () => {
  it("no BACKUP_DIR: no daily backups", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).backup).toBeUndefined();
    expect(parseConfig({ BOT_TOKEN: TOKEN, BACKUP_DIR: "" }).backup).toBeUndefined();
  });

  it("BACKUP_DIR alone keeps the newest 14; BACKUP_KEEP changes that, for the bot and the CLI alike", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, BACKUP_DIR: "/var/backups/kargoruh" }).backup).toEqual({
      dir: "/var/backups/kargoruh",
      keep: 14,
    });
    expect(parseCliConfig({ BACKUP_DIR: "b", BACKUP_KEEP: "30" }).backup).toEqual({ dir: "b", keep: 30 });
  });

  it.each(["0", "-1", "2.5", "seven", "3651"])("refuses BACKUP_KEEP=%s, naming the variable", (value) => {
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BACKUP_DIR: "b", BACKUP_KEEP: value })).toThrow(/BACKUP_KEEP must be/);
  });

  it("BACKUP_KEEP without BACKUP_DIR is a mistake, said as one", () => {
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BACKUP_KEEP: "7" })).toThrow(ConfigError);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BACKUP_KEEP: "7" })).toThrow(
      /BACKUP_KEEP is set but BACKUP_DIR is not/,
    );
  });
});
