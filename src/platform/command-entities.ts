import type { Context, MiddlewareFn } from "grammy";

/** A command at the start of a text: "/word" or "/word@bot", ended by a space or the end. */
const LEADING_COMMAND = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]+)?(?=\s|$)/;

/**
 * Bale may deliver "/help" with no bot_command entity, and grammY matches commands by their entity. Where none is at
 * offset 0, this adds the one Telegram would have sent, so every command handler (and form) sees the same update.
 */
export function addCommandEntities<C extends Context>(): MiddlewareFn<C> {
  return (ctx, next) => {
    const message = ctx.message ?? ctx.channelPost;
    if (message) {
      const text = message.text ?? message.caption;
      const command = text === undefined ? null : LEADING_COMMAND.exec(text);
      const key = message.text !== undefined ? "entities" : "caption_entities";
      const entities = message[key] ?? [];
      if (command && !entities.some((e) => e.type === "bot_command" && e.offset === 0)) {
        message[key] = [{ type: "bot_command", offset: 0, length: command[0].length }, ...entities];
      }
    }
    return next();
  };
}
