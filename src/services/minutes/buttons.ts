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

export function ackKeyboard(t: Translate, locale: Locale, versionId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [{ text: t(locale, "minutes-ack"), callback_data: encodeCallback({ action: "minutes_ack", versionId }) }],
    ],
  };
}
