import { COUNCIL_TEMPLATE, WORKING_GROUP_TEMPLATES } from "../../domain/bylaw-committees.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";

/**
 * A ready roster of the bylaw's structure: the coordination council and the five working groups of part A with
 * every seat vacant, chair and secretary marked as the bylaw marks them. Staff fill in ids, names and chats.
 */
export function rosterTemplate(locale: Locale, t: Translate): Record<string, unknown> {
  return {
    headquarters: {
      key: "sample-county",
      level: "county",
      parent: "sample-province",
      name: t(locale, "roster-template-hq-name"),
      timezone: "Asia/Tehran",
      locale,
      secretariat_chat_id: -1001000000001,
      staff: [{ telegram_id: 1000, name: t(locale, "roster-template-clerk") }],
    },
    committees: [
      { key: COUNCIL_TEMPLATE.key, template: COUNCIL_TEMPLATE.key, members: [] },
      ...WORKING_GROUP_TEMPLATES.map((group) => ({
        key: group.key,
        template: group.key,
        members: group.seats.map((seat) => ({ seat: seat.title[locale], role: seat.role })),
      })),
    ],
  };
}
