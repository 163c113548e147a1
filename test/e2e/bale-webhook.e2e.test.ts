import { describe, expect, it } from "vitest";
import { freePort } from "../faults/free-port.ts";
import { e2eWorld } from "../helpers/e2e-world.ts";
import { startBotProcess } from "../helpers/process.ts";

const SECRET = "bale-webhook-secret-0123456789";

/**
 * `PLATFORM=bale npm start` in webhook mode against the emulator's Bale mode: Bale's setWebhook takes only a URL and
 * posts without a secret header, so the process registers WEBHOOK_URL with the secret as its last path segment and
 * takes updates on that path only.
 */
describe("on Bale in webhook mode, the real process: the secret is in the path", () => {
  const world = e2eWorld({
    name: "bale-webhook",
    emulator: { token: "777000444:AAEmulatorTokenForBaleHook", platform: "bale" },
  });

  it("setWebhook gets the URL with the secret path and nothing else; Bale's posts are answered; the bare path is 404", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/bale/hook`;
    const bot = startBotProcess({
      env: {
        ...world.telegramEnv(),
        BOT_MODE: "webhook",
        WEBHOOK_URL: url,
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
      },
    });
    await bot.waitForLog('"message":"webhook set"', 90_000);
    expect(world.emu.webhook).toEqual({ url: `${url}/${SECRET}` });
    expect(bot.output, "the secret is not logged").not.toContain(SECRET);

    const user = { id: 4242, first_name: "سارا", language_code: "fa" };
    const before = world.emu.sent(user.id).length;
    const delivered = await world.emu.deliverToWebhook(world.emu.userMessage(user, "/help"));
    expect(delivered.status).toBe(200);
    const [reply] = await world.emu.waitForSent(user.id, before + 1, 20_000);
    expect(reply!.text).toContain("فرمان‌هایی که می‌توانید به کار ببرید");

    const update = JSON.stringify(world.emu.userMessage(user, "/help"));
    for (const path of ["/bale/hook", `/bale/hook/${SECRET.slice(0, -1)}`, "/telegram/hook"]) {
      const forged = await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", body: update });
      expect(forged.status, path).toBe(404);
    }
    expect(world.emu.sent(user.id)).toHaveLength(before + 1);
  }, 120_000);
});
