import type { Database } from "../../db/client.ts";
import { findHeadquartersByKey, type HeadquartersRow, listCurrentStaff } from "../../db/queries/headquarters.ts";
import type { NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import type { OutboxPayload } from "../../db/schema.ts";
import type { Locale } from "../../domain/text.ts";
import { localeOfRecipient } from "../shared/meeting-text.ts";

/** What one recipient of a report receives, in its language, in order: the text summary, then the PDF. */
export type ReportCopy = (locale: Locale) => Promise<OutboxPayload[]>;

export type ReportPdf = { filename: string; content: Buffer; caption: string };

/**
 * The text and its PDF as one copy. A PDF is laid out once per language however many people receive it (charts take
 * a moment to draw).
 */
export function textAndPdf(text: (locale: Locale) => string, pdf: (locale: Locale) => Promise<ReportPdf>): ReportCopy {
  const files = new Map<Locale, Promise<ReportPdf>>();
  return async (locale) => {
    if (!files.has(locale)) files.set(locale, pdf(locale));
    const file = await files.get(locale)!;
    return [
      { method: "sendMessage", text: text(locale) },
      {
        method: "sendDocument",
        filename: file.filename,
        content: file.content.toString("base64"),
        caption: file.caption,
      },
    ];
  };
}

/** The HQ secretariat's chat; without one, each staff member privately, in their language. */
export async function toSecretariat(
  db: Database,
  hq: HeadquartersRow,
  purpose: string,
  copy: ReportCopy,
): Promise<NewOutboxMessage[]> {
  if (hq.secretariatChatId) {
    const chatId = hq.secretariatChatId;
    return (await copy(hq.locale)).map((payload) => ({ chatId, hqId: hq.id, purpose, payload }));
  }
  const messages: NewOutboxMessage[] = [];
  for (const staff of await listCurrentStaff(db, hq.id)) {
    if (!staff.telegramId) continue;
    const person = await findPersonById(db, staff.personId);
    const locale = localeOfRecipient(person ?? null, hq.locale);
    for (const payload of await copy(locale))
      messages.push({ chatId: staff.telegramId, personId: staff.personId, hqId: hq.id, purpose, payload });
  }
  return messages;
}

/** Part C: a county HQ's reports also reach its province; a province (or a county whose province is not on record) has none above it. */
export async function provinceOf(db: Database, hq: HeadquartersRow): Promise<HeadquartersRow | undefined> {
  if (hq.level !== "county" || !hq.parentKey) return undefined;
  const parent = await findHeadquartersByKey(db, hq.parentKey);
  return parent?.level === "province" ? parent : undefined;
}
