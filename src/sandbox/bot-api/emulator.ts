/**
 * A local HTTP emulator of the Telegram Bot API for the sandbox, tests, end-to-end runs, fault injection
 * and benchmarks.
 *
 * Start it with `await BotApiEmulator.start(options)` and point grammY at it:
 * `new Bot(emu.token, { client: { apiRoot: emu.url } })` (or run the bot process with `TELEGRAM_API_ROOT=emu.url`).
 * Every request is answered like the real server would: `{ ok: true, result }` or
 * `{ ok: false, error_code, description, parameters? }` with the HTTP status equal to `error_code`.
 *
 * Time: limit windows live on an *emulated* clock that runs `timeScale` times faster than real time. With
 * `timeScale: 10` the "1 second" window lasts 100 ms and the "1 minute" group window 6 s of real time, and a
 * `retry_after: 6` tells the client to wait 6 emulated seconds = 0.6 s of real time. `retry_after` values are always
 * reported in emulated seconds (what Telegram would say); a client that obeys them literally waits `timeScale` times
 * too long. `latencyMs`, getUpdates `timeout` and `waitFor` timeouts are real time and are not scaled.
 *
 * Only Node built-ins are used at run time (the grammY import is type-only).
 */
import { Buffer } from "node:buffer";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { BotCommand, ChatMember, Message, MessageEntity, Update, UserFromGetMe } from "grammy/types";
import { ApiError, bad, forbidden, NOT_MODIFIED } from "./api-error.ts";
import { BALE_LIMITS, BaleLimitAnswers, baleKeyboardEditRefusal, baleRefusal } from "./bale-mode.ts";
import { DEFAULT_LIMITS, SendWindows } from "./limits.ts";
import { isUpload, normaliseParams, type Params, parseMultipart } from "./request-params.ts";
import { asPhoneShows, parseHtmlAsTelegram } from "./telegram-html.ts";
import type {
  BaleModeOptions,
  BuildOptions,
  DocumentBuildOptions,
  EmuChatRef,
  EmuMessage,
  EmulatorOptions,
  EmulatorStats,
  EmuUser,
  FaultKind,
  FaultOptions,
  LimitOptions,
  MemberStatus,
  RecordedCall,
  UploadedFile,
} from "./types.ts";
import {
  chatType,
  makeCallback,
  makeDocumentMessage,
  makeUserMessage,
  messageOf,
  mimeOf,
  newFileIds,
  nowSeconds,
  userObject,
} from "./updates.ts";

export type * from "./types.ts";
export { commandEntities, makeCallback, makeDocumentMessage, makeGroupMessage, makeUserMessage } from "./updates.ts";

function canon(v: unknown): string {
  if (v === null || v === undefined || typeof v !== "object") return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canon).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined && o[k] !== null)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canon(o[k])}`)
    .join(",")}}`;
}

/** mulberry32: small, fast, deterministic. */
function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ───────────────────────────────────────────────────────────── the emulator

interface StoredMessage {
  chatId: number;
  messageId: number;
  method: EmuMessage["method"];
  kind: EmuMessage["kind"];
  outgoing: boolean;
  raw?: string;
  parseMode?: string;
  markup?: Record<string, unknown>;
  upload?: UploadedFile;
  editCount: number;
  pinned: boolean;
  message: Record<string, unknown>;
}

type SavedUpload = { filename: string; size: number; content: string };

/** The emulator's conversations as JSON ({@link BotApiEmulator.conversations}); files' contents in base64. */
export type EmulatorConversations = {
  version: 1;
  nextUpdateId: number;
  started: number[];
  blocked: number[];
  chats: {
    id: number;
    chat: Record<string, unknown>;
    nextMessageId: number;
    pinned: number[];
    messages: (Omit<StoredMessage, "upload"> & { upload?: SavedUpload })[];
  }[];
  files: (Omit<StoredFile, "content"> & { content?: string })[];
};

interface ChatState {
  id: number;
  chat: Record<string, unknown>;
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  pinned: number[];
}

interface PollWaiter {
  offset: number;
  limit: number;
  finish: (outcome: Update[] | ApiError) => void;
}

interface Watcher {
  onCall: (call: RecordedCall) => void;
  fail: (error: Error) => void;
}

interface CallContext {
  token: string;
  onAbort: (cb: () => void) => void;
}

interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  file_path: string;
  size: number;
  /** Absent: served as `size` zero bytes. */
  content?: Buffer;
}

type Handler = (p: Params, ctx: CallContext) => unknown;

interface OutgoingExtra {
  raw?: string;
  parseMode?: string;
  markup?: Record<string, unknown>;
  upload?: UploadedFile;
  p: Params;
}

const UPDATE_TYPES_NOT_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);
const DEFAULT_FAULT_METHODS = ["sendMessage", "sendDocument"];
const MAX_BODY = 52 * 1024 * 1024;
const MAX_UPLOAD = 50 * 1024 * 1024;
const MAX_DOWNLOAD = 20 * 1024 * 1024;

export class BotApiEmulator {
  /** The apiRoot for grammY, e.g. `http://127.0.0.1:34567` (no trailing slash). */
  readonly url: string;
  /** A token to use with the emulator (any token is accepted). */
  readonly token: string;
  /** What getMe returns. */
  readonly botInfo: UserFromGetMe;
  /** Private chats (user ids) that have started the bot; only consulted with `requireStart`. */
  readonly startedChats = new Set<number>();
  /** Chats that blocked the bot (users) or removed it (groups): sends give 403. */
  readonly blockedChats = new Set<number>();
  /** Every answered request since the last clearCalls(), in order. */
  calls: RecordedCall[] = [];
  /** update_id the next built or pushed update gets. */
  nextUpdateId = 10_000;

  private readonly server: Server;
  private readonly enforce: boolean;
  private readonly bale: boolean;
  private readonly baleOptions: BaleModeOptions;
  private readonly baleLimitAnswers = new BaleLimitAnswers();
  /** Which Bot API this emulator behaves as (EmulatorOptions.platform). */
  readonly platform: "telegram" | "bale";
  private readonly limits: LimitOptions;
  private readonly timeScale: number;
  private readonly latencyMs: number;
  private readonly requireStart: boolean;
  private readonly conflictOnConcurrentPolls: boolean;
  private readonly faultOptions: FaultOptions | undefined;
  private readonly faultMethods: Set<string>;
  private readonly rng: () => number;
  private readonly t0 = performance.now();
  private readonly handlers: Map<string, Handler>;

  private stopped = false;
  private seq = 0;
  private sentAll: EmuMessage[] = [];
  private sentByChat = new Map<number, EmuMessage[]>();
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, EmuUser>();
  private readonly migrated = new Map<number, number>();
  private readonly notAdmin = new Set<number>();
  private readonly members = new Map<string, MemberStatus>();
  private readonly commandSets = new Map<string, BotCommand[]>();
  private readonly menuButtons = new Map<string, unknown>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private readonly issuedCallbacks = new Map<string, boolean>();
  /** Answers given with answerCallbackQuery, by callback_query_id. */
  readonly callbackAnswers = new Map<string, Params>();
  private webhookState: { url: string; secret_token?: string; max_connections?: number } | undefined;

  private queue: Update[] = [];
  private allowedUpdates: Set<string> | undefined; // undefined = default set
  private readonly waiters = new Set<PollWaiter>();
  private wakeScheduled = false;
  private readonly watchers = new Set<Watcher>();
  private readonly observers = new Set<(call: RecordedCall) => void>();
  private readonly sleeps = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private readonly inflight = new Set<ServerResponse>();

  private sendWindows = new SendWindows();
  private counters: EmulatorStats = BotApiEmulator.emptyStats();

  private constructor(server: Server, url: string, options: EmulatorOptions) {
    this.server = server;
    this.url = url;
    this.token = options.token ?? "777000111:AAEmulatorTokenForKargoruhTests";
    this.botInfo = {
      id: 777000111,
      is_bot: true,
      first_name: "Kargoruh",
      username: "kargoruh_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      ...options.botInfo,
    } as UserFromGetMe;
    this.enforce = options.enforceLimits ?? false;
    this.platform = options.platform ?? "telegram";
    this.bale = this.platform === "bale";
    this.baleOptions = options.bale ?? {};
    this.limits = { ...(this.bale ? BALE_LIMITS : DEFAULT_LIMITS), ...options.limits };
    this.timeScale = options.timeScale && options.timeScale > 0 ? options.timeScale : 1;
    this.latencyMs = Math.max(0, options.latencyMs ?? 0);
    this.requireStart = options.requireStart ?? false;
    this.conflictOnConcurrentPolls = options.conflictOnConcurrentPolls ?? true;
    this.faultOptions =
      options.faults && options.faults.rate > 0 && options.faults.kinds.length > 0 ? options.faults : undefined;
    this.faultMethods = new Set((options.faults?.methods ?? DEFAULT_FAULT_METHODS).map((m) => m.toLowerCase()));
    this.rng = makeRng(options.faults?.seed ?? 1);
    const h: Array<[string, Handler]> = [
      ["getMe", () => this.botInfo],
      ["getUpdates", (p, ctx) => this.getUpdates(p, ctx)],
      ["deleteWebhook", (p) => this.deleteWebhook(p)],
      ["setWebhook", (p) => this.setWebhook(p)],
      ["getWebhookInfo", () => this.getWebhookInfo()],
      ["setMyCommands", (p) => this.setMyCommands(p)],
      ["getMyCommands", (p) => this.commandSets.get(this.commandKey(p.scope, p.language_code)) ?? []],
      ["deleteMyCommands", (p) => this.commandSets.delete(this.commandKey(p.scope, p.language_code)) || true],
      ["sendMessage", (p) => this.sendMessage(p)],
      ["sendDocument", (p) => this.sendDocument(p)],
      ["editMessageText", (p) => this.baleStubEdit(this.editMessageText(p))],
      ["editMessageReplyMarkup", (p) => this.editMessageReplyMarkup(p)],
      ["answerCallbackQuery", (p) => this.answerCallbackQuery(p)],
      ["pinChatMessage", (p) => this.pinChatMessage(p)],
      ["unpinChatMessage", (p) => this.unpinChatMessage(p)],
      ["unpinAllChatMessages", (p) => this.unpinAllChatMessages(p)],
      ["deleteMessage", (p) => this.deleteMessage(p)],
      ["getChat", (p) => this.getChat(p)],
      ["getChatMember", (p) => this.getChatMember(p)],
      ["sendChatAction", (p) => this.sendChatAction(p)],
      ["setChatMenuButton", (p) => this.setChatMenuButton(p)],
      ["getChatMenuButton", (p) => this.menuButtons.get(this.menuKey(p.chat_id)) ?? { type: "default" }],
      ["getFile", (p) => this.getFile(p)],
    ];
    this.handlers = new Map(h.map(([name, fn]) => [name.toLowerCase(), fn]));
  }

  /** Starts an emulator on 127.0.0.1 with a random free port. */
  static async start(options: EmulatorOptions = {}): Promise<BotApiEmulator> {
    const server = createServer({ requestTimeout: 0, headersTimeout: 120_000 });
    server.keepAliveTimeout = 120_000;
    server.maxHeadersCount = 100;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: "127.0.0.1", port: 0, backlog: 4096 }, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const emu = new BotApiEmulator(server, `http://127.0.0.1:${port}`, options);
    server.on("request", (req, res) => emu.onRequest(req, res));
    server.on("clientError", (_err, socket) => socket.destroy());
    return emu;
  }

  /** Stops the server: pending long polls answer [] at once, waiters reject, all timers are cleared. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const w of [...this.waiters]) w.finish([]);
    for (const s of [...this.sleeps]) {
      clearTimeout(s.timer);
      s.resolve();
    }
    this.sleeps.clear();
    for (const w of [...this.watchers]) w.fail(new Error("BotApiEmulator stopped before the awaited condition held"));
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.inflight.size > 0) {
      // Let answers already written (e.g. the [] of cancelled long polls) reach the client, briefly.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 200);
        const check = setInterval(() => {
          if (this.inflight.size === 0) done();
        }, 5);
        function done() {
          clearTimeout(timer);
          clearInterval(check);
          resolve();
        }
      });
    }
    this.server.closeAllConnections();
    await closed;
  }

  // ─────────────────────────────────────────── people and chats

  /** The person (a private chat id) has pressed Start: sends to them work (and unblock). */
  markStarted(chatId: number): void {
    this.startedChats.add(chatId);
    this.blockedChats.delete(chatId);
  }

  /** The person blocked the bot (or, for a negative id, the bot was removed from the group). */
  block(chatId: number): void {
    this.blockedChats.add(chatId);
  }

  unblock(chatId: number): void {
    this.blockedChats.delete(chatId);
  }

  /** Sends to `oldId` now fail with 400 and `parameters.migrate_to_chat_id = newId`. */
  migrateChat(oldId: number, newId: number, title?: string): void {
    this.migrated.set(oldId, newId);
    const old = this.chats.get(oldId);
    this.chatState(newId, { title: title ?? (old?.chat.title as string | undefined), type: "supergroup" });
  }

  /** Whether the bot is an admin in a group (default true): without it pin/unpin and deleting others' messages fail. */
  setBotAdmin(chatId: number, isAdmin: boolean): void {
    if (isAdmin) this.notAdmin.delete(chatId);
    else this.notAdmin.add(chatId);
  }

  /** getChatMember status of `userId` in `chatId` (default "member"). */
  setMember(chatId: number, userId: number, status: MemberStatus): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  /** Registers a group chat (title, type) so messages and getChat describe it. */
  registerChat(chat: EmuChatRef): void {
    this.chatState(chat.id, chat);
  }

  // ─────────────────────────────────────────── updates

  /** Number of queued (unconfirmed) updates. */
  get pendingUpdates(): number {
    return this.queue.length;
  }

  /** Queues an update for getUpdates; assigns update_id when absent. Returns the update_id. */
  pushUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): number {
    const u = { ...update } as Update;
    if (typeof u.update_id !== "number") u.update_id = this.nextUpdateId++;
    else if (u.update_id >= this.nextUpdateId) this.nextUpdateId = u.update_id + 1;
    const last = this.queue[this.queue.length - 1];
    if (!last || last.update_id < u.update_id) this.queue.push(u);
    else {
      const idx = this.queue.findIndex((q) => q.update_id >= u.update_id);
      if (this.queue[idx]?.update_id === u.update_id) this.queue[idx] = u;
      else this.queue.splice(idx, 0, u);
    }
    this.scheduleWake();
    return u.update_id;
  }

  /** A text message from `user` (private chat unless `chat` is given). Not queued: pass it to pushUpdate. */
  userMessage(user: EmuUser, text: string, chat?: EmuChatRef, opts: Omit<BuildOptions, "chat"> = {}): Update {
    const state = this.noteIncoming(user, chat);
    const update = makeUserMessage(this.nextUpdateId++, user, text, {
      ...opts,
      chat: this.refOf(state),
      messageId: state.nextMessageId++,
    });
    // Bale may deliver a command as bare text, without its bot_command entity.
    if (this.bale && update.message) delete update.message.entities;
    this.storeIncoming(state, update.message as unknown as Record<string, unknown>, "text");
    return update;
  }

  /** A text message from `user` in a group. Not queued: pass it to pushUpdate. */
  groupMessage(user: EmuUser, chat: EmuChatRef, text: string, opts: Omit<BuildOptions, "chat"> = {}): Update {
    return this.userMessage(user, text, { ...chat, type: chat.type ?? chatType(chat.id) }, opts);
  }

  /** A press of a button of `message` with `data`; the message is the chat's current version. Not queued. */
  callback(user: EmuUser, message: Message | EmuMessage, data: string): Update {
    const m = messageOf(message);
    const stored = this.chats.get(m.chat.id)?.messages.get(m.message_id);
    const current = stored ? (structuredClone(stored.message) as unknown as Message) : m;
    if (current.chat.type === "private") this.markStarted(current.chat.id);
    this.users.set(user.id, user);
    const update = makeCallback(this.nextUpdateId++, user, current, data);
    const id = update.callback_query?.id;
    if (id !== undefined) this.issuedCallbacks.set(id, false);
    return update;
  }

  /** A document from `user`; `content` (when given) is served by getFile and the file download URL. Not queued. */
  documentMessage(
    user: EmuUser,
    filename: string,
    caption?: string,
    opts: Omit<DocumentBuildOptions, "messageId"> & { content?: Buffer | string } = {},
  ): Update {
    const state = this.noteIncoming(user, opts.chat);
    const content = opts.content === undefined ? undefined : Buffer.from(opts.content);
    const update = makeDocumentMessage(this.nextUpdateId++, user, filename, caption, {
      ...opts,
      chat: this.refOf(state),
      messageId: state.nextMessageId++,
      fileSize: opts.fileSize ?? content?.length,
    });
    const msg = update.message as unknown as Record<string, unknown>;
    const doc = msg.document as { file_id: string; file_unique_id: string; file_name?: string };
    this.storeFile(
      doc.file_id,
      doc.file_unique_id,
      filename,
      (msg.document as { file_size: number }).file_size,
      content,
    );
    this.storeIncoming(state, msg, "document");
    return update;
  }

  /**
   * POSTs an update to the webhook set with setWebhook (with the `X-Telegram-Bot-Api-Secret-Token` header when a
   * secret was set), like Telegram does. A method call in the response body (grammY's webhook reply) is executed and
   * recorded as a call. Returns the HTTP status and body of the bot's answer.
   */
  async deliverToWebhook(
    update: Omit<Update, "update_id"> & { update_id?: number },
  ): Promise<{ status: number; body: string }> {
    const hook = this.webhookState;
    if (!hook) throw new Error("deliverToWebhook: no webhook is set (call setWebhook first)");
    const full = { ...update } as Update;
    if (typeof full.update_id !== "number") full.update_id = this.nextUpdateId++;
    else if (full.update_id >= this.nextUpdateId) this.nextUpdateId = full.update_id + 1;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (hook.secret_token !== undefined) headers["x-telegram-bot-api-secret-token"] = hook.secret_token;
    const res = await fetch(hook.url, { method: "POST", headers, body: JSON.stringify(full) });
    const body = await res.text();
    if (res.ok && body.trim().startsWith("{")) {
      let reply: unknown;
      try {
        reply = JSON.parse(body);
      } catch {
        reply = undefined;
      }
      const method = (reply as { method?: unknown } | undefined)?.method;
      const handler = typeof method === "string" ? this.handlers.get(method.toLowerCase()) : undefined;
      if (typeof method === "string" && handler && method.toLowerCase() !== "getupdates") {
        const { method: _m, ...params } = reply as Params;
        normaliseParams(params);
        try {
          const result = handler(params, { token: this.token, onAbort: () => {} });
          this.record({ method, params, status: 200, ok: true, result, token: this.token });
        } catch (err) {
          const e = err instanceof ApiError ? err : new ApiError(500, String(err));
          const error: RecordedCall["error"] = { error_code: e.code, description: e.description };
          if (e.parameters) error.parameters = e.parameters;
          this.record({ method, params, status: e.code, ok: false, error, token: this.token });
        }
      }
    }
    return { status: res.status, body };
  }

  // ─────────────────────────────────────────── inspection

  /** Messages the bot sent (sendMessage + sendDocument, as sent), in order; only for `chatId` when given. */
  sent(chatId?: number): EmuMessage[] {
    return chatId === undefined ? [...this.sentAll] : [...(this.sentByChat.get(chatId) ?? [])];
  }

  /** The last message the bot sent to `chatId` (as sent). */
  lastSent(chatId: number): EmuMessage | undefined {
    const list = this.sentByChat.get(chatId);
    return list?.[list.length - 1];
  }

  /** Current state of the chat: the bot's messages with edits applied, deleted ones gone (users' too if asked). */
  messagesIn(chatId: number, opts: { includeIncoming?: boolean } = {}): EmuMessage[] {
    const state = this.chats.get(chatId);
    if (!state) return [];
    const out: EmuMessage[] = [];
    for (const m of state.messages.values()) {
      if (m.outgoing || opts.includeIncoming) out.push(this.snapshot(m));
    }
    return out;
  }

  /** Commands set with setMyCommands for a scope (type string like "all_private_chats", or a scope object) and language. */
  commands(scope: string | Record<string, unknown> = "default", lang = ""): BotCommand[] | undefined {
    const s = typeof scope === "string" ? { type: scope } : scope;
    return this.commandSets.get(this.commandKey(s, lang));
  }

  /**
   * The command menu a person sees in a chat, resolved as Telegram does: the narrowest scope set for the chat (and
   * the person in it), each in the person's language before the one for every language.
   */
  commandMenu(chatId: number, userId: number, lang = ""): BotCommand[] {
    const scopes =
      chatId > 0
        ? [`chat:${chatId}`, "all_private_chats", "default"]
        : [`chat_member:${chatId}:${userId}`, `chat:${chatId}`, "all_group_chats", "default"];
    for (const scope of scopes) {
      for (const language of lang ? [lang, ""] : [""]) {
        const set = this.commandSets.get(`${scope}|${language}`);
        if (set) return set;
      }
    }
    return [];
  }

  /**
   * The conversations as JSON — every chat with its messages (edits, pins, uploaded files), the files the bot can send
   * again by file_id, and who pressed Start — for the sandbox to keep across restarts. Not the calls or the queue.
   */
  conversations(): EmulatorConversations {
    const upload = (u: UploadedFile | undefined) =>
      u && { filename: u.filename, size: u.size, content: u.content.toString("base64") };
    return {
      version: 1,
      nextUpdateId: this.nextUpdateId,
      started: [...this.startedChats],
      blocked: [...this.blockedChats],
      chats: [...this.chats.values()].map((state) => ({
        id: state.id,
        chat: state.chat,
        nextMessageId: state.nextMessageId,
        pinned: state.pinned,
        messages: [...state.messages.values()].map((m) => ({ ...m, upload: upload(m.upload) })),
      })),
      files: [...this.files.values()].map((f) => ({ ...f, content: f.content?.toString("base64") })),
    };
  }

  /** Takes back what {@link conversations} gave (a restarted sandbox); chats already here are replaced. */
  restoreConversations(saved: EmulatorConversations): void {
    if (saved.version !== 1) throw new Error(`unknown conversations version ${String(saved.version)}`);
    const upload = (u: SavedUpload | undefined) =>
      u && { filename: u.filename, size: u.size, content: Buffer.from(u.content, "base64") };
    // update_ids go on from there: the bot remembers the ones it handled and would skip a repeat.
    this.nextUpdateId = Math.max(this.nextUpdateId, saved.nextUpdateId);
    for (const id of saved.started) this.startedChats.add(id);
    for (const id of saved.blocked) this.blockedChats.add(id);
    for (const chat of saved.chats) {
      const messages = new Map<number, StoredMessage>();
      for (const m of chat.messages) messages.set(m.messageId, { ...m, upload: upload(m.upload) } as StoredMessage);
      this.chats.set(chat.id, {
        id: chat.id,
        chat: chat.chat,
        nextMessageId: chat.nextMessageId,
        pinned: chat.pinned,
        messages,
      });
    }
    for (const f of saved.files) {
      const file: StoredFile = {
        ...f,
        content: f.content === undefined ? undefined : Buffer.from(f.content, "base64"),
      };
      this.files.set(file.file_id, file);
      this.filesByPath.set(file.file_path, file);
    }
  }

  /** Calls `listener` with every call as it is answered (the sandbox's page follows the chats this way). */
  observe(listener: (call: RecordedCall) => void): () => void {
    this.observers.add(listener);
    return () => this.observers.delete(listener);
  }

  /** Menu button set for a chat (or the default one). */
  menuButton(chatId?: number): unknown {
    return this.menuButtons.get(this.menuKey(chatId));
  }

  /** The webhook set with setWebhook, if any (the emulator does not deliver to it). */
  get webhook(): { url: string; secret_token?: string; max_connections?: number } | undefined {
    return this.webhookState;
  }

  /** Forgets recorded calls and sent messages (chat state, message ids and stats stay). */
  clearCalls(): void {
    this.calls = [];
    this.sentAll = [];
    this.sentByChat = new Map();
  }

  stats(): EmulatorStats {
    return { ...this.counters, faultsByKind: { ...this.counters.faultsByKind } };
  }

  /** Resets counters and rate windows (not recorded calls). */
  resetStats(): void {
    this.counters = BotApiEmulator.emptyStats();
    this.sendWindows = new SendWindows();
  }

  /**
   * Resolves with the first recorded call matching `predicate` — already recorded ones included unless
   * `opts.onlyNew` — or rejects after `timeoutMs` with a list of the recent calls.
   */
  waitFor(
    predicate: (call: RecordedCall) => boolean,
    timeoutMs = 5000,
    opts: { onlyNew?: boolean } = {},
  ): Promise<RecordedCall> {
    if (!opts.onlyNew) {
      for (const c of this.calls) if (predicate(c)) return Promise.resolve(c);
    }
    return this.watch<RecordedCall>((call) => (call && predicate(call) ? call : undefined), timeoutMs, "waitFor");
  }

  /** Resolves with sent(chatId) once at least `count` messages were sent to the chat. */
  waitForSent(chatId: number, count = 1, timeoutMs = 5000): Promise<EmuMessage[]> {
    const check = () => {
      const list = this.sentByChat.get(chatId);
      return list && list.length >= count ? [...list] : undefined;
    };
    const now = check();
    if (now) return Promise.resolve(now);
    return this.watch(
      check,
      timeoutMs,
      `waitForSent(${chatId}, ${count}) [have ${this.sentByChat.get(chatId)?.length ?? 0}]`,
    );
  }

  // ─────────────────────────────────────────── internals: waiting

  private watch<T>(check: (call?: RecordedCall) => T | undefined, timeoutMs: number, what: string): Promise<T> {
    if (this.stopped) return Promise.reject(new Error(`${what}: BotApiEmulator is stopped`));
    return new Promise<T>((resolve, reject) => {
      const w: Watcher = {
        onCall: (call) => {
          let value: T | undefined;
          try {
            value = check(call);
          } catch (err) {
            finish();
            reject(err);
            return;
          }
          if (value !== undefined) {
            finish();
            resolve(value);
          }
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${what} timed out after ${timeoutMs} ms.\n${this.describeRecentCalls()}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.watchers.delete(w);
      };
      this.watchers.add(w);
    });
  }

  /** A readable list of the most recent calls, for failure messages. */
  describeRecentCalls(count = 20): string {
    if (this.calls.length === 0) return "No calls were recorded.";
    const recent = this.calls.slice(-count);
    const lines = recent.map((c) => {
      const p = c.params;
      const bits: string[] = [];
      if (p.chat_id !== undefined) bits.push(`chat_id=${String(p.chat_id)}`);
      if (p.message_id !== undefined) bits.push(`message_id=${String(p.message_id)}`);
      const text = p.text ?? p.caption ?? p.data;
      if (typeof text === "string") bits.push(JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text));
      if (isUpload(p.document)) bits.push(`document=${p.document.filename}`);
      const outcome = c.ok ? "ok" : c.fault === "network" ? "socket destroyed" : (c.error?.description ?? "");
      return `  #${c.seq} ${c.method}(${bits.join(", ")}) → ${c.status} ${outcome}`;
    });
    return `Last ${recent.length} of ${this.calls.length} calls:\n${lines.join("\n")}`;
  }

  // ─────────────────────────────────────────── internals: HTTP

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    if (this.stopped) {
      req.socket.destroy();
      return;
    }
    this.inflight.add(res);
    res.on("close", () => this.inflight.delete(res));
    this.handleRequest(req, res).catch((err: unknown) => {
      this.writeJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
    });
  }

  private async handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch && (req.method === "GET" || req.method === "HEAD")) {
      req.resume();
      const file = this.filesByPath.get(decodeURIComponent(fileMatch[2] ?? ""));
      if (!file) {
        this.writeJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
        return;
      }
      const content = file.content ?? Buffer.alloc(file.size);
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": content.length });
      res.end(req.method === "HEAD" ? undefined : content);
      return;
    }
    const m = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z_]+)\/?$/.exec(url.pathname);
    if (!m) {
      req.resume();
      this.writeJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const token = decodeURIComponent(m[1] ?? "");
    const method = m[2] ?? "";
    let params: Params;
    try {
      params = await this.readParams(req, url);
    } catch (err) {
      if (req.destroyed && !(err instanceof ApiError)) return; // client went away mid-body
      const e = err instanceof ApiError ? err : bad(`can't parse request: ${String(err)}`);
      this.finishCall(res, token, method, {}, e);
      if (e.code === 413) res.once("finish", () => req.socket.destroy());
      return;
    }
    if (this.latencyMs > 0) await this.sleep(this.latencyMs);
    if (this.stopped) {
      res.destroy();
      return;
    }
    const refusal = this.bale ? baleRefusal(method, params, this.baleOptions) : undefined;
    if (refusal) {
      this.finishCall(res, token, method, params, refusal);
      return;
    }
    const handler = this.handlers.get(method.toLowerCase());
    if (!handler) {
      this.finishCall(res, token, method, params, new ApiError(404, "Not Found"));
      return;
    }
    if (this.faultOptions && this.faultMethods.has(method.toLowerCase())) {
      const fault = this.drawFault(this.faultOptions);
      if (fault) {
        this.counters.faults++;
        this.counters.faultsByKind[fault]++;
        if (fault === "network") {
          this.record({ method, params, status: 0, ok: false, fault, token });
          req.socket.destroy();
          return;
        }
        const e =
          fault === "429"
            ? new ApiError(429, "Too Many Requests: retry after 1", { retry_after: 1 })
            : new ApiError(502, "Bad Gateway");
        this.finishCall(res, token, method, params, e, fault);
        return;
      }
    }
    const ctx: CallContext = {
      token,
      onAbort: (cb) =>
        res.on("close", () => {
          if (!res.writableEnded) cb();
        }),
    };
    let outcome: unknown;
    try {
      outcome = handler(params, ctx);
      if (outcome instanceof Promise) outcome = await outcome;
    } catch (err) {
      if (res.destroyed && method.toLowerCase() === "getupdates") return;
      const e = err instanceof ApiError ? err : new ApiError(500, `Internal Server Error: ${String(err)}`);
      this.finishCall(res, token, method, params, e);
      return;
    }
    // A long poll the client abandoned consumed nothing: do not record it.
    if (res.destroyed && method.toLowerCase() === "getupdates") return;
    this.finishCall(res, token, method, params, { result: outcome });
  }

  private finishCall(
    res: ServerResponse,
    token: string,
    method: string,
    params: Params,
    outcome: ApiError | { result: unknown },
    fault?: FaultKind,
  ): void {
    if (outcome instanceof ApiError) {
      const error: RecordedCall["error"] = { error_code: outcome.code, description: outcome.description };
      if (outcome.parameters) error.parameters = outcome.parameters;
      const call: Omit<RecordedCall, "seq" | "time"> = {
        method,
        params,
        status: outcome.code,
        ok: false,
        error,
        token,
      };
      if (fault) call.fault = fault;
      this.record(call);
      this.writeJson(res, outcome.code, { ok: false, ...error });
    } else {
      this.record({ method, params, status: 200, ok: true, result: outcome.result, token });
      this.writeJson(res, 200, { ok: true, result: outcome.result });
    }
  }

  private record(call: Omit<RecordedCall, "seq" | "time">): void {
    const full: RecordedCall = { seq: ++this.seq, time: Date.now(), ...call };
    this.calls.push(full);
    if (this.watchers.size > 0) for (const w of [...this.watchers]) w.onCall(full);
    for (const listener of this.observers) listener(full);
  }

  private writeJson(res: ServerResponse, status: number, body: unknown): void {
    if (res.writableEnded || res.destroyed || res.headersSent) return;
    const data = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(data) });
    res.end(data);
  }

  private async readParams(req: IncomingMessage, url: URL): Promise<Params> {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    await new Promise<void>((resolve, reject) => {
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) tooLarge = true;
        else chunks.push(chunk);
      });
      req.on("end", resolve);
      req.on("error", reject);
      req.on("aborted", () => reject(new Error("request aborted")));
    });
    if (tooLarge) throw new ApiError(413, "Request Entity Too Large");
    const body = Buffer.concat(chunks, Math.min(size, MAX_BODY));
    const params: Params = {};
    for (const [k, v] of url.searchParams) params[k] = v;
    if (body.length === 0) return normaliseParams(params);
    const type = req.headers["content-type"] ?? "";
    if (/multipart\/form-data/i.test(type)) {
      const b = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
      const boundary = b?.[1] ?? b?.[2];
      if (!boundary) throw bad("can't parse multipart/form-data: no boundary");
      const { fields, files } = parseMultipart(body, boundary);
      Object.assign(params, fields);
      for (const [k, v] of Object.entries(params)) {
        if (typeof v === "string" && v.startsWith("attach://")) {
          const f = files.get(v.slice("attach://".length));
          if (f) params[k] = f;
        }
      }
      for (const [name, f] of files) if (!(name in params) && !Object.values(params).includes(f)) params[name] = f;
    } else if (/application\/x-www-form-urlencoded/i.test(type)) {
      for (const [k, v] of new URLSearchParams(body.toString("utf8"))) params[k] = v;
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString("utf8"));
      } catch {
        throw bad("can't parse JSON object");
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw bad("can't parse JSON object");
      Object.assign(params, parsed);
    }
    return normaliseParams(params);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.sleeps.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.sleeps.add(entry);
    });
  }

  private drawFault(f: FaultOptions): FaultKind | undefined {
    const r = this.rng();
    const k = this.rng();
    if (r >= f.rate) return undefined;
    return f.kinds[Math.min(f.kinds.length - 1, Math.floor(k * f.kinds.length))];
  }

  // ─────────────────────────────────────────── internals: limits

  private emuNow(): number {
    return (performance.now() - this.t0) * this.timeScale;
  }

  /** Checks the limits for one send/edit to `chatId`, and if allowed counts it. Throws 429 otherwise. */
  private consumeQuota(chatId: number): void {
    try {
      this.sendWindows.consume(chatId, this.emuNow(), this.limits, this.enforce, this.counters);
    } catch (error) {
      throw this.bale && error instanceof ApiError ? this.baleLimitAnswers.answer(error) : error;
    }
  }

  private static emptyStats(): EmulatorStats {
    return {
      sends: 0,
      edits: 0,
      rejected429: 0,
      rejected403: 0,
      faults: 0,
      faultsByKind: { "429": 0, "502": 0, network: 0 },
      perChatMaxPerSecond: 0,
      perGroupMaxPerMinute: 0,
      globalMaxPerSecond: 0,
    };
  }

  // ─────────────────────────────────────────── internals: chats and messages

  private chatState(id: number, ref?: Partial<EmuChatRef>): ChatState {
    let state = this.chats.get(id);
    if (!state) {
      const type = ref?.type ?? chatType(id);
      const chat: Record<string, unknown> = { id, type };
      if (type === "private") {
        const user = this.users.get(id);
        chat.first_name = ref?.first_name ?? user?.first_name ?? "User";
        if (user?.last_name !== undefined) chat.last_name = user.last_name;
        const username = ref?.username ?? user?.username;
        if (username !== undefined) chat.username = username;
      } else {
        chat.title = ref?.title ?? `Group ${id}`;
        if (ref?.username !== undefined) chat.username = ref.username;
        if (ref?.is_forum) chat.is_forum = true;
      }
      state = { id, chat, nextMessageId: 1, messages: new Map(), pinned: [] };
      this.chats.set(id, state);
    } else if (ref) {
      if (ref.title !== undefined && state.chat.type !== "private") state.chat.title = ref.title;
      if (ref.type !== undefined) state.chat.type = ref.type;
      if (ref.is_forum) state.chat.is_forum = true;
    }
    return state;
  }

  private refOf(state: ChatState): EmuChatRef {
    return { ...(state.chat as unknown as EmuChatRef) };
  }

  private noteIncoming(user: EmuUser, chat: EmuChatRef | undefined): ChatState {
    this.users.set(user.id, user);
    if (!chat || (chat.type ?? chatType(chat.id)) === "private") {
      const id = chat?.id ?? user.id;
      this.markStarted(id);
      const state = this.chatState(id, chat ?? { first_name: user.first_name, username: user.username });
      if (id === user.id) {
        state.chat.first_name = user.first_name;
        if (user.username !== undefined) state.chat.username = user.username;
      }
      return state;
    }
    return this.chatState(chat.id, chat);
  }

  private storeIncoming(state: ChatState, message: Record<string, unknown>, kind: "text" | "document"): void {
    state.messages.set(message.message_id as number, {
      chatId: state.id,
      messageId: message.message_id as number,
      method: "incoming",
      kind,
      outgoing: false,
      editCount: 0,
      pinned: false,
      message: structuredClone(message),
    });
  }

  private snapshot(m: StoredMessage): EmuMessage {
    const msg = structuredClone(m.message);
    const e: EmuMessage = {
      chat_id: m.chatId,
      message_id: m.messageId,
      method: m.method,
      kind: m.kind,
      outgoing: m.outgoing,
      date: msg.date as number,
      edit_count: m.editCount,
      pinned: m.pinned,
      message: msg as unknown as Message,
    };
    if (typeof msg.text === "string") e.text = msg.text;
    if (typeof msg.caption === "string") e.caption = msg.caption;
    if (m.raw !== undefined) e.raw = m.raw;
    if (m.parseMode !== undefined) e.parse_mode = m.parseMode;
    const entities = (msg.entities ?? msg.caption_entities) as MessageEntity[] | undefined;
    if (entities) e.entities = entities;
    if (m.markup !== undefined) e.reply_markup = structuredClone(m.markup);
    if (msg.document) e.document = msg.document as EmuMessage["document"];
    if (m.upload) e.upload = m.upload;
    return e;
  }

  private chatIdOf(p: Params): number {
    const v = p.chat_id;
    if (v === undefined || v === null || v === "") throw bad("chat_id is empty");
    if (typeof v === "number" && Number.isSafeInteger(v) && v !== 0) return v;
    if (typeof v === "string") {
      if (/^-?\d+$/.test(v) && v !== "0") return Number(v);
      if (v.startsWith("@")) {
        const name = v.slice(1).toLowerCase();
        for (const s of this.chats.values()) {
          if (typeof s.chat.username === "string" && s.chat.username.toLowerCase() === name) return s.id;
        }
      }
    }
    throw bad("chat not found");
  }

  private messageIdOf(p: Params): number {
    const v = p.message_id;
    if (typeof v === "number" && Number.isSafeInteger(v) && v > 0) return v;
    throw bad("message identifier is not specified");
  }

  /** 400 for migrated groups, 403 for blocked / not started chats. */
  private assertReachable(chatId: number): void {
    const to = this.migrated.get(chatId);
    if (to !== undefined) {
      throw new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: to });
    }
    if (this.blockedChats.has(chatId)) {
      this.counters.rejected403++;
      if (chatId > 0) throw forbidden("bot was blocked by the user");
      throw forbidden(
        chatType(chatId) === "supergroup"
          ? "bot was kicked from the supergroup chat"
          : "bot was kicked from the group chat",
      );
    }
    if (this.requireStart && chatId > 0 && !this.startedChats.has(chatId)) {
      this.counters.rejected403++;
      throw forbidden("bot can't initiate conversation with a user");
    }
  }

  private formatText(
    typed: string,
    parseMode: unknown,
    entities: unknown,
  ): { text: string; entities: MessageEntity[] } {
    // What a phone shows: the bidi isolates the bot puts around Latin values in Persian text are invisible, so a
    // message's text reads without them (test/locales/bidi.test.ts checks where they go); `raw` keeps them.
    const raw = asPhoneShows(typed);
    if (parseMode === undefined || parseMode === null || parseMode === "") {
      return { text: raw, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
    }
    if (typeof parseMode !== "string") throw bad("unsupported parse_mode");
    const mode = parseMode.toLowerCase();
    if (mode === "html") return parseHtmlAsTelegram(raw);
    if (mode === "markdownv2" || mode === "markdown") return { text: raw, entities: [] };
    throw bad(`unsupported parse_mode "${parseMode}"`);
  }

  private checkMarkup(markup: unknown): Record<string, unknown> | undefined {
    if (markup === undefined || markup === null) return undefined;
    if (typeof markup !== "object" || Array.isArray(markup)) throw bad("can't parse reply keyboard markup JSON object");
    const m = markup as Record<string, unknown>;
    const ik = m.inline_keyboard;
    if (ik !== undefined) {
      if (!Array.isArray(ik)) throw bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
      for (const row of ik) {
        if (!Array.isArray(row))
          throw bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
        for (const button of row) {
          if (typeof button !== "object" || button === null) throw bad("can't parse inline keyboard button");
          const b = button as Record<string, unknown>;
          if (typeof b.text !== "string" || b.text.trim() === "") throw bad("BUTTON_TEXT_INVALID");
          if ("callback_data" in b) {
            const len = Buffer.byteLength(String(b.callback_data ?? ""), "utf8");
            if (len < 1 || len > 64) throw bad("BUTTON_DATA_INVALID");
          } else if ("url" in b) {
            if (typeof b.url !== "string" || b.url === "") throw bad("BUTTON_URL_INVALID");
          } else if (
            !(
              "switch_inline_query" in b ||
              "switch_inline_query_current_chat" in b ||
              "switch_inline_query_chosen_chat" in b ||
              "web_app" in b ||
              "login_url" in b ||
              "callback_game" in b ||
              "pay" in b ||
              "copy_text" in b
            )
          ) {
            throw bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
          }
        }
      }
    }
    return m;
  }

  private static inlineOf(markup: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
    const ik = markup?.inline_keyboard;
    if (!Array.isArray(ik) || ik.every((row) => !Array.isArray(row) || row.length === 0)) return undefined;
    return { inline_keyboard: ik };
  }

  private replyTarget(state: ChatState, p: Params): Record<string, unknown> | undefined {
    const rp = p.reply_parameters as Record<string, unknown> | undefined;
    const id = (typeof rp === "object" && rp !== null ? rp.message_id : undefined) ?? p.reply_to_message_id;
    if (typeof id !== "number") return undefined;
    const target = state.messages.get(id);
    if (!target) {
      const allow =
        (rp as { allow_sending_without_reply?: unknown } | undefined)?.allow_sending_without_reply ??
        p.allow_sending_without_reply;
      if (allow === true) return undefined;
      throw bad("message to be replied not found");
    }
    const { reply_to_message: _r, ...copy } = structuredClone(target.message);
    return copy;
  }

  private newOutgoing(
    state: ChatState,
    method: "sendMessage" | "sendDocument",
    fields: Record<string, unknown>,
    extra: OutgoingExtra,
    replyTo: Record<string, unknown> | undefined,
  ): Message {
    const messageId = state.nextMessageId++;
    const message: Record<string, unknown> = {
      message_id: messageId,
      from: { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name, username: this.botInfo.username },
      chat: { ...state.chat },
      date: nowSeconds(),
    };
    const thread = extra.p.message_thread_id;
    if (typeof thread === "number") {
      message.message_thread_id = thread;
      if (state.chat.is_forum) message.is_topic_message = true;
    }
    if (replyTo) message.reply_to_message = replyTo;
    Object.assign(message, fields);
    const inline = BotApiEmulator.inlineOf(extra.markup);
    if (inline) message.reply_markup = inline;
    const stored: StoredMessage = {
      chatId: state.id,
      messageId,
      method,
      kind: method === "sendDocument" ? "document" : "text",
      outgoing: true,
      editCount: 0,
      pinned: false,
      message,
    };
    if (extra.raw !== undefined) stored.raw = extra.raw;
    if (extra.parseMode !== undefined) stored.parseMode = extra.parseMode;
    if (extra.markup !== undefined) stored.markup = extra.markup;
    if (extra.upload !== undefined) stored.upload = extra.upload;
    state.messages.set(messageId, stored);
    const snap = this.snapshot(stored);
    this.sentAll.push(snap);
    let list = this.sentByChat.get(state.id);
    if (!list) {
      list = [];
      this.sentByChat.set(state.id, list);
    }
    list.push(snap);
    this.counters.sends++;
    return structuredClone(message) as unknown as Message;
  }

  private storeFile(
    fileId: string,
    uniqueId: string,
    fileName: string | undefined,
    size: number,
    content?: Buffer,
  ): StoredFile {
    const ext = fileName?.includes(".") ? `.${fileName.split(".").pop()}` : "";
    const file: StoredFile = {
      file_id: fileId,
      file_unique_id: uniqueId,
      file_path: `documents/file_${this.files.size + 1}${ext}`,
      size,
    };
    if (content !== undefined) file.content = content;
    if (fileName !== undefined) file.file_name = fileName;
    this.files.set(fileId, file);
    this.filesByPath.set(file.file_path, file);
    return file;
  }

  // ─────────────────────────────────────────── methods

  private getUpdates(p: Params, ctx: CallContext): Update[] | Promise<Update[]> {
    if (this.webhookState) {
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const offset = typeof p.offset === "number" ? p.offset : 0;
    if (offset > 0) {
      if (this.queue.length > 0 && (this.queue[0] as Update).update_id < offset) {
        const idx = this.queue.findIndex((u) => u.update_id >= offset);
        this.queue = idx === -1 ? [] : this.queue.slice(idx);
      }
    } else if (offset < 0) {
      this.queue = this.queue.slice(Math.max(0, this.queue.length + offset));
    }
    if (Array.isArray(p.allowed_updates)) {
      this.allowedUpdates = p.allowed_updates.length > 0 ? new Set(p.allowed_updates.map(String)) : undefined;
    }
    const limit = Math.min(100, Math.max(1, typeof p.limit === "number" ? p.limit : 100));
    const timeout = typeof p.timeout === "number" && p.timeout > 0 ? p.timeout : 0;
    const ready = this.collectUpdates(offset, limit);
    if (ready.length > 0 || timeout === 0 || this.stopped) return ready;
    if (this.conflictOnConcurrentPolls) {
      for (const w of [...this.waiters]) {
        w.finish(
          new ApiError(
            409,
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
          ),
        );
      }
    }
    return new Promise<Update[]>((resolve, reject) => {
      const waiter: PollWaiter = {
        offset,
        limit,
        finish: (outcome) => {
          if (!this.waiters.delete(waiter)) return;
          clearTimeout(timer);
          if (outcome instanceof ApiError) reject(outcome);
          else resolve(outcome);
        },
      };
      const timer = setTimeout(() => waiter.finish([]), timeout * 1000);
      this.waiters.add(waiter);
      ctx.onAbort(() => waiter.finish([]));
    });
  }

  private isAllowed(u: Update): boolean {
    for (const key of Object.keys(u)) {
      if (key === "update_id" || (u as unknown as Record<string, unknown>)[key] === undefined) continue;
      return this.allowedUpdates ? this.allowedUpdates.has(key) : !UPDATE_TYPES_NOT_DEFAULT.has(key);
    }
    return false;
  }

  private collectUpdates(offset: number, limit: number): Update[] {
    const out: Update[] = [];
    for (const u of this.queue) {
      if (u.update_id < offset) continue;
      if (!this.isAllowed(u)) continue;
      out.push(structuredClone(u));
      if (out.length >= limit) break;
    }
    return out;
  }

  private scheduleWake(): void {
    if (this.wakeScheduled || this.waiters.size === 0) return;
    this.wakeScheduled = true;
    queueMicrotask(() => {
      this.wakeScheduled = false;
      for (const w of [...this.waiters]) {
        const ready = this.collectUpdates(w.offset, w.limit);
        if (ready.length > 0) w.finish(ready);
      }
    });
  }

  private deleteWebhook(p: Params): true {
    this.webhookState = undefined;
    if (p.drop_pending_updates === true) this.queue = [];
    return true;
  }

  private setWebhook(p: Params): true {
    if (typeof p.url !== "string") throw bad("bad webhook: URL must be provided for webhook");
    if (p.url === "") {
      this.webhookState = undefined;
    } else {
      if (!/^https?:\/\//.test(p.url)) throw bad("bad webhook: An HTTPS URL must be provided for webhook");
      const state: { url: string; secret_token?: string; max_connections?: number } = { url: p.url };
      if (typeof p.secret_token === "string") {
        if (!/^[A-Za-z0-9_-]{1,256}$/.test(p.secret_token))
          throw bad("bad webhook: secret token contains unallowed characters");
        state.secret_token = p.secret_token;
      }
      if (typeof p.max_connections === "number") state.max_connections = p.max_connections;
      this.webhookState = state;
      for (const w of [...this.waiters]) w.finish(new ApiError(409, "Conflict: terminated by setWebhook request"));
    }
    if (Array.isArray(p.allowed_updates)) {
      this.allowedUpdates = p.allowed_updates.length > 0 ? new Set(p.allowed_updates.map(String)) : undefined;
    }
    if (p.drop_pending_updates === true) this.queue = [];
    return true;
  }

  private getWebhookInfo(): Record<string, unknown> {
    const info: Record<string, unknown> = {
      url: this.webhookState?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: this.queue.length,
    };
    if (this.webhookState?.max_connections !== undefined) info.max_connections = this.webhookState.max_connections;
    if (this.allowedUpdates) info.allowed_updates = [...this.allowedUpdates];
    return info;
  }

  private commandKey(scope: unknown, lang: unknown): string {
    let key = "default";
    if (typeof scope === "object" && scope !== null) {
      const s = scope as { type?: unknown; chat_id?: unknown; user_id?: unknown };
      const type = typeof s.type === "string" ? s.type : "default";
      if (type === "chat" || type === "chat_administrators") key = `${type}:${String(s.chat_id)}`;
      else if (type === "chat_member") key = `${type}:${String(s.chat_id)}:${String(s.user_id)}`;
      else key = type;
    }
    return `${key}|${typeof lang === "string" ? lang : ""}`;
  }

  private setMyCommands(p: Params): true {
    const commands = p.commands;
    if (!Array.isArray(commands)) throw bad("can't parse commands JSON object");
    if (commands.length > 100) throw bad("too many commands");
    const lang = p.language_code;
    if (lang !== undefined && (typeof lang !== "string" || (lang !== "" && !/^[a-z]{2}$/.test(lang)))) {
      throw bad("invalid language code specified");
    }
    const clean: BotCommand[] = [];
    for (const c of commands) {
      const cmd = (c as { command?: unknown })?.command;
      const description = (c as { description?: unknown })?.description;
      if (typeof cmd !== "string" || !/^[a-z0-9_]{1,32}$/.test(cmd.replace(/^\//, "")))
        throw bad("BOT_COMMAND_INVALID");
      if (typeof description !== "string" || description.trim().length === 0 || description.length > 256) {
        throw bad("BOT_COMMAND_DESCRIPTION_INVALID");
      }
      clean.push({ command: cmd.replace(/^\//, ""), description });
    }
    const key = this.commandKey(p.scope, lang);
    if (clean.length === 0) this.commandSets.delete(key);
    else this.commandSets.set(key, clean);
    return true;
  }

  private sendMessage(p: Params): Message {
    const chatId = this.chatIdOf(p);
    this.assertReachable(chatId);
    const rawValue = p.text;
    if (rawValue === undefined || rawValue === null || (typeof rawValue !== "string" && typeof rawValue !== "number")) {
      throw bad("message text is empty");
    }
    const raw = String(rawValue);
    const { text, entities } = this.formatText(raw, p.parse_mode, p.entities);
    if (text.trim().length === 0) throw bad("message text is empty");
    if (text.length > 4096) throw bad("message is too long");
    const markup = this.checkMarkup(p.reply_markup);
    const state = this.chatState(chatId);
    const replyTo = this.replyTarget(state, p);
    this.consumeQuota(chatId);
    const fields: Record<string, unknown> = { text };
    if (entities.length > 0) fields.entities = entities;
    const extra: OutgoingExtra = { raw, p };
    if (typeof p.parse_mode === "string") extra.parseMode = p.parse_mode;
    if (markup) extra.markup = markup;
    return this.newOutgoing(state, "sendMessage", fields, extra, replyTo);
  }

  private sendDocument(p: Params): Message {
    const chatId = this.chatIdOf(p);
    this.assertReachable(chatId);
    const doc = p.document;
    let upload: UploadedFile | undefined;
    let file: StoredFile;
    if (isUpload(doc)) {
      if (doc.size === 0) throw bad("file must be non-empty");
      if (doc.size > MAX_UPLOAD) throw new ApiError(413, "Request Entity Too Large");
      upload = doc;
      const ids = newFileIds();
      file = this.storeFile(ids.file_id, ids.file_unique_id, doc.filename || "document", doc.size, doc.content);
    } else if (typeof doc === "string" && doc !== "") {
      const known = this.files.get(doc);
      if (known) file = known;
      else if (/^https?:\/\//.test(doc)) {
        const ids = newFileIds();
        const name = decodeURIComponent(new URL(doc).pathname.split("/").pop() || "document");
        file = this.storeFile(ids.file_id, ids.file_unique_id, name, 0);
      } else throw bad("wrong file identifier/HTTP URL specified");
    } else {
      throw bad("there is no document in the request");
    }
    let caption: { text: string; entities: MessageEntity[] } | undefined;
    if (typeof p.caption === "string" && p.caption !== "") {
      caption = this.formatText(p.caption, p.parse_mode, p.caption_entities);
      if (caption.text.length > 1024) throw bad("message caption is too long");
    }
    const markup = this.checkMarkup(p.reply_markup);
    const state = this.chatState(chatId);
    const replyTo = this.replyTarget(state, p);
    this.consumeQuota(chatId);
    const document: Record<string, unknown> = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
    };
    if (file.file_name !== undefined) {
      document.file_name = file.file_name;
      document.mime_type = mimeOf(file.file_name);
    }
    document.file_size = file.size;
    const fields: Record<string, unknown> = { document };
    if (caption && caption.text.length > 0) {
      fields.caption = caption.text;
      if (caption.entities.length > 0) fields.caption_entities = caption.entities;
    }
    const extra: OutgoingExtra = { p };
    if (typeof p.caption === "string") extra.raw = p.caption;
    if (typeof p.parse_mode === "string") extra.parseMode = p.parse_mode;
    if (markup) extra.markup = markup;
    if (upload) extra.upload = upload;
    return this.newOutgoing(state, "sendDocument", fields, extra, replyTo);
  }

  private editable(p: Params): StoredMessage {
    const chatId = this.chatIdOf(p);
    this.assertReachable(chatId);
    const messageId = this.messageIdOf(p);
    const stored = this.chats.get(chatId)?.messages.get(messageId);
    if (!stored) throw bad("message to edit not found");
    if (!stored.outgoing) throw bad("message can't be edited");
    return stored;
  }

  /** Bale may answer an edit with a stub message whose message_id is 0 (the chat's message is edited all the same). */
  private baleStubEdit(result: Message | true): Message | true {
    return this.bale && result !== true ? { ...result, message_id: 0 } : result;
  }

  private editMessageText(p: Params): Message | true {
    if (typeof p.inline_message_id === "string") return true;
    const stored = this.editable(p);
    if (stored.kind !== "text") throw bad("there is no text in the message to edit");
    const keyboardRefusal = this.bale
      ? baleKeyboardEditRefusal(stored.message.reply_markup !== undefined, this.baleOptions)
      : undefined;
    if (keyboardRefusal) throw keyboardRefusal;
    const rawValue = p.text;
    if (typeof rawValue !== "string" && typeof rawValue !== "number") throw bad("message text is empty");
    const raw = String(rawValue);
    const { text, entities } = this.formatText(raw, p.parse_mode, p.entities);
    if (text.trim().length === 0) throw bad("message text is empty");
    if (text.length > 4096) throw bad("message is too long");
    const markup = this.checkMarkup(p.reply_markup);
    const inline = BotApiEmulator.inlineOf(markup);
    const msg = stored.message;
    if (
      msg.text === text &&
      canon(msg.entities ?? []) === canon(entities) &&
      canon(msg.reply_markup) === canon(inline)
    ) {
      throw bad(NOT_MODIFIED);
    }
    if (this.limits.countEdits) this.consumeQuota(stored.chatId);
    msg.text = text;
    if (entities.length > 0) msg.entities = entities;
    else delete msg.entities;
    if (inline) msg.reply_markup = inline;
    else delete msg.reply_markup;
    msg.edit_date = nowSeconds();
    stored.raw = raw;
    if (typeof p.parse_mode === "string") stored.parseMode = p.parse_mode;
    else delete stored.parseMode;
    if (markup) stored.markup = markup;
    else delete stored.markup;
    stored.editCount++;
    this.counters.edits++;
    return structuredClone(msg) as unknown as Message;
  }

  private editMessageReplyMarkup(p: Params): Message | true {
    if (typeof p.inline_message_id === "string") return true;
    const stored = this.editable(p);
    const markup = this.checkMarkup(p.reply_markup);
    const inline = BotApiEmulator.inlineOf(markup);
    const msg = stored.message;
    if (canon(msg.reply_markup) === canon(inline)) throw bad(NOT_MODIFIED);
    if (this.limits.countEdits) this.consumeQuota(stored.chatId);
    if (inline) msg.reply_markup = inline;
    else delete msg.reply_markup;
    msg.edit_date = nowSeconds();
    if (markup) stored.markup = markup;
    else delete stored.markup;
    stored.editCount++;
    this.counters.edits++;
    return structuredClone(msg) as unknown as Message;
  }

  private answerCallbackQuery(p: Params): true {
    const id = p.callback_query_id;
    if (typeof id !== "string" && typeof id !== "number") {
      throw bad("query is too old and response timeout expired or query ID is invalid");
    }
    const key = String(id);
    if (this.issuedCallbacks.get(key) === true) {
      throw bad("query is too old and response timeout expired or query ID is invalid");
    }
    if (this.issuedCallbacks.has(key)) this.issuedCallbacks.set(key, true);
    if (typeof p.text === "string" && p.text.length > 200) throw bad("MESSAGE_TOO_LONG");
    this.callbackAnswers.set(key, { ...p, ...(typeof p.text === "string" ? { text: asPhoneShows(p.text) } : {}) });
    return true;
  }

  private pinRights(chatId: number): void {
    if (chatId < 0 && this.notAdmin.has(chatId)) throw bad("not enough rights to manage pinned messages in the chat");
  }

  private pinChatMessage(p: Params): true {
    const chatId = this.chatIdOf(p);
    this.assertReachable(chatId);
    this.pinRights(chatId);
    const state = this.chats.get(chatId);
    const stored = state?.messages.get(this.messageIdOf(p));
    if (!state || !stored) throw bad("message to pin not found");
    stored.pinned = true;
    state.pinned = state.pinned.filter((id) => id !== stored.messageId);
    state.pinned.push(stored.messageId);
    return true;
  }

  private unpinChatMessage(p: Params): true {
    const chatId = this.chatIdOf(p);
    this.assertReachable(chatId);
    this.pinRights(chatId);
    const state = this.chats.get(chatId);
    if (!state) return true;
    const id = typeof p.message_id === "number" ? p.message_id : state.pinned[state.pinned.length - 1];
    if (id === undefined) return true;
    const stored = state.messages.get(id);
    if (stored) stored.pinned = false;
    state.pinned = state.pinned.filter((x) => x !== id);
    return true;
  }

  private unpinAllChatMessages(p: Params): true {
    const chatId = this.chatIdOf(p);
    this.assertReachable(chatId);
    this.pinRights(chatId);
    const state = this.chats.get(chatId);
    if (state) {
      for (const id of state.pinned) {
        const s = state.messages.get(id);
        if (s) s.pinned = false;
      }
      state.pinned = [];
    }
    return true;
  }

  private deleteMessage(p: Params): true {
    const chatId = this.chatIdOf(p);
    const state = this.chats.get(chatId);
    const messageId = this.messageIdOf(p);
    const stored = state?.messages.get(messageId);
    if (!state || !stored) throw bad("message to delete not found");
    if (!stored.outgoing && chatId < 0 && this.notAdmin.has(chatId)) throw bad("message can't be deleted");
    state.messages.delete(messageId);
    state.pinned = state.pinned.filter((id) => id !== messageId);
    return true;
  }

  private getChat(p: Params): Record<string, unknown> {
    const chatId = this.chatIdOf(p);
    if (this.migrated.has(chatId)) this.assertReachable(chatId);
    const state = this.chatState(chatId);
    const info: Record<string, unknown> = { ...state.chat, accent_color_id: 0, max_reaction_count: 11 };
    const pinnedId = state.pinned[state.pinned.length - 1];
    const pinned = pinnedId === undefined ? undefined : state.messages.get(pinnedId);
    if (pinned) info.pinned_message = structuredClone(pinned.message);
    if (chatId < 0) {
      info.permissions = {
        can_send_messages: true,
        can_send_audios: true,
        can_send_documents: true,
        can_send_photos: true,
        can_send_videos: true,
        can_send_video_notes: true,
        can_send_voice_notes: true,
        can_send_polls: true,
        can_send_other_messages: true,
        can_add_web_page_previews: true,
        can_change_info: false,
        can_invite_users: true,
        can_pin_messages: false,
        can_manage_topics: false,
      };
    }
    return info;
  }

  private getChatMember(p: Params): ChatMember {
    const chatId = this.chatIdOf(p);
    const userId = p.user_id;
    if (typeof userId !== "number") throw bad("invalid user_id specified");
    const isBot = userId === this.botInfo.id;
    let status: MemberStatus | undefined = this.members.get(`${chatId}:${userId}`);
    if (!status) status = isBot && chatId < 0 && !this.notAdmin.has(chatId) ? "administrator" : "member";
    const known = this.users.get(userId);
    const user = isBot
      ? { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name, username: this.botInfo.username }
      : known
        ? userObject(known)
        : { id: userId, is_bot: false, first_name: "User" };
    const base: Record<string, unknown> = { status, user };
    switch (status) {
      case "creator":
        Object.assign(base, { is_anonymous: false });
        break;
      case "administrator":
        Object.assign(base, {
          can_be_edited: false,
          is_anonymous: false,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
          can_pin_messages: true,
          can_manage_topics: false,
        });
        break;
      case "restricted":
        Object.assign(base, {
          is_member: true,
          can_send_messages: false,
          can_send_audios: false,
          can_send_documents: false,
          can_send_photos: false,
          can_send_videos: false,
          can_send_video_notes: false,
          can_send_voice_notes: false,
          can_send_polls: false,
          can_send_other_messages: false,
          can_add_web_page_previews: false,
          can_change_info: false,
          can_invite_users: false,
          can_pin_messages: false,
          can_manage_topics: false,
          until_date: 0,
        });
        break;
      case "kicked":
        Object.assign(base, { until_date: 0 });
        break;
      default:
        break;
    }
    return base as unknown as ChatMember;
  }

  private sendChatAction(p: Params): true {
    const chatId = this.chatIdOf(p);
    this.assertReachable(chatId);
    if (typeof p.action !== "string" || p.action === "") throw bad("wrong parameter action in request");
    return true;
  }

  private menuKey(chatId: unknown): string {
    return chatId === undefined || chatId === null ? "default" : String(chatId);
  }

  private setChatMenuButton(p: Params): true {
    this.menuButtons.set(this.menuKey(p.chat_id), p.menu_button ?? { type: "default" });
    return true;
  }

  private getFile(p: Params): Record<string, unknown> {
    const id = p.file_id;
    const file = typeof id === "string" ? this.files.get(id) : undefined;
    if (!file) throw bad("invalid file_id");
    if (file.size > MAX_DOWNLOAD) throw bad("file is too big");
    return {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.size,
      file_path: file.file_path,
    };
  }
}
