import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/**
 * Runs the real processes (`npm start`, `npm run cli -- …`) as children, for end-to-end tests.
 * Children get only the environment they are given (plus PATH and HOME), never the test runner's.
 * Every child still running is killed in afterAll (and, as a last resort, when the test worker exits).
 */

/** The repository root, found from this file's location. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What `npm start` and `npm run cli` run once src/launcher/launch.mjs has checked the build: plain node on dist/app.
 * test/helpers/global-setup.ts builds it once per test run when the sources changed, so every test runs the same
 * bundle users run, and a child starts in about half the time the TypeScript loader took.
 */
const ENTRIES = {
  main: join(REPO_ROOT, "dist/app/main.mjs"),
  cli: join(REPO_ROOT, "dist/app/cli.mjs"),
  sandbox: join(REPO_ROOT, "dist/app/sandbox.mjs"),
};

const STOP_GRACE_MS = 10_000;

export type ChildEnv = Record<string, string | undefined>;

export type ProcessOptions = {
  /** Variables of the child's environment; PATH and HOME are added, nothing else is inherited. */
  env?: ChildEnv;
  /** Working directory (default: the repository root, where `npm start` runs). */
  cwd?: string;
};

const running = new Set<ChildProcess>();

function childEnv(env: ChildEnv = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, ...env })) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function spawnBuilt(entry: keyof typeof ENTRIES, args: string[], options: ProcessOptions): ChildProcess {
  const child = spawn(process.execPath, ["--enable-source-maps", ENTRIES[entry], ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: childEnv(options.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  child.once("error", () => running.delete(child));
  return child;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** A running `src/main.ts`. */
export class BotProcess {
  stdout = "";
  stderr = "";
  /** Resolves with the exit code (null when ended by a signal) once the process has exited. */
  readonly exited: Promise<number | null>;
  private readonly listeners = new Set<() => void>();

  constructor(readonly child: ChildProcess) {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      this.stdout += chunk;
      this.notify();
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr += chunk;
      this.notify();
    });
    this.exited = new Promise((resolve) => {
      child.once("close", (code) => {
        this.notify();
        resolve(code);
      });
      child.once("error", (error) => {
        this.stderr += `\n[spawn error] ${error.message}\n`;
        this.notify();
        resolve(null);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** stdout and stderr together (the logger writes to stderr). */
  get output(): string {
    return `${this.stdout}${this.stderr}`;
  }

  get running(): boolean {
    return !hasExited(this.child);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves once the output contains `substring`; rejects on timeout or when the process exits first. */
  waitForLog(substring: string, timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      let exitedEarly = false;
      const check = () => {
        if (this.output.includes(substring)) {
          done();
          resolve();
        } else if (exitedEarly) {
          done();
          reject(
            new Error(
              `The process exited (code ${this.child.exitCode}) before logging "${substring}".\n${this.describe()}`,
            ),
          );
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`"${substring}" was not logged within ${timeoutMs} ms.\n${this.describe()}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      void this.exited.then(() => {
        exitedEarly = true;
        check();
      });
      check();
    });
  }

  /** Resolves with the exit code, or rejects when the process still runs after `timeoutMs`. */
  async waitForExit(timeoutMs = 30_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The process did not exit within ${timeoutMs} ms.\n${this.describe()}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends `signal`; after 10 s without exiting, kill -9. Resolves with the exit code (null when killed by a signal). */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
    if (!this.running) return this.exited;
    this.child.kill(signal);
    const timer = setTimeout(() => {
      if (this.running) this.child.kill("SIGKILL");
    }, STOP_GRACE_MS);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The captured output, for failure messages. */
  describe(): string {
    return `--- stdout ---\n${this.stdout.slice(-4000)}\n--- stderr ---\n${this.stderr.slice(-4000)}`;
  }
}

/** `npm start`: `node dist/app/main.mjs`. */
export function startBotProcess(options: ProcessOptions = {}): BotProcess {
  return new BotProcess(spawnBuilt("main", [], options));
}

/** `npm run sandbox`: `node dist/app/sandbox.mjs`. */
export function startSandboxProcess(options: ProcessOptions = {}): BotProcess {
  return new BotProcess(spawnBuilt("sandbox", [], options));
}

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** `npm run cli -- …args`: `node dist/app/cli.mjs …args`. Killed after `timeoutMs`. */
export async function runCli(
  args: string[],
  env: ChildEnv = {},
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  const proc = new BotProcess(spawnBuilt("cli", args, { env, cwd: options.cwd }));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const timer = setTimeout(() => {
    if (proc.running) {
      proc.stderr += `\n[test] killed after ${timeoutMs} ms\n`;
      proc.child.kill("SIGKILL");
    }
  }, timeoutMs);
  try {
    const code = await proc.exited;
    return { code, stdout: proc.stdout, stderr: proc.stderr };
  } finally {
    clearTimeout(timer);
  }
}

/** Kills every child still running and waits for them to exit. */
export async function killAllProcesses(): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (hasExited(child)) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGKILL");
        }),
    ),
  );
}

afterAll(killAllProcesses);

// If the test worker itself goes away, leave no bot polling and no PGlite directory locked behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
