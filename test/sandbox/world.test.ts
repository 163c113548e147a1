import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createI18n, translatorOf } from "../../src/i18n.ts";
import { silentLogger } from "../../src/logger.ts";
import { HISTORY_FILE } from "../../src/sandbox/chat-history.ts";
import {
  ResetFailedError,
  resetWorld,
  type SandboxWorld,
  startWorld,
  type WorldOptions,
} from "../../src/sandbox/world.ts";

/** The sandbox's world outside the browser: a Reset that fails partway leaves a bot running. */

const root = mkdtempSync(join(tmpdir(), "kargoruh-world-"));
const options: WorldOptions = {
  dataDir: join(root, "data"),
  log: silentLogger,
  logLevel: "silent",
  t: translatorOf(createI18n()),
};
let world: SandboxWorld | undefined;

afterAll(async () => {
  await world?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A roster person sends /start in their private chat and the bot answers. */
async function answersStart(current: SandboxWorld): Promise<void> {
  const directory = await current.directory();
  const person = directory.people[0]!;
  const before = current.emulator.sent(person.id).length;
  current.emulator.pushUpdate(current.emulator.userMessage(current.userOf(person.id, directory)!, "/start"));
  await current.emulator.waitForSent(person.id, before + 1, 15_000);
}

describe("sandbox chats across a restart", () => {
  it("after a stop and a new start the chats are there, and the person who pressed Start is still reachable", async () => {
    world = await startWorld(options);
    await answersStart(world);
    const person = (await world.directory()).people[0]!;
    const before = world.emulator.messagesIn(person.id, { includeIncoming: true });
    expect(before.map((m) => m.text)[0]).toBe("/start");
    // A group message the bot does not answer, just before the stop, is kept as well.
    const group = (await world.directory()).chats[0]!;
    const said = world.emulator.groupMessage(
      world.userOf(group.members[0]!, await world.directory())!,
      { id: group.id, type: "supergroup", title: group.title },
      "سلام همه",
    );
    world.emulator.pushUpdate(said);
    world.clock.advance(2 * 86_400_000);
    await world.stop();
    world = undefined;
    expect(existsSync(join(options.dataDir, HISTORY_FILE))).toBe(true);

    world = await startWorld(options);
    expect(world.emulator.messagesIn(person.id, { includeIncoming: true })).toEqual(before);
    expect(world.emulator.startedChats.has(person.id)).toBe(true);
    expect(world.clock.offsetMs(), "the clock stays where the page moved it").toBe(2 * 86_400_000);
    expect(world.emulator.messagesIn(group.id, { includeIncoming: true }).map((m) => m.text)).toContain("سلام همه");
    // Someone who never pressed Start is still not reachable.
    const other = (await world.directory()).people[1]!;
    expect(world.emulator.startedChats.has(other.id)).toBe(false);
    await answersStart(world);
  }, 120_000);
});

describe("sandbox Reset", () => {
  it("when the fresh database cannot be made, a bot runs on again on the data directory and the failure is told", async () => {
    world ??= await startWorld(options);
    const person = (await world.directory()).people[0]!;
    expect(world.emulator.messagesIn(person.id).length).toBeGreaterThan(0);
    const old = world;
    let attempts = 0;
    const failure = await resetWorld(old, options, (o) => {
      attempts++;
      if (attempts === 1) return Promise.reject(new Error("the database could not be created"));
      return startWorld(o);
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResetFailedError);
    if (!(failure instanceof ResetFailedError)) return;
    world = failure.world;
    expect(failure.message).toBe("the database could not be created");
    expect(attempts).toBe(2);
    expect(world).not.toBe(old);
    // The county is there (loaded again on the fresh directory) and the bot answers.
    expect(existsSync(join(options.dataDir, "PG_VERSION"))).toBe(true);
    expect((await world.directory()).people.length).toBeGreaterThan(20);
    // Reset clears the chats with the database.
    expect(world.emulator.messagesIn(person.id, { includeIncoming: true })).toEqual([]);
    expect(world.emulator.startedChats.size).toBe(0);
    expect(world.clock.offsetMs(), "and the clock is back to the real time").toBe(0);
    await answersStart(world);
  }, 120_000);

  it("when the database left behind cannot be opened either, a fresh sample county runs", async () => {
    const old = world!;
    let attempts = 0;
    const failure = await resetWorld(old, options, (o) => {
      attempts++;
      if (attempts <= 2) return Promise.reject(new Error(`attempt ${attempts} failed`));
      return startWorld(o);
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResetFailedError);
    if (!(failure instanceof ResetFailedError)) return;
    world = failure.world;
    expect(failure.message).toBe("attempt 1 failed");
    expect(attempts).toBe(3);
    await answersStart(world);
  }, 120_000);
});
