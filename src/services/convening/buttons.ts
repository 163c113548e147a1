import { type CallbackAction, encodeCallback } from "../../domain/callback-data.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";

/** Telegram's inline keyboard, as plain data so services can store it in the outbox. */
export type InlineKeyboardMarkup = { inline_keyboard: { text: string; callback_data: string }[][] };

const button = (text: string, action: CallbackAction) => ({ text, callback_data: encodeCallback(action) });

export function rsvpKeyboard(t: Translate, locale: Locale, meetingId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        button(t(locale, "rsvp-attending"), { action: "rsvp", meetingId, answer: "attending" }),
        button(t(locale, "rsvp-not-attending"), { action: "rsvp", meetingId, answer: "not_attending" }),
      ],
      [button(t(locale, "rsvp-delegating"), { action: "rsvp", meetingId, answer: "delegating" })],
      [button(t(locale, "calendar-file"), { action: "ics", meetingId })],
    ],
  };
}

export function proposalDecisionKeyboard(t: Translate, locale: Locale, proposalId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        button(t(locale, "proposal-accept"), { action: "proposal_accept", proposalId }),
        button(t(locale, "proposal-decline"), { action: "proposal_decline", proposalId }),
      ],
    ],
  };
}

export function keepProposalKeyboard(t: Translate, locale: Locale, proposalId: number): InlineKeyboardMarkup {
  return { inline_keyboard: [[button(t(locale, "proposal-keep"), { action: "proposal_keep", proposalId })]] };
}

export function requestDecisionKeyboard(t: Translate, locale: Locale, requestId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        button(t(locale, "request-convene"), { action: "request_convene", requestId }),
        button(t(locale, "request-decline"), { action: "request_decline", requestId }),
      ],
    ],
  };
}

export function rsvpListKeyboard(t: Translate, locale: Locale, meetingId: number): InlineKeyboardMarkup {
  return { inline_keyboard: [[button(t(locale, "rsvps-show"), { action: "rsvps", meetingId })]] };
}

export function cancelConfirmKeyboard(t: Translate, locale: Locale, meetingId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [[button(t(locale, "meeting-cancel-confirm"), { action: "meeting_cancel_confirm", meetingId })]],
  };
}
