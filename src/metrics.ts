/**
 * Process-wide counters in Prometheus text format. Small on purpose: what an operator needs to see that messages
 * flow (outbox depth, sends, 429s, send latency) and that updates are handled.
 */
export class Metrics {
  private readonly counters = new Map<string, number>();
  private readonly latencies: number[] = [];
  private static readonly KEPT_LATENCIES = 1000;

  increment(name: string, labels: Record<string, string> = {}, by = 1): void {
    const key = Metrics.key(name, labels);
    this.counters.set(key, (this.counters.get(key) ?? 0) + by);
  }

  observeSendLatency(ms: number): void {
    this.latencies.push(ms);
    if (this.latencies.length > Metrics.KEPT_LATENCIES) this.latencies.shift();
  }

  /** Quantile of the last sends' latency in milliseconds (0 when nothing was sent). */
  sendLatency(quantile: number): number {
    if (this.latencies.length === 0) return 0;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]!;
  }

  render(gauges: Record<string, number> = {}): string {
    const lines: string[] = [];
    for (const [key, value] of [...this.counters.entries()].sort()) lines.push(`${key} ${value}`);
    for (const q of [0.5, 0.99]) lines.push(`kargoruh_send_latency_ms{quantile="${q}"} ${this.sendLatency(q)}`);
    for (const [key, value] of Object.entries(gauges)) lines.push(`${key} ${value}`);
    return `${lines.join("\n")}\n`;
  }

  private static key(name: string, labels: Record<string, string>): string {
    const entries = Object.entries(labels);
    if (entries.length === 0) return name;
    return `${name}{${entries.map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, "_")}"`).join(",")}}`;
  }
}
