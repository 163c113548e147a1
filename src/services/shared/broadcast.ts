import type { NewOutboxMessage } from "../../db/queries/outbox.ts";
import type { InvitationView } from "../../db/queries/meetings.ts";
import type { Locale } from "../../domain/text.ts";
import type { InlineKeyboardMarkup } from "../convening/buttons.ts";
import type { MeetingRecord } from "./meeting-facts.ts";
import { localeOfRecipient } from "./meeting-text.ts";

type Render = (locale: Locale) => { text: string; replyMarkup?: InlineKeyboardMarkup };

/** Someone at the meeting without an invitation of their own: an accepted delegate (B1) or a guest (B8). */
export type StandIn = {
  personId: number;
  telegramId: number;
  locale: "fa" | "en" | null;
  telegramLanguage: string | null;
};

export type Audience = {
  /** Which invitees get a private message. */
  invitees?: (invitation: InvitationView) => boolean;
  /** Delegates and guests, privately; without buttons unless `standInButtons` (they do not answer the invitation). */
  standIns?: readonly StandIn[];
  /** The message's buttons are for stand-ins too (the session's check-in). */
  standInButtons?: boolean;
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
    rows.push({
      ...base,
      chatId: invitation.personTelegramId,
      personId: invitation.personId,
      payload: { method: "sendMessage", text, replyMarkup },
    });
  }
  for (const standIn of audience.standIns ?? []) {
    if (rows.some((row) => row.personId === standIn.personId)) continue; // a non-voting member may also be a delegate
    const { text, replyMarkup } = render(localeOfRecipient(standIn, hq.locale));
    const payload = { method: "sendMessage" as const, text, ...(audience.standInButtons ? { replyMarkup } : {}) };
    rows.push({ ...base, chatId: standIn.telegramId, personId: standIn.personId, payload });
  }
  const hqLocale = hq.locale;
  if (audience.groupChat && committee.chatId !== null) {
    const { text, replyMarkup } = sharedRender(hqLocale);
    rows.push({ ...base, chatId: committee.chatId, payload: { method: "sendMessage", text, replyMarkup } });
  }
  if (audience.secretariat && hq.secretariatChatId !== null) {
    const { text } = sharedRender(hqLocale);
    rows.push({ ...base, chatId: hq.secretariatChatId, payload: { method: "sendMessage", text } });
  }
  return rows;
}
