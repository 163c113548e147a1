import type { Transformer } from "grammy";
import type { Metrics } from "../metrics.ts";
import { isRateLimited } from "../platform/rate-limit.ts";

/** Counts every Bot API call of the outbox worker by method and outcome, and times it. */
export function measureSends(metrics: Metrics): Transformer {
  return async (prev, method, payload, signal) => {
    const started = performance.now();
    try {
      const result = await prev(method, payload, signal);
      const outcome = result.ok ? "ok" : String(result.error_code);
      metrics.increment("kargoruh_telegram_calls_total", { method, outcome });
      if (!result.ok && isRateLimited(result)) metrics.increment("kargoruh_telegram_429_total");
      return result;
    } catch (error) {
      metrics.increment("kargoruh_telegram_calls_total", { method, outcome: "network" });
      throw error;
    } finally {
      metrics.observeSendLatency(performance.now() - started);
    }
  };
}
