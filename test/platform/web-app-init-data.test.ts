import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkInitData, INIT_DATA_MAX_AGE_SECONDS, signInitData } from "../../src/platform/web-app-init-data.ts";

const TOKEN = "123456:TEST-token-for-the-local-emulator";
const NOW = new Date("2026-12-07T10:00:00Z");
const USER = { id: 4242, first_name: "مریم", language_code: "fa" };

/** Telegram's recipe, written out again here so the module is checked against it rather than against itself. */
function telegramHash(fields: Record<string, string>, token: string): string {
  const key = createHmac("sha256", "WebAppData").update(token).digest();
  const check = Object.keys(fields)
    .sort()
    .map((name) => `${name}=${fields[name]}`)
    .join("\n");
  return createHmac("sha256", key).update(check).digest("hex");
}

describe("Mini App initData", () => {
  it("accepts data signed as Telegram signs it, and reads the user", () => {
    const fields = {
      auth_date: String(NOW.getTime() / 1000 - 30),
      query_id: "AAH",
      user: JSON.stringify(USER),
    };
    const initData = new URLSearchParams({ ...fields, hash: telegramHash(fields, TOKEN) }).toString();
    const result = checkInitData(initData, TOKEN, NOW);
    expect(result).toEqual({ ok: true, user: USER, authDate: new Date(NOW.getTime() - 30_000) });
  });

  it("signInitData produces data the check accepts", () => {
    const result = checkInitData(signInitData(USER, TOKEN, NOW), TOKEN, NOW);
    expect(result.ok && result.user.id).toBe(4242);
  });

  it("refuses a forged hash, a changed user and another bot's signature", () => {
    const good = new URLSearchParams(signInitData(USER, TOKEN, NOW));
    const forged = new URLSearchParams(good);
    forged.set("hash", "0".repeat(64));
    expect(checkInitData(forged.toString(), TOKEN, NOW)).toEqual({ ok: false, reason: "forged" });
    const otherUser = new URLSearchParams(good);
    otherUser.set("user", JSON.stringify({ ...USER, id: 1 }));
    expect(checkInitData(otherUser.toString(), TOKEN, NOW)).toEqual({ ok: false, reason: "forged" });
    expect(checkInitData(signInitData(USER, "999:another-bot-token-abcdefghij", NOW), TOKEN, NOW)).toEqual({
      ok: false,
      reason: "forged",
    });
  });

  it("refuses launch data older than the limit, or from the future", () => {
    const old = new Date(NOW.getTime() - (INIT_DATA_MAX_AGE_SECONDS + 1) * 1000);
    expect(checkInitData(signInitData(USER, TOKEN, old), TOKEN, NOW)).toEqual({ ok: false, reason: "stale" });
    const edge = new Date(NOW.getTime() - (INIT_DATA_MAX_AGE_SECONDS - 1) * 1000);
    expect(checkInitData(signInitData(USER, TOKEN, edge), TOKEN, NOW).ok).toBe(true);
    const future = new Date(NOW.getTime() + 10 * 60 * 1000);
    expect(checkInitData(signInitData(USER, TOKEN, future), TOKEN, NOW)).toEqual({ ok: false, reason: "stale" });
  });

  it("refuses missing data and missing fields", () => {
    expect(checkInitData(undefined, TOKEN, NOW)).toEqual({ ok: false, reason: "missing" });
    expect(checkInitData("", TOKEN, NOW)).toEqual({ ok: false, reason: "missing" });
    const good = new URLSearchParams(signInitData(USER, TOKEN, NOW));
    for (const field of ["hash", "auth_date", "user"]) {
      const without = new URLSearchParams(good);
      without.delete(field);
      expect(checkInitData(without.toString(), TOKEN, NOW), field).toEqual({ ok: false, reason: "malformed" });
    }
    // Signed, but the user is not an object with a numeric id.
    const fields = { auth_date: String(NOW.getTime() / 1000), user: '{"first_name":"x"}' };
    const noId = new URLSearchParams({ ...fields, hash: telegramHash(fields, TOKEN) }).toString();
    expect(checkInitData(noId, TOKEN, NOW)).toEqual({ ok: false, reason: "malformed" });
  });
});
