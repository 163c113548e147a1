import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Api } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeAll, afterAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/logger.ts";
import { Metrics } from "../../src/metrics.ts";
import { platformNamed, type PlatformName } from "../../src/platform/platform.ts";
import { webhookPlan } from "../../src/platform/webhook.ts";
import { BotApiEmulator } from "../../src/sandbox/bot-api/emulator.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const SECRET = "path-secret-0123456789abcdef";

describe("webhook plan: where the secret travels on each platform", () => {
  it("Telegram: the URL as given, the secret as secret_token, checked in the header", () => {
    expect(webhookPlan(platformNamed("telegram"), "https://bot.example.org/tg", SECRET)).toEqual({
      url: "https://bot.example.org/tg",
      options: { secret_token: SECRET },
      path: "/tg",
      secretIn: "header",
    });
  });

  it("Bale: the secret is the last path segment, and setWebhook gets the URL alone", () => {
    expect(webhookPlan(platformNamed("bale"), "https://bot.example.org:88/bale/", SECRET)).toEqual({
      url: `https://bot.example.org:88/bale/${SECRET}`,
      options: {},
      path: `/bale/${SECRET}`,
      secretIn: "path",
    });
    expect(webhookPlan(platformNamed("bale"), "https://bot.example.org", SECRET).path).toBe(`/${SECRET}`);
  });
});

describe.each(["telegram", "bale"] as const)("the HTTP server takes the %s emulator's webhook posts", (name) => {
  let database: TestDatabase;
  let emulators: BotApiEmulator[] = [];
  let servers: Server[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await Promise.all(emulators.map((e) => e.stop()));
    servers = [];
    emulators = [];
  });

  /** The emulator as `name`, a real HTTP server on a free port, and setWebhook called as bot-process.ts calls it. */
  async function setUp(platformName: PlatformName) {
    const emu = await BotApiEmulator.start({ platform: platformName });
    emulators.push(emu);
    const handled: Update[] = [];
    const metrics = new Metrics();
    const platform = platformNamed(platformName);
    // The path does not depend on the port, which is known only once the server listens.
    const path = webhookPlan(platform, "https://host.invalid/hook", SECRET);
    const server = createHttpServer({
      db: database.db,
      log: silentLogger,
      metrics,
      webhook: {
        path: path.path,
        secret: path.secretIn === "header" ? SECRET : { inPath: true },
        handleUpdate: async (update) => void handled.push(update),
      },
    }).listen(0);
    servers.push(server);
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const plan = webhookPlan(platform, `${base}/hook`, SECRET);
    expect(plan.path).toBe(path.path);
    const api = new Api(emu.token, { apiRoot: emu.url });
    for (const transformer of platform.apiTransformers()) api.config.use(transformer);
    await api.setWebhook(plan.url, plan.options);
    return { emu, base, handled, metrics, plan };
  }

  const update = (id: number) => ({
    update_id: id,
    message: { message_id: 1, date: 0, chat: { id: 5, type: "private" }, text: "/help" },
  });

  it("an update posted by the Bot API is handled; a post without the secret is refused and handles nothing", async () => {
    const { emu, base, handled, metrics, plan } = await setUp(name);
    const delivered = await emu.deliverToWebhook(update(70) as never);
    expect(delivered.status).toBe(200);
    expect(handled.map((u) => u.update_id)).toEqual([70]);

    const bare = await fetch(`${base}/hook`, { method: "POST", body: JSON.stringify(update(71)) });
    const wrongPath = await fetch(`${base}/hook/${SECRET.slice(0, -1)}x`, {
      method: "POST",
      body: JSON.stringify(update(72)),
    });
    if (name === "bale") {
      // Bale sends no header: the secret path is the only way in, and nothing else answers.
      expect(emu.webhook).toEqual({ url: plan.url });
      expect([bare.status, wrongPath.status]).toEqual([404, 404]);
      const header = await fetch(`${base}/hook`, {
        method: "POST",
        headers: { "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(update(73)),
      });
      expect(header.status).toBe(404);
    } else {
      expect(emu.webhook).toEqual({ url: plan.url, secret_token: SECRET });
      expect(bare.status).toBe(401);
      expect(wrongPath.status).toBe(404);
      expect(metrics.render()).toContain("kargoruh_webhook_refused_total 1");
    }
    expect(handled.map((u) => u.update_id)).toEqual([70]);
  });
});

describe("Bale's Bot API takes setWebhook with the URL alone", () => {
  it("the emulator's Bale mode refuses a secret_token, as Bale has none", async () => {
    const emu = await BotApiEmulator.start({ platform: "bale" });
    try {
      const api = new Api(emu.token, { apiRoot: emu.url });
      await expect(api.setWebhook("https://bot.example.org/x", { secret_token: SECRET })).rejects.toMatchObject({
        error_code: 400,
      });
    } finally {
      await emu.stop();
    }
  });
});
