import type { AcceptedDelegateView } from "../../db/queries/delegations.ts";
import type { HeadquartersRow } from "../../db/queries/headquarters.ts";
import type { NewOutboxMessage } from "../../db/queries/outbox.ts";
import type { Locale } from "../../domain/text.ts";
import { localeOfRecipient } from "../shared/meeting-text.ts";

/** Someone a meeting's private message goes to: a member, or an accepted delegate (B1). */
export type SessionRecipient = {
  id: number;
  telegramId: number | null;
  locale: Locale | null;
  telegramLanguage: string | null;
};

/** An accepted delegate as a recipient: delegates are usually not in the group, so ballots and results reach them here. */
export function delegateRecipient(d: AcceptedDelegateView): SessionRecipient {
  return {
    id: d.delegatePersonId,
    telegramId: d.delegateTelegramId,
    locale: d.delegateLocale,
    telegramLanguage: d.delegateTelegramLanguage,
  };
}

/** One private message about a meeting in the recipient's language; nothing for someone the bot cannot reach by id. */
export function personMessage(
  person: SessionRecipient,
  hq: Pick<HeadquartersRow, "id" | "locale">,
  meetingId: number | null,
  purpose: string,
  render: (locale: Locale) => { text: string; replyMarkup?: unknown },
): NewOutboxMessage[] {
  if (!person.telegramId) return [];
  const { text, replyMarkup } = render(localeOfRecipient(person, hq.locale));
  return [
    {
      chatId: person.telegramId,
      personId: person.id,
      hqId: hq.id,
      meetingId,
      purpose,
      payload: { method: "sendMessage", text, ...(replyMarkup ? { replyMarkup } : {}) },
    },
  ];
}
