import type { Context } from "grammy";
import type { User } from "grammy/types";
import type { PersonRow } from "../../db/queries/people.ts";
import { chooseLocale } from "../../domain/locale.ts";
import type { AppFlavor } from "../context.ts";

export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

/** The Telegram id whose person speaks in an update; none for an anonymous group admin, who speaks as the group. */
export function speakerIdOf(from: User | undefined): number | null {
  return from && from.id !== GROUP_ANONYMOUS_BOT_ID ? from.id : null;
}

/** Who is speaking, and so the language the update is answered in. */
export function setSpeaker(ctx: Context & AppFlavor, person: PersonRow | null): void {
  ctx.person = person;
  ctx.locale = chooseLocale({ chosen: person?.locale, telegramLanguage: ctx.from?.language_code });
}
