import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { stringify } from "yaml";
import { isLocale } from "../../i18n.ts";
import type { Locale } from "../../domain/text.ts";
import { projectPath } from "../../project-root.ts";
import type { Translate } from "../../services/shared/deps.ts";
import type { RecordedCall } from "../bot-api/emulator.ts";
import type { Directory } from "../directory.ts";
import type { SandboxWorld } from "../world.ts";
import { chatView } from "./chat-view.ts";
import { clockLabel, renderPage } from "./page.ts";
import { webAppLaunchUrl, webAppUrlsOf } from "./web-app-pane.ts";

/** What the page's server needs: the current world (Reset swaps it) and how to make a new one. */
export type SandboxHost = {
  world: () => SandboxWorld;
  reset: () => Promise<SandboxWorld>;
  t: Translate;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** Telegram's own limit on a message's text. */
const MAX_TEXT = 4096;
const MAX_BODY = 64 * 1024;
const CLOCK_STEPS = new Set([1, 7]);

const ASSETS: Record<string, { file: string; type: string }> = {
  "/assets/app.js": { file: "src/sandbox/web/assets/app.js", type: "text/javascript; charset=utf-8" },
  "/assets/app.css": { file: "src/sandbox/web/assets/app.css", type: "text/css; charset=utf-8" },
  "/assets/vazirmatn-regular.woff2": {
    file: "node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Regular.woff2",
    type: "font/woff2",
  },
  "/assets/vazirmatn-bold.woff2": {
    file: "node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Bold.woff2",
    type: "font/woff2",
  },
};

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly args: Record<string, string> = {},
  ) {
    super(key);
  }
}

/** The page and its small JSON API; live updates go out as server-sent events. */
export function createSandboxServer(host: SandboxHost): Server {
  const streams = new Set<ServerResponse>();
  const pressedBy = new Map<string, number>();
  const broadcast = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of streams) res.write(frame);
  };
  // People and chats added after the page loaded (a new seat holder, a new group) reach the person list live: after the
  // bot's calls settle, the directory is read again and sent when it changed.
  let known = "";
  let recheck: NodeJS.Timeout | undefined;
  const checkDirectory = async (world: SandboxWorld) => {
    const directory = await world.directory();
    const now = JSON.stringify(directory);
    if (now !== known && known !== "") broadcast("directory", directory);
    known = now;
  };
  let unobserve = () => {};
  const follow = (world: SandboxWorld) => {
    unobserve();
    known = "";
    void checkDirectory(world).catch(() => {});
    const stop = world.emulator.observe((call) => {
      onCall(call, broadcast, pressedBy);
      clearTimeout(recheck);
      recheck = setTimeout(() => void checkDirectory(world).catch(() => {}), 300);
    });
    unobserve = () => {
      stop();
      clearTimeout(recheck);
    };
  };
  follow(host.world());

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      const locale = localeOf(req);
      if (error instanceof Refusal) return json(res, error.status, { error: host.t(locale, error.key, error.args) });
      json(res, 500, { error: host.t(locale, "sandbox-failed", { reason: String(error?.message ?? error) }) });
    });
  });
  server.on("close", () => {
    unobserve();
    for (const res of streams) res.end();
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sandbox");
    const locale = localeOf(req);
    const world = host.world();
    const asset = ASSETS[url.pathname];
    if (req.method === "GET" && asset) {
      res.writeHead(200, { "content-type": asset.type, "cache-control": "no-cache" });
      res.end(readFileSync(projectPath(asset.file)));
      return;
    }
    if (req.method === "GET" && url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(renderPage(locale, host.t, await world.directory(), world.clock.offsetMs()));
      return;
    }
    if (req.method === "GET" && url.pathname === "/events") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        connection: "keep-alive",
      });
      res.write(": connected\n\n");
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return;
    }
    if (req.method === "GET" && url.pathname === "/api/directory") {
      const offsetMs = world.clock.offsetMs();
      return json(res, 200, {
        ...(await world.directory()),
        offsetMs,
        clockLabel: clockLabel(locale, host.t, offsetMs),
      });
    }
    if (req.method === "GET" && url.pathname === "/api/chat") {
      const directory = await world.directory();
      const { person, chat } = access(
        directory,
        Number(url.searchParams.get("as")),
        Number(url.searchParams.get("chat")),
      );
      const title = chat === person.id ? person.name : (directory.chats.find((c) => c.id === chat)?.title ?? "");
      const messages = world.emulator.messagesIn(chat, { includeIncoming: true });
      return json(res, 200, {
        ...chatView(chat, title, messages, world.emulator.commandMenu(chat, person.id, person.locale)),
        // A private chat the person never opened: the page offers Start, as Telegram does.
        started: chat !== person.id || world.emulator.startedChats.has(person.id),
      });
    }
    if (req.method === "GET" && url.pathname === "/api/file") {
      const directory = await world.directory();
      const { chat } = access(directory, Number(url.searchParams.get("as")), Number(url.searchParams.get("chat")));
      const id = Number(url.searchParams.get("message"));
      const message = world.emulator.messagesIn(chat, { includeIncoming: true }).find((m) => m.message_id === id);
      if (!message?.document) throw new Refusal(404, "sandbox-no-file");
      const content = message.upload?.content ?? Buffer.alloc(0);
      res.writeHead(200, {
        "content-type": message.document.mime_type ?? "application/octet-stream",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(message.document.file_name ?? "file")}`,
        "content-length": content.length,
      });
      res.end(content);
      return;
    }
    if (req.method === "GET" && url.pathname === "/api/export") {
      const roster = await world.exportCounty();
      res.writeHead(200, {
        "content-type": "application/yaml; charset=utf-8",
        "content-disposition": 'attachment; filename="sample-county-roster.yaml"',
      });
      res.end(stringify(roster, { lineWidth: 0 }));
      return;
    }
    if (req.method !== "POST") throw new Refusal(404, "sandbox-not-found");
    const body = await readBody(req);
    if (url.pathname === "/api/send") {
      const directory = await world.directory();
      const { person, chat } = access(directory, Number(body.as), Number(body.chat));
      const text = typeof body.text === "string" ? body.text.trim() : "";
      if (text === "") throw new Refusal(400, "sandbox-empty-text");
      if (text.length > MAX_TEXT) throw new Refusal(400, "sandbox-text-too-long");
      const user = world.userOf(person.id, directory)!;
      const title = directory.chats.find((c) => c.id === chat)?.title;
      const update =
        chat === person.id
          ? world.emulator.userMessage(user, text)
          : world.emulator.groupMessage(user, { id: chat, type: "supergroup", title }, text);
      world.emulator.pushUpdate(update);
      broadcast("chat", { chat });
      return json(res, 200, { ok: true });
    }
    if (url.pathname === "/api/press") {
      const directory = await world.directory();
      const { person, chat } = access(directory, Number(body.as), Number(body.chat));
      const message = world.emulator.messagesIn(chat).find((m) => m.message_id === Number(body.message) && m.outgoing);
      const data = typeof body.data === "string" ? body.data : "";
      if (!message) throw new Refusal(404, "sandbox-no-message");
      const buttons = (message.reply_markup?.inline_keyboard ?? []) as { callback_data?: string }[][];
      if (!buttons.some((row) => row.some((b) => b.callback_data === data)))
        throw new Refusal(400, "sandbox-no-button");
      const update = world.emulator.callback(world.userOf(person.id, directory)!, message, data);
      const id = update.callback_query?.id;
      if (id !== undefined) pressedBy.set(id, person.id);
      world.emulator.pushUpdate(update);
      return json(res, 200, { ok: true });
    }
    if (url.pathname === "/api/webapp") {
      // A web_app button: the address to open in a pane, with launch data signed for the presser.
      const directory = await world.directory();
      const { person, chat } = access(directory, Number(body.as), Number(body.chat));
      const message = world.emulator.messagesIn(chat).find((m) => m.message_id === Number(body.message) && m.outgoing);
      if (!message) throw new Refusal(404, "sandbox-no-message");
      const target = typeof body.url === "string" ? body.url : "";
      if (!webAppUrlsOf(message).includes(target)) throw new Refusal(400, "sandbox-no-button");
      const user = world.userOf(person.id, directory)!;
      return json(res, 200, { src: webAppLaunchUrl(target, user, world.emulator.token, world.clock.now()) });
    }
    if (url.pathname === "/api/clock") {
      const days = Number(body.days);
      if (!CLOCK_STEPS.has(days)) throw new Refusal(400, "sandbox-clock-step");
      world.clock.advance(days * DAY_MS);
      const offsetMs = world.clock.offsetMs();
      broadcast("clock", { offsetMs });
      return json(res, 200, { offsetMs, clockLabel: clockLabel(locale, host.t, offsetMs) });
    }
    if (url.pathname === "/api/reset") {
      try {
        await host.reset();
      } catch (error) {
        // A failed Reset still leaves a bot running (the previous one or a fresh one): the panes follow it.
        const reason = String((error as Error)?.message ?? error);
        follow(host.world());
        pressedBy.clear();
        broadcast("reset", { error: host.t(locale, "sandbox-reset-failed", { reason }) });
        throw new Refusal(500, "sandbox-reset-failed", { reason });
      }
      follow(host.world());
      pressedBy.clear();
      broadcast("reset", {});
      return json(res, 200, { ok: true });
    }
    throw new Refusal(404, "sandbox-not-found");
  }

  return server;
}

/** The person and one of their chats; anything else is refused. */
function access(directory: Directory, personId: number, chatId: number) {
  const person = directory.people.find((p) => p.id === personId);
  if (!person) throw new Refusal(404, "sandbox-no-person");
  if (chatId !== person.id && !person.chats.includes(chatId)) throw new Refusal(403, "sandbox-not-in-chat");
  return { person, chat: chatId };
}

/** Which chat a Bot API call changed, for the panes showing it; a button's answer goes to whoever pressed it. */
function onCall(call: RecordedCall, broadcast: (event: string, data: unknown) => void, pressedBy: Map<string, number>) {
  if (!call.ok) return;
  if (call.method.toLowerCase() === "answercallbackquery") {
    const id = String(call.params.callback_query_id);
    const person = pressedBy.get(id);
    pressedBy.delete(id);
    const text = typeof call.params.text === "string" ? call.params.text : "";
    if (person !== undefined && text !== "") broadcast("toast", { as: person, text });
    return;
  }
  const chat = Number(call.params.chat_id);
  if (Number.isFinite(chat) && chat !== 0) broadcast("chat", { chat });
}

function localeOf(req: IncomingMessage): Locale {
  const lang = new URL(req.url ?? "/", "http://sandbox").searchParams.get("lang");
  return isLocale(lang) ? lang : "fa";
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Refusal(413, "sandbox-too-large");
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    if (typeof parsed === "object" && parsed !== null) return parsed as Record<string, unknown>;
  } catch {
    /* refused below */
  }
  throw new Refusal(400, "sandbox-bad-request");
}
