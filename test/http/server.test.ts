import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, secretMatches } from "../../src/http/server.ts";
import { silentLogger } from "../../src/logger.ts";
import { Metrics } from "../../src/metrics.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const SECRET = "a-very-secret-token-0123456789";

describe("HTTP: webhook with a secret token, /healthz, /metrics", () => {
  let database: TestDatabase;
  let server: Server;
  let base: string;
  const handled: Update[] = [];
  const metrics = new Metrics();

  beforeAll(async () => {
    database = await createTestDatabase();
    server = createHttpServer({
      db: database.db,
      log: silentLogger,
      metrics,
      webhook: { path: "/tg/webhook", secret: SECRET, handleUpdate: async (update) => void handled.push(update) },
    }).listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  const post = (headers: Record<string, string>, body: string) =>
    fetch(`${base}/tg/webhook`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("refuses a request without the secret token, or with a wrong one, and handles nothing", async () => {
    const update = JSON.stringify({ update_id: 1 });
    expect((await post({}, update)).status).toBe(401);
    expect((await post({ "x-telegram-bot-api-secret-token": "wrong" }, update)).status).toBe(401);
    expect((await post({ "x-telegram-bot-api-secret-token": `${SECRET}x` }, update)).status).toBe(401);
    expect(handled).toHaveLength(0);
    expect(metrics.render()).toContain("kargoruh_webhook_refused_total 3");
  });

  it("hands a well-formed update with the right secret to the bot", async () => {
    expect((await post({ "x-telegram-bot-api-secret-token": SECRET }, JSON.stringify({ update_id: 7 }))).status).toBe(
      200,
    );
    expect(handled.map((u) => u.update_id)).toEqual([7]);
    expect((await post({ "x-telegram-bot-api-secret-token": SECRET }, "{not json")).status).toBe(400);
    expect((await post({ "x-telegram-bot-api-secret-token": SECRET }, JSON.stringify({ no: "id" }))).status).toBe(400);
  });

  it("/healthz reports the database and the outbox; /metrics is Prometheus text", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "ok", outbox: { pending: 0 } });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('kargoruh_outbox_messages{status="pending"} 0');
    expect(text).toContain('kargoruh_send_latency_ms{quantile="0.99"}');
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });

  it("compares secrets in constant time and exactly", () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(undefined, SECRET)).toBe(false);
    expect(secretMatches(SECRET.slice(0, -1), SECRET)).toBe(false);
  });
});
