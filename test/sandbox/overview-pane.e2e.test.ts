import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNTY_CLERK } from "../../src/sandbox/sample-county.ts";
import { type BotProcess, REPO_ROOT, startSandboxProcess } from "../helpers/process.ts";

/**
 * `npm run sandbox` in headless Chromium: the county clerk sends /overview and presses the button; the HQ overview
 * opens in a pane over the chat, with launch data the sandbox signed with its bot token.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = join(REPO_ROOT, "test-artifacts", "overview");

describe.skipIf(!existsSync(CHROMIUM))("the HQ overview in the sandbox's web chat", { timeout: 120_000 }, () => {
  let sandbox: BotProcess;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "kargoruh-sandbox-overview-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    sandbox = startSandboxProcess({
      env: { SANDBOX_PORT: "0", SANDBOX_DATA_DIR: join(dataDir, "data"), LOG_LEVEL: "warn" },
    });
    await sandbox.waitForLog("Sandbox ready: http://127.0.0.1:", 60_000);
    const url = /Sandbox ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(sandbox.stdout)![1]!;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(30_000);
    await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
    await page.goto(url);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    expect(await sandbox?.stop()).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("the clerk's /overview button opens the page in a pane, in Persian, right to left", async () => {
    await page.click(`#people .person[data-person="${COUNTY_CLERK}"]`);
    const pane = page.locator(`.pane[data-person="${COUNTY_CLERK}"]`);
    // A private chat the clerk never opened offers only Start, as on Telegram.
    await pane.locator("button.start").click();
    await pane.locator(".msg.bot").first().waitFor();
    const box = pane.locator("textarea");
    await box.fill("/overview");
    await box.press("Enter");
    const bubble = pane.locator(".msg.bot", { hasText: "نمای کلی کارگروه‌های ستاد" }).last();
    await bubble.locator("button.kb", { hasText: "نمای کلی ستاد" }).click();
    const frame = pane.frameLocator(".webapp iframe");
    await frame.locator("main article").first().waitFor();
    const text = await frame.locator("main").textContent();
    expect(text).toContain("ستاد بازآفرینی پایدار شهرستان نمونه");
    expect(text).toContain("حضور دستگاه‌ها در");
    expect(await frame.locator("html").getAttribute("dir")).toBe("rtl");
    await page.screenshot({ path: join(ARTIFACTS, "sandbox-pane.png") });
    await pane.locator(".webapp .close").click();
    expect(await pane.locator(".webapp").count()).toBe(0);
  });
});
