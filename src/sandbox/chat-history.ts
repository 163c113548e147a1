import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BotApiEmulator, EmulatorConversations } from "./bot-api/emulator.ts";

/**
 * The web chat's history outlives `npm run sandbox`: the emulator's conversations are written into the data directory
 * (beside the embedded database, so Reset, which deletes that directory, clears them too) and read back at start.
 */
export const HISTORY_FILE = "sandbox-chats.json";
const SETTLE_MS = 300;

/** Gives the emulator the chats saved in `dataDir`, if any; a file that cannot be read is reported and left alone. */
export function loadChatHistory(emulator: BotApiEmulator, dataDir: string): { restored: boolean; error?: string } {
  const path = join(dataDir, HISTORY_FILE);
  if (!existsSync(path)) return { restored: false };
  try {
    emulator.restoreConversations(JSON.parse(readFileSync(path, "utf8")) as EmulatorConversations);
    return { restored: true };
  } catch (error) {
    return { restored: false, error: `${path}: ${(error as Error).message}` };
  }
}

/** Writes the conversations once the bot's calls settle, and at stop; the file is replaced whole (written, renamed). */
export function keepChatHistory(
  emulator: BotApiEmulator,
  dataDir: string,
  onError: (message: string) => void,
): { save: () => void; stop: () => void } {
  const path = join(dataDir, HISTORY_FILE);
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!existsSync(dataDir)) return;
    try {
      writeFileSync(`${path}.tmp`, JSON.stringify(emulator.conversations()));
      renameSync(`${path}.tmp`, path);
    } catch (error) {
      onError(`the chats could not be saved to ${path}: ${(error as Error).message}`);
    }
  };
  const unobserve = emulator.observe(() => {
    clearTimeout(timer);
    timer = setTimeout(save, SETTLE_MS);
  });
  return {
    save,
    // At stop, whatever came since the last save too (a person's message the bot did not answer).
    stop: () => {
      unobserve();
      save();
    },
  };
}
