/**
 * The bot as users run it, for the benchmarks that measure the running process (P2's running fan-out, P4, P5):
 * `node src/launcher/launch.mjs main`, which is what `npm start` runs (the build check, then plain node on dist/app),
 * without npm's own process in front. The child gets only the environment it is given, plus PATH and HOME.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, waitUntil } from "./support.ts";

export const LAUNCHER = join(REPO_ROOT, "src/launcher/launch.mjs");
const STOP_GRACE_MS = 15_000;

const running = new Set<ChildProcess>();
// If the benchmark itself dies, no bot is left polling or holding a directory.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export type RunningBot = {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  waitForLog(substring: string, timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL after 15 s; resolves with the exit code. */
  stop(): Promise<number | null>;
};

export function startRunningBot(env: Record<string, string>): RunningBot {
  // For a diagnosis, e.g. BENCH_BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/tmp/prof".
  const nodeArgs = process.env.BENCH_BOT_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, LAUNCHER, "main"], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once("close", (code) => {
      running.delete(child);
      resolve(code);
    });
    child.once("error", () => resolve(null));
  });
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  return {
    child,
    output: () => output,
    exited,
    async waitForLog(substring, timeoutMs) {
      const seen = await waitUntil(() => output.includes(substring) || gone, timeoutMs, 20);
      if (!seen || !output.includes(substring))
        throw new Error(
          `the bot did not log ${substring} (${gone ? "it exited" : "timeout"}):\n${output.slice(-3000)}`,
        );
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere or once it is gone. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** The machine's 1-minute load average (Linux), to read timings taken on a shared machine. */
export function loadAverage(): number | null {
  try {
    return Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
  } catch {
    return null;
  }
}
