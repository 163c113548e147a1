import type { VersionedStateStorage } from "@grammyjs/conversations";
import type { Database } from "../../db/client.ts";
import { deleteConversationState, readConversationState, writeConversationState } from "../../db/queries/conversations.ts";

/** Wizards live in the database, so a restart (or another instance) continues where the person left off. */
export function databaseConversationStorage<S>(db: Database, clock: () => Date): VersionedStateStorage<string, S> {
  return {
    read: async (key) => (await readConversationState(db, key)) as Awaited<ReturnType<VersionedStateStorage<string, S>["read"]>>,
    write: (key, state) => writeConversationState(db, key, state, clock()),
    delete: (key) => deleteConversationState(db, key),
  };
}
