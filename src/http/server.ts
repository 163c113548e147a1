import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { jobHealth } from "../db/queries/jobs.ts";
import { outboxDepth } from "../db/queries/outbox.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { RECURRING_JOBS } from "../services/shared/jobs.ts";
import { isOverviewPath, type OverviewHttpDeps, serveOverview } from "./overview.ts";

const RECURRING_KINDS = Object.keys(RECURRING_JOBS);

export type HttpDeps = {
  db: Database;
  log: Logger;
  metrics: Metrics;
  /**
   * Webhook mode: the path, the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token and the update handler. With
   * `secret: { inPath: true }` (Bale, which sends no header) the secret is a segment of the path: any other path is 404.
   */
  webhook?: { path: string; secret: string | { inPath: true }; handleUpdate: (update: Update) => Promise<void> };
  /** WEB_APP_BASE_URL set: the HQ overview Mini App is served under /overview. */
  overview?: OverviewHttpDeps;
};

const MAX_BODY_BYTES = 1_000_000;

/** Same length and same bytes, compared in constant time so the secret cannot be guessed byte by byte. */
export function secretMatches(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The webhook (POST to the path of WEBHOOK_URL), /healthz, /metrics and the HQ overview Mini App (/overview). The update is handled before the answer so a failure makes
 * Telegram redeliver; the work itself is short because everything slow goes through the outbox and jobs.
 */
export function createHttpServer(deps: HttpDeps): Server {
  return createServer((req, res) => {
    route(deps, req, res).catch((error) => {
      deps.log.error("http request failed", { error, url: req.url });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}

async function route(deps: HttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? "/").split("?")[0];
  if (req.method === "GET" && path === "/healthz") return health(deps, res);
  if (req.method === "GET" && path === "/metrics") return metrics(deps, res);
  if (deps.overview && isOverviewPath(path)) return serveOverview(deps.db, deps.overview, req, res);
  if (req.method === "POST" && deps.webhook && isWebhookPath(deps.webhook, path))
    return webhook(deps, deps.webhook, req, res);
  res.writeHead(404).end();
}

function isWebhookPath(hook: NonNullable<HttpDeps["webhook"]>, path: string | undefined): boolean {
  return typeof hook.secret === "string" ? path === hook.path : secretMatches(path, hook.path);
}

async function health(deps: HttpDeps, res: ServerResponse): Promise<void> {
  try {
    await deps.db.execute(sql`select 1`);
    const outbox = await outboxDepth(deps.db);
    const jobs = await jobHealth(deps.db, RECURRING_KINDS);
    // A failing daily pass stops term reminders and report drafts without anyone noticing: the process is up, but
    // not well. 200 still, so a restart loop is not what a monitor does about it.
    const status = jobs.failing.length > 0 ? "degraded" : "ok";
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ status, database: "ok", outbox, jobs }));
  } catch (error) {
    res
      .writeHead(503, { "content-type": "application/json" })
      .end(JSON.stringify({ status: "unavailable", database: String(error) }));
  }
}

async function metrics(deps: HttpDeps, res: ServerResponse): Promise<void> {
  const gauges: Record<string, number> = {};
  try {
    for (const [status, count] of Object.entries(await outboxDepth(deps.db)))
      gauges[`kargoruh_outbox_messages{status="${status}"}`] = count;
    const jobs = await jobHealth(deps.db, RECURRING_KINDS);
    gauges.kargoruh_jobs_failed = jobs.failed;
    for (const kind of RECURRING_KINDS)
      gauges[`kargoruh_recurring_job_failing{kind="${kind}"}`] = jobs.failing.some((job) => job.kind === kind) ? 1 : 0;
  } catch {
    gauges.kargoruh_database_up = 0;
  }
  res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(deps.metrics.render(gauges));
}

async function webhook(
  deps: HttpDeps,
  hook: NonNullable<HttpDeps["webhook"]>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const header = req.headers["x-telegram-bot-api-secret-token"];
  if (typeof hook.secret === "string" && !secretMatches(typeof header === "string" ? header : undefined, hook.secret)) {
    deps.metrics.increment("kargoruh_webhook_refused_total");
    deps.log.warn("webhook request refused: wrong or missing secret token", { remote: req.socket.remoteAddress });
    res.writeHead(401).end();
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    res.writeHead(413).end();
    return;
  }
  let update: Update;
  try {
    update = JSON.parse(body) as Update;
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (typeof update.update_id !== "number") {
    res.writeHead(400).end();
    return;
  }
  await hook.handleUpdate(update);
  res.writeHead(200).end();
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
