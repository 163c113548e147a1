// The bot's messages are written in Telegram's HTML (parse_mode HTML). This is the one reader of it: the Bot API
// emulator uses it to answer as Telegram would (text and entities, or a 400), and on Bale, which has no parse_mode,
// src/platform/ uses it to send the plain text a reader would see.
import type { MessageEntity } from "grammy/types";

/** HTML that Telegram would refuse; its message is what follows "Bad Request: " in Telegram's answer. */
export class TelegramHtmlError extends Error {}

const UTF8 = new TextEncoder();

const HTML_TAGS = new Map<string, string>([
  ["b", "bold"],
  ["strong", "bold"],
  ["i", "italic"],
  ["em", "italic"],
  ["u", "underline"],
  ["ins", "underline"],
  ["s", "strikethrough"],
  ["strike", "strikethrough"],
  ["del", "strikethrough"],
  ["tg-spoiler", "spoiler"],
  ["span", "spoiler"],
  ["code", "code"],
  ["pre", "pre"],
  ["a", "text_link"],
  ["blockquote", "blockquote"],
  ["tg-emoji", "custom_emoji"],
]);

const NAMED_ENTITIES = new Map<string, string>([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
]);

const ENTITY_RE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

function decodeAttr(value: string): string {
  return value.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|(lt|gt|amp|quot));/g, (m, dec, hex, named) => {
    if (named) return NAMED_ENTITIES.get(named as string) ?? m;
    const cp = Number.parseInt((dec ?? hex) as string, dec ? 10 : 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/**
 * Parses Telegram-flavoured HTML into plain text plus entities, or throws a TelegramHtmlError
 * `can't parse entities: ...` (Telegram answers it as a 400 "Bad Request: " + that). Tags must be supported and balanced; `<` and `&` must be escaped unless
 * they start a supported tag or an entity (`&lt; &gt; &amp; &quot;` and numeric ones). A bare `>` is accepted, as
 * Telegram does.
 */
export function parseTelegramHtml(html: string): { text: string; entities: MessageEntity[] } {
  const fail = (msg: string) => new TelegramHtmlError(`can't parse entities: ${msg}`);
  const at = (i: number) => `at byte offset ${UTF8.encode(html.slice(0, i)).length}`;
  const isNameChar = (c: number) =>
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;
  const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

  let text = "";
  const entities: Array<MessageEntity & { _order: number }> = [];
  const stack: Array<{ name: string; offset: number; attrs: Record<string, string>; language?: string }> = [];
  const n = html.length;
  let order = 0;
  let i = 0;
  while (i < n) {
    // copy the run of ordinary characters
    let j = i;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (c === 60 /* < */ || c === 38 /* & */) break;
      j++;
    }
    if (j > i) text += html.slice(i, j);
    i = j;
    if (i >= n) break;

    if (html.charCodeAt(i) === 38) {
      ENTITY_RE.lastIndex = i;
      const m = ENTITY_RE.exec(html);
      if (!m) throw fail(`unescaped "&" ${at(i)}; write it as "&amp;"`);
      const [whole, dec, hex, named] = m;
      if (named !== undefined) {
        const v = NAMED_ENTITIES.get(named);
        if (v === undefined) throw fail(`unsupported HTML entity "&${named};" ${at(i)}`);
        text += v;
      } else {
        const cp = Number.parseInt((dec ?? hex) as string, dec !== undefined ? 10 : 16);
        if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff))
          throw fail(`invalid character entity ${at(i)}`);
        text += String.fromCodePoint(cp);
      }
      i += whole.length;
      continue;
    }

    // "<"
    const start = i;
    if (html.charCodeAt(i + 1) === 47 /* / */) {
      const close = html.indexOf(">", i + 2);
      if (close === -1) throw fail(`unclosed end tag ${at(start)}`);
      const name = html
        .slice(i + 2, close)
        .trim()
        .toLowerCase();
      const top = stack.pop();
      if (!top) throw fail(`unexpected end tag "</${name}>" ${at(start)}`);
      const open = top;
      if (open.name !== name) {
        throw fail(`unmatched end tag ${at(start)}, expected "</${open.name}>", found "</${name}>"`);
      }
      const length = text.length - open.offset;
      const parent = stack[stack.length - 1];
      if (open.name === "code" && parent?.name === "pre") {
        const cls = open.attrs.class ?? "";
        if (cls.startsWith("language-")) parent.language = cls.slice("language-".length);
      } else if (length > 0) {
        const type = HTML_TAGS.get(open.name) ?? "";
        const e: Record<string, unknown> = { type, offset: open.offset, length, _order: order++ };
        if (open.name === "a") {
          const href = open.attrs.href;
          if (href) e.url = href;
          else e.type = "";
        } else if (open.name === "pre" && open.language) {
          e.language = open.language;
        } else if (open.name === "blockquote" && "expandable" in open.attrs) {
          e.type = "expandable_blockquote";
        } else if (open.name === "tg-emoji") {
          e.custom_emoji_id = open.attrs["emoji-id"];
        }
        if (e.type) entities.push(e as unknown as MessageEntity & { _order: number });
      }
      i = close + 1;
      continue;
    }

    let k = i + 1;
    while (k < n && isNameChar(html.charCodeAt(k))) k++;
    const name = html.slice(i + 1, k).toLowerCase();
    if (!HTML_TAGS.has(name)) throw fail(`unsupported start tag "${name}" ${at(start)}; escape "<" as "&lt;"`);
    const attrs: Record<string, string> = {};
    for (;;) {
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      if (k >= n) throw fail(`unclosed start tag ${at(start)}`);
      const c = html.charCodeAt(k);
      if (c === 62 /* > */) {
        k++;
        break;
      }
      let e = k;
      while (e < n && isNameChar(html.charCodeAt(e))) e++;
      if (e === k) throw fail(`unexpected character in start tag "${name}" ${at(k)}`);
      const attrName = html.slice(k, e).toLowerCase();
      k = e;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      let value = "";
      if (html.charCodeAt(k) === 61 /* = */) {
        k++;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        const q = html[k];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, k + 1);
          if (end === -1) throw fail(`unclosed start tag ${at(start)}`);
          value = decodeAttr(html.slice(k + 1, end));
          k = end + 1;
        } else {
          let v = k;
          while (v < n && !isSpace(html.charCodeAt(v)) && html.charCodeAt(v) !== 62) v++;
          value = decodeAttr(html.slice(k, v));
          k = v;
        }
      }
      attrs[attrName] = value;
    }
    if (name === "span" && attrs.class !== "tg-spoiler")
      throw fail(`tag "span" must have class "tg-spoiler" ${at(start)}`);
    if (name === "tg-emoji" && !attrs["emoji-id"])
      throw fail(`tag "tg-emoji" must have attribute "emoji-id" ${at(start)}`);
    stack.push({ name, offset: text.length, attrs });
    i = k;
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw fail(`can't find end tag corresponding to start tag "${unclosed.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length || a._order - b._order);
  return {
    text,
    entities: entities.map(({ _order, ...e }) => e as MessageEntity),
  };
}

/**
 * The text of a message in Telegram's HTML as plain text, for a messenger with no parse mode (Bale): what a reader
 * of the formatted message sees, with each link kept as "text (url)", or as the bare URL when its text is the URL.
 * A mention link (tg://…) keeps its text only: its address means nothing outside Telegram. Nothing is escaped: the
 * result is sent with no parse mode, so a person's own "*" or "[" stays as they wrote it. Throws TelegramHtmlError
 * for HTML Telegram would refuse too.
 */
export function telegramHtmlToPlainText(html: string): string {
  const { text, entities } = parseTelegramHtml(html);
  const links = entities
    .filter((e): e is MessageEntity.TextLinkMessageEntity => e.type === "text_link")
    .filter((e) => !e.url.startsWith("tg:"))
    .sort((a, b) => b.offset + b.length - (a.offset + a.length) || a.offset - b.offset);
  let out = text;
  for (const link of links) {
    const end = link.offset + link.length;
    const shown = text.slice(link.offset, end).trim();
    out = shown === link.url ? out : `${out.slice(0, end)} (${link.url})${out.slice(end)}`;
  }
  return out;
}
