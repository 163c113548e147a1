import type { BotCommand, MessageEntity } from "grammy/types";
import type { EmuMessage } from "../bot-api/emulator.ts";

/** A message as the page draws it: a bubble, its buttons, its file. */
export type MessageView = {
  id: number;
  fromBot: boolean;
  from: string;
  fromId: number | null;
  text: string;
  entities: MessageEntity[];
  buttons: { text: string; data?: string; url?: string; webApp?: string }[][];
  document?: { name: string; size: number };
  edited: boolean;
  pinned: boolean;
  date: number;
};

export type ChatView = {
  id: number;
  title: string;
  messages: MessageView[];
  pinned: MessageView | null;
  commands: BotCommand[];
};

export function messageView(m: EmuMessage): MessageView {
  const from = m.message.from;
  const keyboard = (m.reply_markup?.inline_keyboard ?? []) as {
    text: string;
    callback_data?: string;
    url?: string;
    web_app?: { url: string };
  }[][];
  return {
    id: m.message_id,
    fromBot: m.outgoing,
    from: from ? [from.first_name, from.last_name].filter(Boolean).join(" ") : "",
    fromId: from?.id ?? null,
    text: (m.kind === "document" ? m.caption : m.text) ?? "",
    entities: m.entities ?? [],
    buttons: keyboard.map((row) =>
      row.map((button) => ({
        text: button.text,
        ...(button.callback_data !== undefined ? { data: button.callback_data } : {}),
        ...(button.url !== undefined ? { url: button.url } : {}),
        ...(button.web_app !== undefined ? { webApp: button.web_app.url } : {}),
      })),
    ),
    ...(m.document
      ? { document: { name: m.document.file_name ?? "file", size: m.upload?.size ?? m.document.file_size ?? 0 } }
      : {}),
    edited: m.edit_count > 0,
    pinned: m.pinned,
    date: m.date,
  };
}

/** The chat's messages in order, and the newest pinned one (the bar above them). */
export function chatView(id: number, title: string, messages: EmuMessage[], commands: BotCommand[]): ChatView {
  const views = messages.map(messageView);
  const pinned = [...views].reverse().find((m) => m.pinned) ?? null;
  return { id, title, messages: views, pinned, commands };
}
