/** A Bot API request's parameters: JSON or multipart bodies, with JSON, number and boolean fields read as Telegram does. */
import { Buffer } from "node:buffer";
import type { UploadedFile } from "./types.ts";

export type Params = Record<string, unknown>;

export function isUpload(v: unknown): v is UploadedFile {
  return typeof v === "object" && v !== null && Buffer.isBuffer((v as { content?: unknown }).content);
}

// ───────────────────────────────────────────────────────────── multipart/form-data

export function parseMultipart(body: Buffer, boundary: string): { fields: Params; files: Map<string, UploadedFile> } {
  const fields: Params = {};
  const files = new Map<string, UploadedFile>();
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    let start = pos + delim.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing delimiter
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delim, start);
    if (next === -1) break;
    let end = next;
    if (end - 2 >= start && body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    const part = body.subarray(start, end);
    pos = next;
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    const headers = part.subarray(0, headerEnd).toString("utf8").split("\r\n");
    const content = part.subarray(headerEnd + 4);
    let disposition = "";
    for (const h of headers) {
      const colon = h.indexOf(":");
      if (colon !== -1 && h.slice(0, colon).trim().toLowerCase() === "content-disposition") {
        disposition = h.slice(colon + 1).trim();
      }
    }
    const nameMatch = /(?:^|;)\s*name=(?:"([^"]*)"|([^;]*))/i.exec(disposition);
    const name = (nameMatch?.[1] ?? nameMatch?.[2] ?? "").trim();
    if (!name) continue;
    const fileMatch = /(?:^|;)\s*filename=(?:"([^"]*)"|(.*))$/i.exec(disposition);
    if (fileMatch) {
      const filename = (fileMatch[1] ?? fileMatch[2] ?? "").trim();
      files.set(name, { filename, size: content.length, content: Buffer.from(content) });
    } else {
      fields[name] = content.toString("utf8");
    }
  }
  return { fields, files };
}

const JSON_FIELDS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "link_preview_options",
  "reply_parameters",
  "allowed_updates",
  "commands",
  "scope",
  "menu_button",
]);
const NUMBER_FIELDS = new Set([
  "chat_id",
  "message_id",
  "user_id",
  "offset",
  "limit",
  "timeout",
  "reply_to_message_id",
  "message_thread_id",
  "cache_time",
  "max_connections",
]);
const BOOL_FIELDS = new Set([
  "disable_notification",
  "protect_content",
  "show_alert",
  "drop_pending_updates",
  "disable_web_page_preview",
  "allow_sending_without_reply",
  "disable_content_type_detection",
  "only_if_banned",
]);

export function normaliseParams(p: Params): Params {
  for (const [k, v] of Object.entries(p)) {
    if (typeof v !== "string") continue;
    if (JSON_FIELDS.has(k)) {
      try {
        p[k] = JSON.parse(v);
      } catch {
        /* keep the string; the method will complain */
      }
    } else if (NUMBER_FIELDS.has(k) && /^-?\d+$/.test(v)) {
      p[k] = Number(v);
    } else if (BOOL_FIELDS.has(k) && (v === "true" || v === "false")) {
      p[k] = v === "true";
    }
  }
  return p;
}
