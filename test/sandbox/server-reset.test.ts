import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorOf } from "../../src/i18n.ts";
import { BotApiEmulator } from "../../src/sandbox/bot-api/emulator.ts";
import { createMovableClock } from "../../src/sandbox/clock.ts";
import { createSandboxServer } from "../../src/sandbox/web/server.ts";
import type { SandboxWorld } from "../../src/sandbox/world.ts";

/** A Reset that fails: the page is told why, in its language, and the panes follow the bot that runs instead. */

const GROUP = -1001000000001;
const emulators: BotApiEmulator[] = [];
let server: ReturnType<typeof createSandboxServer>;
let base: string;
let current: SandboxWorld;

const worldOn = (emulator: BotApiEmulator) =>
  ({
    emulator,
    clock: createMovableClock(),
    directory: async () => ({
      people: [{ id: 7001, name: "مریم احمدی", locale: "fa", roles: [], chats: [GROUP] }],
      chats: [{ id: GROUP, title: "کارگروه", members: [7001] }],
    }),
  }) as unknown as SandboxWorld;

beforeAll(async () => {
  emulators.push(await BotApiEmulator.start(), await BotApiEmulator.start());
  current = worldOn(emulators[0]!);
  server = createSandboxServer({
    world: () => current,
    reset: async () => {
      // As main.ts does with ResetFailedError: the bot that runs instead, then the failure.
      current = worldOn(emulators[1]!);
      throw new Error("the database could not be created");
    },
    t: translatorOf(createI18n()),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await Promise.all(emulators.map((e) => e.stop()));
});

async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>, event: string): Promise<unknown> {
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before ${event}`);
    text += decoder.decode(value, { stream: true });
    const frame = new RegExp(`event: ${event}\\ndata: (.*)\\n\\n`).exec(text);
    if (frame) return JSON.parse(frame[1]!);
  }
}

describe("a Reset that fails", () => {
  it("answers 500 with the reason in the page's language, tells every page, and follows the new bot", async () => {
    const reader = (await fetch(`${base}/events`)).body!.getReader();
    const answer = await fetch(`${base}/api/reset?lang=en`, { method: "POST", body: "{}" });
    expect(answer.status).toBe(500);
    expect(((await answer.json()) as { error: string }).error).toBe(
      "Going back to the sample county failed: the database could not be created. The sandbox goes on with the previous data or a fresh county.",
    );
    expect(await nextEvent(reader, "reset")).toEqual({
      error:
        "Going back to the sample county failed: the database could not be created. The sandbox goes on with the previous data or a fresh county.",
    });
    // The panes now follow the running bot's chats.
    await fetch(`${emulators[1]!.url}/bot${emulators[1]!.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: GROUP, text: "پس از بازنشانی" }),
    });
    expect(await nextEvent(reader, "chat")).toEqual({ chat: GROUP });
    await reader.cancel();
  });
});
