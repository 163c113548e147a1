import type { MiddlewareFn } from "grammy";
import { findPersonByTelegramId } from "../../db/queries/people.ts";
import { chooseLocale } from "../../domain/locale.ts";
import type { BotContext } from "../context.ts";

export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

export function loadPerson(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    ctx.person = from && from.id !== GROUP_ANONYMOUS_BOT_ID ? ((await findPersonByTelegramId(ctx.deps.db, from.id)) ?? null) : null;
    ctx.locale = chooseLocale({ chosen: ctx.person?.locale, telegramLanguage: from?.language_code });
    await next();
  };
}
