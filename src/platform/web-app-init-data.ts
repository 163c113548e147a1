import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Telegram Mini App launch data (`initData`): a query string signed with the bot's token. The server trusts the user
 * in it only when the hash matches: HMAC-SHA256 over the data-check-string (every field but `hash`, sorted by name,
 * `name=value` joined by newlines) with the key HMAC-SHA256("WebAppData", bot token). `auth_date` older than the limit
 * is refused, so a copied launch link stops working.
 */

/** The user a Mini App was opened by, as Telegram describes them. */
export type WebAppUser = { id: number; first_name?: string; last_name?: string; language_code?: string };

export type InitDataCheck =
  | { ok: true; user: WebAppUser; authDate: Date }
  | { ok: false; reason: "missing" | "malformed" | "forged" | "stale" };

/** A day: long enough for a page left open during a working day, short enough that an old link does not open it. */
export const INIT_DATA_MAX_AGE_SECONDS = 24 * 60 * 60;

function secretKey(botToken: string): Buffer {
  return createHmac("sha256", "WebAppData").update(botToken).digest();
}

function dataCheckString(fields: URLSearchParams): string {
  return [...fields.entries()]
    .filter(([name]) => name !== "hash")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("\n");
}

function hashOf(fields: URLSearchParams, botToken: string): string {
  return createHmac("sha256", secretKey(botToken)).update(dataCheckString(fields)).digest("hex");
}

export function checkInitData(
  initData: string | undefined | null,
  botToken: string,
  now: Date,
  maxAgeSeconds = INIT_DATA_MAX_AGE_SECONDS,
): InitDataCheck {
  if (!initData) return { ok: false, reason: "missing" };
  const fields = new URLSearchParams(initData);
  const hash = fields.get("hash");
  const authDate = Number(fields.get("auth_date"));
  const userJson = fields.get("user");
  if (!hash || !userJson || !Number.isInteger(authDate) || authDate <= 0) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(hashOf(fields, botToken));
  const received = Buffer.from(hash.toLowerCase());
  if (expected.length !== received.length || !timingSafeEqual(expected, received))
    return { ok: false, reason: "forged" };
  const age = now.getTime() / 1000 - authDate;
  // A minute of clock skew the other way is tolerated; more is as suspicious as an old one.
  if (age > maxAgeSeconds || age < -60) return { ok: false, reason: "stale" };
  let user: unknown;
  try {
    user = JSON.parse(userJson);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof user !== "object" || user === null || !Number.isSafeInteger((user as WebAppUser).id))
    return { ok: false, reason: "malformed" };
  return { ok: true, user: user as WebAppUser, authDate: new Date(authDate * 1000) };
}

/** What Telegram would pass the Mini App: the sandbox's web chat signs it with its own bot token, and so do tests. */
export function signInitData(
  user: WebAppUser,
  botToken: string,
  authDate: Date,
  extra: Record<string, string> = {},
): string {
  const fields = new URLSearchParams({
    ...extra,
    auth_date: String(Math.floor(authDate.getTime() / 1000)),
    user: JSON.stringify(user),
  });
  fields.set("hash", hashOf(fields, botToken));
  return fields.toString();
}
