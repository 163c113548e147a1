import type { ConversationContextStorage, VersionedState } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Database } from "../../db/client.ts";
import {
  deleteConversationState,
  readConversationState,
  writeConversationState,
} from "../../db/queries/conversations.ts";

/** A person's wizard in one chat: the same person may have another one open elsewhere. */
export function conversationKeyOf(ctx: Context): string | null {
  return ctx.chatId === undefined || !ctx.from ? null : `${ctx.chatId}:${ctx.from.id}`;
}

/**
 * Wizard states read together with the update's claim (middleware/admit-update.ts), so the plugin does not read
 * them again. Taken once: a later read, if there were one, goes to the database.
 */
const readAhead = new WeakMap<Context, unknown>();

export function provideConversationState(ctx: Context, state: unknown): void {
  readAhead.set(ctx, state);
}

/** Wizards live in the database, so a restart (or another instance) continues where the person left off. */
export function databaseConversationStorage<C extends Context, S>(
  db: Database,
  clock: () => Date,
): ConversationContextStorage<C, S> {
  return {
    type: "context",
    adapter: {
      read: async (ctx) => {
        const key = conversationKeyOf(ctx);
        if (key === null) return undefined;
        if (readAhead.has(ctx)) {
          const state = readAhead.get(ctx);
          readAhead.delete(ctx);
          return state as VersionedState<S> | undefined;
        }
        return (await readConversationState(db, key)) as VersionedState<S> | undefined;
      },
      write: async (ctx, state) => {
        const key = conversationKeyOf(ctx);
        readAhead.delete(ctx);
        if (key !== null) await writeConversationState(db, key, state, clock());
      },
      delete: async (ctx) => {
        const key = conversationKeyOf(ctx);
        readAhead.delete(ctx);
        if (key !== null) await deleteConversationState(db, key);
      },
    },
  };
}
