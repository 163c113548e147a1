import { Bot, GrammyError, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../../../src/sandbox/bot-api/emulator.ts";

/** The emulator's conversations survive a restart: what the sandbox keeps in its data directory. */

const alice = { id: 1001, first_name: "Alice", language_code: "fa" };
const bob = { id: 1002, first_name: "Bob", language_code: "en" };
const group = { id: -4001, title: "Working group", type: "supergroup" as const };
let emulators: BotApiEmulator[] = [];

async function setup(): Promise<{ emu: BotApiEmulator; bot: Bot }> {
  const emu = await BotApiEmulator.start({ requireStart: true });
  emulators.push(emu);
  return { emu, bot: new Bot(emu.token, { client: { apiRoot: emu.url } }) };
}

afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});

describe("conversations across a restart", () => {
  it("chats, edits, pins, documents and who pressed Start come back; the bot edits and sends on from there", async () => {
    const first = await setup();
    first.emu.pushUpdate(first.emu.userMessage(alice, "/start"));
    first.emu.registerChat(group);
    const hello = await first.bot.api.sendMessage(alice.id, "سلام", {
      reply_markup: { inline_keyboard: [[{ text: "بله", callback_data: "yes" }]] },
    });
    await first.bot.api.editMessageText(alice.id, hello.message_id, "سلام دوباره");
    const live = await first.bot.api.sendMessage(group.id, "جلسه در حال برگزاری است");
    await first.bot.api.pinChatMessage(group.id, live.message_id);
    const doc = await first.bot.api.sendDocument(alice.id, new InputFile(Buffer.from("BEGIN:VCALENDAR"), "m.ics"));
    // Through JSON, as the file holds it.
    const saved = JSON.parse(JSON.stringify(first.emu.conversations()));
    const before = {
      alice: first.emu.messagesIn(alice.id, { includeIncoming: true }),
      group: first.emu.messagesIn(group.id),
    };
    await first.emu.stop();

    const second = await setup();
    second.emu.restoreConversations(saved);
    expect(second.emu.messagesIn(alice.id, { includeIncoming: true })).toEqual(before.alice);
    expect(second.emu.messagesIn(group.id)).toEqual(before.group);
    const restored = second.emu.messagesIn(alice.id);
    expect(restored.map((m) => m.text ?? m.document?.file_name)).toEqual(["سلام دوباره", "m.ics"]);
    expect(restored[0]!.edit_count).toBe(1);
    expect(restored[1]!.upload?.content.toString()).toBe("BEGIN:VCALENDAR");
    expect(second.emu.messagesIn(group.id)[0]!.pinned).toBe(true);

    // Alice pressed Start before the restart: the bot still reaches her; Bob never did.
    expect(second.emu.nextUpdateId).toBe(first.emu.nextUpdateId);
    const next = await second.bot.api.sendMessage(alice.id, "پیام تازه");
    expect(next.message_id).toBe(doc.message_id + 1);
    await expect(second.bot.api.sendMessage(bob.id, "hi")).rejects.toBeInstanceOf(GrammyError);
    // A message from before the restart can be edited, and a document sent again by its file_id.
    await second.bot.api.editMessageText(alice.id, hello.message_id, "ویرایش پس از راه‌اندازی دوباره");
    expect(second.emu.messagesIn(alice.id)[0]!.text).toBe("ویرایش پس از راه‌اندازی دوباره");
    await second.bot.api.sendDocument(alice.id, doc.document.file_id);
  });

  it("refuses a saved file of another version", async () => {
    const { emu } = await setup();
    expect(() => emu.restoreConversations({ version: 2 } as never)).toThrow("unknown conversations version 2");
  });
});
