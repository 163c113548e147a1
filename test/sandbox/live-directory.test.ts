import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorOf } from "../../src/i18n.ts";
import { BotApiEmulator } from "../../src/sandbox/bot-api/emulator.ts";
import { createMovableClock } from "../../src/sandbox/clock.ts";
import type { Directory } from "../../src/sandbox/directory.ts";
import { createSandboxServer } from "../../src/sandbox/web/server.ts";
import type { SandboxWorld } from "../../src/sandbox/world.ts";

/** The page's server tells open pages when the roster gained someone, without a reload. */

const GROUP = -1001000000001;
let emulator: BotApiEmulator;
let directory: Directory;
let server: ReturnType<typeof createSandboxServer>;
let base: string;

beforeAll(async () => {
  emulator = await BotApiEmulator.start();
  directory = {
    people: [{ id: 7001, name: "مریم احمدی", locale: "fa", roles: [], chats: [GROUP] }],
    chats: [{ id: GROUP, title: "کارگروه", members: [7001] }],
  };
  const world = {
    emulator,
    clock: createMovableClock(),
    directory: async () => structuredClone(directory),
  } as unknown as SandboxWorld;
  server = createSandboxServer({ world: () => world, reset: async () => world, t: translatorOf(createI18n()) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await emulator.stop();
});

/** Reads the event stream until `event` arrives; its data. */
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

describe("live person list", () => {
  it("a seat holder added after the page loaded is sent to the page once the bot's calls settle", async () => {
    const response = await fetch(`${base}/events`);
    const reader = response.body!.getReader();
    // The bot tells the group about the new member; by then the roster has them.
    directory.people.push({ id: 7002, name: "علی رضایی", locale: "fa", roles: [], chats: [GROUP] });
    directory.chats[0]!.members.push(7002);
    await fetch(`${emulator.url}/bot${emulator.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: GROUP, text: "عضو تازه" }),
    });
    const sent = (await nextEvent(reader, "directory")) as Directory;
    expect(sent.people.map((p) => p.id)).toEqual([7001, 7002]);
    expect(sent.chats[0]!.members).toEqual([7001, 7002]);
    await reader.cancel();
  });

  it("an unchanged roster sends nothing", async () => {
    const response = await fetch(`${base}/events`);
    const reader = response.body!.getReader();
    await fetch(`${emulator.url}/bot${emulator.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: GROUP, text: "سلام" }),
    });
    const chat = await nextEvent(reader, "chat");
    expect(chat).toEqual({ chat: GROUP });
    // Past the settling time, only the chat event came.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const more = await Promise.race([
      nextEvent(reader, "directory"),
      new Promise((resolve) => setTimeout(() => resolve("none"), 300)),
    ]);
    expect(more).toBe("none");
    await reader.cancel();
  });
});
