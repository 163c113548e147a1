import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "../db/client.ts";
import type { Locale } from "../domain/text.ts";
import { checkInitData } from "../platform/web-app-init-data.ts";
import { projectPath } from "../project-root.ts";
import { overviewFor } from "../services/overview/overview.ts";
import type { MessageKey, Translate } from "../services/shared/deps.ts";
import { renderOverviewBody, renderOverviewRefusal, renderOverviewShell } from "./overview-page.ts";

/** What the overview page needs beyond the database: the bot's token (initData is signed with it), texts, the clock. */
export type OverviewHttpDeps = { botToken: string; t: Translate; clock: () => Date };

/** Where the page is served; WEB_APP_BASE_URL + this is the button's address. */
export const OVERVIEW_PATH = "/overview";

const FONTS: Record<string, string> = {
  "/overview/vazirmatn-regular.woff2": "node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Regular.woff2",
  "/overview/vazirmatn-bold.woff2": "node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Bold.woff2",
};

const REFUSALS: Record<"missing" | "malformed" | "forged" | "stale", MessageKey> = {
  missing: "overview-refused-missing",
  malformed: "overview-refused-forged",
  forged: "overview-refused-forged",
  stale: "overview-refused-stale",
};

export function isOverviewPath(path: string | undefined): boolean {
  return path === OVERVIEW_PATH || path?.startsWith(`${OVERVIEW_PATH}/`) === true;
}

/**
 * GET /overview (the shell), /overview/data (the body, for valid launch data of HQ or provincial staff only) and the
 * font. The handler authenticates, asks the service and renders; it decides nothing about the bylaw.
 */
export async function serveOverview(
  db: Database,
  deps: OverviewHttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://overview");
  const asked: Locale = url.searchParams.get("lang") === "en" ? "en" : "fa";
  if (req.method !== "GET") {
    res.writeHead(405, { allow: "GET" }).end();
    return;
  }
  if (url.pathname === OVERVIEW_PATH) {
    send(res, 200, asked, "text/html; charset=utf-8", renderOverviewShell(asked, deps.t));
    return;
  }
  const font = FONTS[url.pathname];
  if (font) {
    res
      .writeHead(200, { "content-type": "font/woff2", "cache-control": "public, max-age=86400" })
      .end(readFileSync(projectPath(font)));
    return;
  }
  if (url.pathname !== `${OVERVIEW_PATH}/data`) {
    res.writeHead(404).end();
    return;
  }
  const header = req.headers["x-telegram-init-data"];
  const now = deps.clock();
  const checked = checkInitData(typeof header === "string" ? header : undefined, deps.botToken, now);
  if (!checked.ok) {
    send(res, 401, asked, "text/html; charset=utf-8", renderOverviewRefusal(asked, deps.t, REFUSALS[checked.reason]));
    return;
  }
  const result = await overviewFor(
    db,
    {
      telegramId: checked.user.id,
      ...(checked.user.language_code ? { languageCode: checked.user.language_code } : {}),
    },
    now,
  );
  if (result.kind === "not_staff") {
    send(
      res,
      403,
      result.locale,
      "text/html; charset=utf-8",
      renderOverviewRefusal(result.locale, deps.t, "overview-not-staff"),
    );
    return;
  }
  send(res, 200, result.locale, "text/html; charset=utf-8", renderOverviewBody(result.locale, deps.t, result.hqs, now));
}

function send(res: ServerResponse, status: number, locale: Locale, type: string, body: string): void {
  res
    .writeHead(status, {
      "content-type": type,
      "content-language": locale,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    })
    .end(body);
}
