/** The emulator's public types: its options, the people and chats the builders take, what it records. */
import type { Buffer } from "node:buffer";
import type { Message, MessageEntity, ResponseParameters, UserFromGetMe } from "grammy/types";

export type FaultKind = "429" | "502" | "network";

export interface FaultOptions {
  /** Probability 0…1 that a call to a faultable method fails. */
  rate: number;
  /** Kinds to choose from (uniformly): 429 with retry_after 1, 502 Bad Gateway, or a destroyed socket. */
  kinds: FaultKind[];
  /** PRNG seed (default 1). The same seed and the same sequence of faultable calls give the same faults. */
  seed?: number;
  /** Methods that may fail (default sendMessage and sendDocument). */
  methods?: string[];
}

export interface LimitOptions {
  /** Accepted sends per (emulated) second over all chats. Default 30. */
  globalPerSecond: number;
  /** Sustained sends per second to one private chat (token-bucket refill rate). Default 1. */
  privatePerSecond: number;
  /** Token-bucket capacity for a private chat: a burst this large is accepted before refusing. Default 3. */
  privateBurst: number;
  /** Sends per (emulated) minute to one group chat (negative id), sliding window. Default 20. */
  groupPerMinute: number;
  /** Whether editMessageText / editMessageReplyMarkup count against the limits (Telegram: they do). Default true. */
  countEdits: boolean;
}

export interface EmulatorOptions {
  /** Refuse sends over Telegram's limits with 429 `Too Many Requests: retry after N`. Default false. */
  enforceLimits?: boolean;
  /** Override individual limits (see {@link LimitOptions}). */
  limits?: Partial<LimitOptions>;
  /** Emulated clock speed for limit windows and retry_after (default 1). See the file comment. */
  timeScale?: number;
  /** Deterministic fault injection on send methods. */
  faults?: FaultOptions;
  /** Real milliseconds to wait before handling each request (default 0). */
  latencyMs?: number;
  /** When true, a positive chat id must have started the bot (markStarted / a message from it) or 403. */
  requireStart?: boolean;
  /** Value of `emu.token` (any token is accepted by the server anyway). */
  token?: string;
  /** Override fields of the getMe answer. */
  botInfo?: Partial<UserFromGetMe>;
  /** A second concurrent getUpdates terminates the first with 409 Conflict, as Telegram does. Default true. */
  conflictOnConcurrentPolls?: boolean;
  /**
   * "bale": behave as Bale's Bot API — Telegram-only fields (parse_mode, reply_parameters, entities…) refused with
   * 400, setMyName/setMyDescription answered 501, commands sent without a bot_command entity, edits answered
   * with a stub message (message_id 0), Bale's limits (BALE_LIMITS unless `limits` says otherwise) refused in turn
   * with a 429, "bot limit exceed" and "local_rate_limited". Default "telegram".
   */
  platform?: "telegram" | "bale";
  /** What of Bale's reported behaviour the Bale mode also plays (ignored in Telegram mode). */
  bale?: BaleModeOptions;
}

/** Bale's reported unreliabilities, to test that the bot degrades quietly. */
export interface BaleModeOptions {
  /** More methods answered 501 Not Implemented (e.g. "pinChatMessage", "setMyCommands"). */
  notImplemented?: string[];
  /** editMessageText of a message that has an inline keyboard fails with 400 "message can't be edited". */
  keyboardEditsFail?: boolean;
}

/** A person, as the builders take it. */
export interface EmuUser {
  id: number;
  first_name: string;
  last_name?: string;
  language_code?: string;
  username?: string;
  is_bot?: boolean;
}

/** A chat, as the builders take it. `type` is inferred from the id when missing (≤ -10¹² supergroup, < 0 group). */
export interface EmuChatRef {
  id: number;
  type?: "private" | "group" | "supergroup" | "channel";
  title?: string;
  username?: string;
  first_name?: string;
  is_forum?: boolean;
}

/** An uploaded file as recorded in `RecordedCall.params` (e.g. `params.document`). */
export interface UploadedFile {
  filename: string;
  size: number;
  content: Buffer;
}

export interface RecordedCall {
  /** Increasing sequence number (not reset by clearCalls). */
  seq: number;
  /** Method name as requested. */
  method: string;
  /** Parsed params: JSON body, or form fields with JSON values parsed and attached files as {@link UploadedFile}. */
  params: Record<string, unknown>;
  /** Date.now() when the answer was produced. */
  time: number;
  /** HTTP status of the answer; 0 when the socket was destroyed (network fault). */
  status: number;
  ok: boolean;
  result?: unknown;
  error?: { error_code: number; description: string; parameters?: ResponseParameters };
  /** Set when the answer was an injected fault. */
  fault?: FaultKind;
  token: string;
}

/** A message in a chat as the emulator sees it (bot messages; incoming ones only where asked for). */
export interface EmuMessage {
  chat_id: number;
  message_id: number;
  /** sendMessage / sendDocument for the bot's messages, "incoming" for messages built for users. */
  method: "sendMessage" | "sendDocument" | "incoming";
  kind: "text" | "document";
  /** True for messages sent by the bot. */
  outgoing: boolean;
  date: number;
  /** Visible text (HTML tags removed, entities decoded) — text messages. */
  text?: string;
  /** Visible caption — documents. */
  caption?: string;
  /** Text or caption exactly as the bot sent it (with HTML tags). */
  raw?: string;
  parse_mode?: string;
  /** Entities of the text or caption. */
  entities?: MessageEntity[];
  /** reply_markup exactly as sent (any keyboard kind). */
  reply_markup?: Record<string, unknown>;
  document?: { file_id: string; file_unique_id: string; file_name?: string; mime_type?: string; file_size?: number };
  /** Content of an uploaded document, when uploaded (not when sent by file_id or URL). */
  upload?: UploadedFile;
  edit_count: number;
  pinned: boolean;
  /** The Bot API Message object (what the bot received / the chat currently shows). */
  message: Message;
}

export interface EmulatorStats {
  /** Accepted sendMessage + sendDocument. */
  sends: number;
  /** Accepted editMessageText + editMessageReplyMarkup. */
  edits: number;
  /** 429s caused by the limits (injected 429s are counted in `faults`). */
  rejected429: number;
  rejected403: number;
  /** Injected faults of every kind. */
  faults: number;
  faultsByKind: Record<FaultKind, number>;
  /** Highest number of accepted sends(+edits) to one chat within any sliding emulated second. */
  perChatMaxPerSecond: number;
  /** Highest number of accepted sends(+edits) to one group chat within any sliding emulated minute. */
  perGroupMaxPerMinute: number;
  /** Highest number of accepted sends(+edits) overall within any sliding emulated second. */
  globalMaxPerSecond: number;
}

export type MemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

export interface BuildOptions {
  chat?: EmuChatRef;
  messageId?: number;
  date?: number;
  /** Make the message a reply to this one. */
  replyTo?: Message | EmuMessage;
  /** message_thread_id for forum topics. */
  threadId?: number;
  /** Send as an anonymous group admin (from GroupAnonymousBot, sender_chat = the chat). */
  asAnonymousAdmin?: boolean;
}

export interface DocumentBuildOptions extends BuildOptions {
  fileId?: string;
  fileSize?: number;
  mimeType?: string;
}
