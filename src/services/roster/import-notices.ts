import { formatDate } from "../../domain/calendar.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";
import type { RosterNotice } from "./import-roster.ts";

const NOTICE_KEYS: Record<RosterNotice["kind"], string> = {
  elected_role_kept: "roster-notice-elected-role-kept",
  elected_secretary_stands: "roster-notice-elected-secretary-stands",
  elected_role_replaced: "roster-notice-elected-role-replaced",
};

/** One line for the clerk who imported the file, in their language. */
export function importNoticeText(t: Translate, locale: Locale, notice: RosterNotice): string {
  return t(locale, NOTICE_KEYS[notice.kind], {
    committee: locale === "en" ? notice.committee.en : notice.committee.fa,
    seat: notice.seat,
    role: t(locale, "role-name", { role: notice.role }),
    date: formatDate(notice.electedAt, locale, notice.zone),
  });
}
