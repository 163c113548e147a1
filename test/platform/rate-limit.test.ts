import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { judgeSendError } from "../../src/delivery/outbox-worker.ts";
import { isRateLimited } from "../../src/platform/rate-limit.ts";

function apiError(code: number, description: string, retryAfter?: number): GrammyError {
  return new GrammyError(
    "sendMessage",
    { ok: false, error_code: code, description, parameters: retryAfter ? { retry_after: retryAfter } : {} },
    "sendMessage",
    {},
  );
}

describe("one predicate says 'slow down', on both platforms", () => {
  it("429, and Bale's 'bot limit exceed' / 'local_rate_limited' whatever their code", () => {
    expect(isRateLimited({ error_code: 429, description: "Too Many Requests: retry after 5" })).toBe(true);
    expect(isRateLimited({ error_code: 400, description: "bot limit exceed" })).toBe(true);
    expect(isRateLimited({ error_code: 403, description: "Forbidden: Bot Limit Exceed" })).toBe(true);
    expect(isRateLimited({ error_code: 500, description: "local_rate_limited" })).toBe(true);
  });

  it("other failures are not", () => {
    expect(isRateLimited({ error_code: 400, description: "Bad Request: chat not found" })).toBe(false);
    expect(isRateLimited({ error_code: 403, description: "Forbidden: bot was blocked by the user" })).toBe(false);
    expect(isRateLimited({})).toBe(false);
  });

  it("the outbox worker pauses and retries on Bale's texts as on a 429, not parking the message", () => {
    expect(judgeSendError(apiError(400, "bot limit exceed"))).toMatchObject({ kind: "flood", retryAfterMs: 5000 });
    expect(judgeSendError(apiError(429, "local_rate_limited", 3))).toMatchObject({ kind: "flood", retryAfterMs: 3000 });
    expect(judgeSendError(apiError(429, "Too Many Requests", 7))).toMatchObject({ kind: "flood", retryAfterMs: 7000 });
    expect(judgeSendError(apiError(400, "Bad Request: chat not found"))).toMatchObject({ kind: "permanent" });
  });
});
