import type { NewOutboxMessage } from "../../db/queries/outbox.ts";
import type { InvitationView } from "../../db/queries/meetings.ts";
import type { Locale } from "../../domain/text.ts";
import type { InlineKeyboardMarkup } from "./buttons.ts";
import type { MeetingRecord } from "./facts.ts";
import { localeOfRecipient } from "./meeting-text.ts";

type Render = (locale: Locale) => { text: string; replyMarkup?: InlineKeyboardMarkup };

export type Audience = {
  /** Which invitees get a private message. */
  invitees?: (invitation: InvitationView) => boolean;
  groupChat?: boolean;
  secretariat?: boolean;
};

/**
 * Outbox rows for one message about a meeting: each chosen invitee privately in their own language, the committee's
 * group chat and the HQ secretariat in the HQ's language. The caller writes them in its transaction.
 */
export function meetingMessages(
  record: MeetingRecord,
  purpose: string,
  audience: Audience,
  render: Render,
  sharedRender: Render = render,
): NewOutboxMessage[] {
  const { hq, committee, meeting } = record;
  const rows: NewOutboxMessage[] = [];
  const base = { hqId: hq.id, meetingId: meeting.id, purpose };
  for (const invitation of record.invitations) {
    if (invitation.personTelegramId === null || invitation.personId === null) continue;
    if (audience.invitees && !audience.invitees(invitation)) continue;
    const locale = localeOfRecipient(
      { locale: invitation.personLocale, telegramLanguage: invitation.personTelegramLanguage },
      hq.locale,
    );
    const { text, replyMarkup } = render(locale);
    rows.push({ ...base, chatId: invitation.personTelegramId, personId: invitation.personId, payload: { method: "sendMessage", text, replyMarkup } });
  }
  const hqLocale = hq.locale;
  if (audience.groupChat && committee.chatId !== null) {
    const { text, replyMarkup } = sharedRender(hqLocale);
    rows.push({ ...base, chatId: committee.chatId, payload: { method: "sendMessage", text, replyMarkup } });
  }
  if (audience.secretariat && hq.secretariatChatId !== null) {
    const { text } = sharedRender(hqLocale);
    rows.push({ ...base, chatId: hq.secretariatChatId, priority: 6, payload: { method: "sendMessage", text } });
  }
  return rows;
}
