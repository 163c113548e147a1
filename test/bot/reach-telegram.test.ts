import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { reachTelegram } from "../../src/bot/reach-telegram.ts";

const TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: createLogger("debug", (line) => lines.push(JSON.parse(line))) };
}

/** A fake clock: sleeping advances it, so the bound is tested without waiting. */
function fakeTime() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function serve(handler: (attempt: number) => { status: number; body: unknown }): Promise<string> {
  let attempt = 0;
  server = createServer((_req, res) => {
    const { status, body } = handler(++attempt);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  return new Promise((resolve) =>
    server!.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)),
  );
}

describe("start-up reaches the Bot API within a bound", () => {
  it("gives up with the attempts counted when nothing answers, logging each with the API root and next delay", async () => {
    const { lines, log } = recordingLogger();
    const result = await reachTelegram({
      token: TOKEN,
      apiRoot: "http://127.0.0.1:9",
      log,
      timeoutMs: 30_000,
      ...fakeTime(),
    });
    expect(result.kind).toBe("unreachable");
    expect(result.kind === "unreachable" && result.attempts).toBeGreaterThan(2);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatchObject({ level: "warn", apiRoot: "http://127.0.0.1:9", attempt: 1, nextDelaySeconds: 1 });
    expect(lines[1]).toMatchObject({ attempt: 2, nextDelaySeconds: 2 });
  });

  it("stops at once when Telegram refuses the token", async () => {
    const root = await serve(() => ({
      status: 401,
      body: { ok: false, error_code: 401, description: "Unauthorized" },
    }));
    const result = await reachTelegram({ token: TOKEN, apiRoot: root, log: recordingLogger().log, ...fakeTime() });
    expect(result).toEqual({ kind: "token_refused", description: "Unauthorized" });
  });

  it("carries on through server errors and answers with the bot's identity", async () => {
    const me = {
      id: 1,
      is_bot: true,
      first_name: "K",
      username: "kargoruh_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    };
    const root = await serve((attempt) =>
      attempt < 3
        ? { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } }
        : { status: 200, body: { ok: true, result: me } },
    );
    const result = await reachTelegram({ token: TOKEN, apiRoot: root, log: recordingLogger().log, ...fakeTime() });
    expect(result).toMatchObject({ kind: "reached", me: { username: "kargoruh_bot" } });
  });
});
