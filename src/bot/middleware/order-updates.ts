import { sequentialize } from "@grammyjs/runner";
import type { Context, MiddlewareFn } from "grammy";

/**
 * What must not run at the same time as this update: anything else in its chat, and anything else by its sender (in
 * any chat). A key is a chat or a person, never a mix of both, so a private chat and its person are two keys.
 */
export function orderingKeys(ctx: Context): string[] {
  const keys: string[] = [];
  if (ctx.chatId !== undefined) keys.push(`chat:${ctx.chatId}`);
  if (ctx.from) keys.push(`user:${ctx.from.id}`);
  return keys;
}

/**
 * Updates are handled concurrently (the runner when polling, the HTTP server with a webhook), yet one person's
 * updates, and one chat's, run one after another in the order Telegram numbered them: a wizard's answer never
 * overtakes the question's command, and a wait (a paced reply) holds only its own chat and person. Installed before
 * any middleware that reads state (the update's claim, the speaker, wizard state), as the runner's documentation asks.
 */
export function orderUpdates<C extends Context>(): MiddlewareFn<C> {
  return sequentialize<C>(orderingKeys);
}
