/** Builders of the updates a person's actions make (a message, a document, a button press), as plain functions. */
import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";
import type { BuildOptions, DocumentBuildOptions, EmuChatRef, EmuMessage, EmuUser } from "./types.ts";

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

// ───────────────────────────────────────────────────────────── update builders (plain functions)

let plainMessageId = 1_000_000;
let callbackCounter = 0;

export function userObject(user: EmuUser): User {
  const u: Record<string, unknown> = { id: user.id, is_bot: user.is_bot ?? false, first_name: user.first_name };
  if (user.last_name !== undefined) u.last_name = user.last_name;
  if (user.username !== undefined) u.username = user.username;
  if (user.language_code !== undefined) u.language_code = user.language_code;
  return u as unknown as User;
}

export function chatType(id: number): "private" | "group" | "supergroup" {
  return id > 0 ? "private" : id <= -1_000_000_000_000 ? "supergroup" : "group";
}

function chatObject(ref: EmuChatRef | undefined, user: EmuUser): Chat {
  if (!ref) {
    const c: Record<string, unknown> = { id: user.id, type: "private", first_name: user.first_name };
    if (user.last_name !== undefined) c.last_name = user.last_name;
    if (user.username !== undefined) c.username = user.username;
    return c as unknown as Chat;
  }
  const type = ref.type ?? chatType(ref.id);
  const c: Record<string, unknown> = { id: ref.id, type };
  if (type === "private") {
    c.first_name = ref.first_name ?? (ref.id === user.id ? user.first_name : "User");
  } else {
    c.title = ref.title ?? `Group ${ref.id}`;
    if (ref.is_forum) c.is_forum = true;
  }
  if (ref.username !== undefined) c.username = ref.username;
  return c as unknown as Chat;
}

/** A `bot_command` entity at offset 0 when the text starts with a command (`/cmd` or `/cmd@botname`). */
export function commandEntities(text: string): MessageEntity[] | undefined {
  const m = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{1,64})?/.exec(text);
  return m ? [{ type: "bot_command", offset: 0, length: m[0].length }] : undefined;
}

export function messageOf(m: Message | EmuMessage): Message {
  return "outgoing" in m && "edit_count" in m ? (m as EmuMessage).message : (m as Message);
}

function baseMessage(user: EmuUser, opts: BuildOptions, messageId: number): Record<string, unknown> {
  const chat = chatObject(opts.chat, user) as unknown as Record<string, unknown>;
  const msg: Record<string, unknown> = { message_id: messageId };
  if (opts.asAnonymousAdmin) {
    msg.from = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };
    msg.sender_chat = { ...chat };
  } else {
    msg.from = userObject(user);
  }
  msg.chat = chat;
  msg.date = opts.date ?? nowSeconds();
  if (opts.threadId !== undefined) {
    msg.message_thread_id = opts.threadId;
    msg.is_topic_message = true;
  }
  if (opts.replyTo) {
    const { reply_to_message: _ignored, ...replied } = messageOf(opts.replyTo) as unknown as Record<string, unknown>;
    msg.reply_to_message = replied;
  }
  return msg;
}

/** An update with a text message from `user` (private chat unless `opts.chat`). Commands get a bot_command entity. */
export function makeUserMessage(updateId: number, user: EmuUser, text: string, opts: BuildOptions = {}): Update {
  const msg = baseMessage(user, opts, opts.messageId ?? plainMessageId++);
  msg.text = text;
  const entities = commandEntities(text);
  if (entities) msg.entities = entities;
  return { update_id: updateId, message: msg } as unknown as Update;
}

/** An update with a text message from `user` in the group `chat`. */
export function makeGroupMessage(
  updateId: number,
  user: EmuUser,
  chat: EmuChatRef,
  text: string,
  opts: Omit<BuildOptions, "chat"> = {},
): Update {
  return makeUserMessage(updateId, user, text, { ...opts, chat: { ...chat, type: chat.type ?? chatType(chat.id) } });
}

/** An update with a button press on `message` (a Message, or an EmuMessage from the emulator). */
export function makeCallback(
  updateId: number,
  user: EmuUser,
  message: Message | EmuMessage,
  data: string,
  opts: { id?: string; chatInstance?: string } = {},
): Update {
  const m = messageOf(message);
  const chatId = m.chat.id;
  const chatInstance = opts.chatInstance ?? String((BigInt(chatId) * 2654435761n) % 9007199254740881n);
  return {
    update_id: updateId,
    callback_query: {
      id: opts.id ?? String(4_000_000_000_000 + ++callbackCounter),
      from: userObject(user),
      message: m,
      chat_instance: chatInstance,
      data,
    },
  } as unknown as Update;
}

const MIME = new Map<string, string>([
  ["pdf", "application/pdf"],
  ["csv", "text/csv"],
  ["txt", "text/plain"],
  ["json", "application/json"],
  ["ics", "text/calendar"],
  ["html", "text/html"],
  ["md", "text/markdown"],
  ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["zip", "application/zip"],
  ["png", "image/png"],
  ["jpg", "image/jpeg"],
  ["yaml", "application/yaml"],
  ["yml", "application/yaml"],
]);

export function mimeOf(filename: string): string {
  const ext = filename.includes(".") ? (filename.split(".").pop() ?? "").toLowerCase() : "";
  return MIME.get(ext) ?? "application/octet-stream";
}

let fileCounter = 0;
export function newFileIds(): { file_id: string; file_unique_id: string } {
  const n = ++fileCounter;
  return { file_id: `BQACAgQAAxkBAAEmu${n.toString(36).padStart(6, "0")}`, file_unique_id: `AgADemu${n.toString(36)}` };
}

/** An update with a document from `user` (private chat unless `opts.chat`). */
export function makeDocumentMessage(
  updateId: number,
  user: EmuUser,
  filename: string,
  caption?: string,
  opts: DocumentBuildOptions = {},
): Update {
  const msg = baseMessage(user, opts, opts.messageId ?? plainMessageId++);
  const ids = newFileIds();
  msg.document = {
    file_name: filename,
    mime_type: opts.mimeType ?? mimeOf(filename),
    file_id: opts.fileId ?? ids.file_id,
    file_unique_id: ids.file_unique_id,
    file_size: opts.fileSize ?? 1024,
  };
  if (caption !== undefined) {
    msg.caption = caption;
    const entities = commandEntities(caption);
    if (entities) msg.caption_entities = entities;
  }
  return { update_id: updateId, message: msg } as unknown as Update;
}
