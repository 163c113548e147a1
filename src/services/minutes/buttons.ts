import { encodeCallback } from "../../domain/callback-data.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";
import type { InlineKeyboardMarkup } from "../convening/buttons.ts";

export function draftKeyboard(t: Translate, locale: Locale, minutesId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [{ text: t(locale, "minutes-edit"), callback_data: encodeCallback({ action: "minutes_edit", minutesId }) }],
      [{ text: t(locale, "minutes-sign"), callback_data: encodeCallback({ action: "minutes_sign", minutesId }) }],
    ],
  };
}

function pdfButton(t: Translate, locale: Locale, versionId: number) {
  return { text: t(locale, "minutes-pdf-button"), callback_data: encodeCallback({ action: "minutes_pdf", versionId }) };
}

/** Under a member's own copy: acknowledge receipt, or get the printable PDF. */
export function ackKeyboard(t: Translate, locale: Locale, versionId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [{ text: t(locale, "minutes-ack"), callback_data: encodeCallback({ action: "minutes_ack", versionId }) }],
      [pdfButton(t, locale, versionId)],
    ],
  };
}

/** Under the copy in the group chat and the HQ secretariat: any member gets the PDF privately. */
export function pdfKeyboard(t: Translate, locale: Locale, versionId: number): InlineKeyboardMarkup {
  return { inline_keyboard: [[pdfButton(t, locale, versionId)]] };
}
