import { formatDate } from "../../domain/calendar.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../deps.ts";
import type { RosterNotice } from "./import-roster.ts";

/** One line for the clerk who imported the file, in their language. */
export function importNoticeText(t: Translate, locale: Locale, notice: RosterNotice): string {
  return t(locale, notice.kind === "elected_role_kept" ? "roster-notice-elected-role-kept" : "roster-notice-elected-role-replaced", {
    committee: locale === "en" ? notice.committee.en : notice.committee.fa,
    seat: notice.seat,
    role: t(locale, "role-name", { role: notice.role }),
    date: formatDate(notice.electedAt, locale, notice.zone),
  });
}
