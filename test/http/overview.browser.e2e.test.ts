import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/process.ts";
import { COUNTY_STAFF, type OverviewWorld, overviewWorld } from "../helpers/overview-world.ts";

/**
 * The HQ overview Mini App in headless Chromium, opened as Telegram opens it: the page's address with the signed
 * launch data in the fragment. A screenshot goes to test-artifacts/overview/ (docs/overview.png is made from it).
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = join(REPO_ROOT, "test-artifacts", "overview");

describe.skipIf(!existsSync(CHROMIUM))("the HQ overview page in a browser", { timeout: 120_000 }, () => {
  let w: OverviewWorld;
  let browser: Browser;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    w = await overviewWorld();
    profile = mkdtempSync(join(tmpdir(), "kargoruh-overview-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    // A phone-sized view, as Telegram shows a Mini App.
    page = await browser.newPage({ viewport: { width: 420, height: 900 }, deviceScaleFactor: 1 });
    // The page needs nothing from the network but the bot's own server.
    await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  // From a blank page each time: a new fragment on the same address would not load the page again.
  const open = async (initData: string) => {
    await page.goto("about:blank");
    await page.goto(`${w.base}/overview?lang=fa#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0`);
  };

  it("opens with valid launch data: Persian, right to left, in Vazirmatn, with Jalali dates", async () => {
    await open(w.initData({ id: COUNTY_STAFF, first_name: "کارشناس", language_code: "fa" }));
    await page.locator("main article").first().waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      "fa",
      "rtl",
    ]);
    expect(await page.title()).toBe("نمای کلی ستاد");
    const text = await page.locator("main").textContent();
    expect(text).toContain("ستاد بازآفرینی پایدار شهرستان نمونه");
    expect(text).toContain("۵ دی ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(text).toContain("حضور دستگاه‌ها در پاییز ۱۴۰۵");
    expect(text).not.toMatch(/[0-9]/);
    // The bundled font, from the bot's own server, is what the text is drawn in.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check("16px Vazirmatn", "نمای کلی"))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    // Right to left: a card's title starts at the right edge.
    const title = await page.locator("main article h3").first().boundingBox();
    const card = await page.locator("main article").first().boundingBox();
    expect(card!.x + card!.width - (title!.x + title!.width)).toBeLessThan(20);
    await page.screenshot({ path: join(ARTIFACTS, "overview.png"), fullPage: false });
  });

  it("shows the refusal, in Persian, when the launch data is forged", async () => {
    const forged = new URLSearchParams(w.initData({ id: COUNTY_STAFF, first_name: "x" }));
    forged.set("auth_date", String(Number(forged.get("auth_date")) - 1));
    await open(forged.toString());
    await page.locator("main .refusal").waitFor();
    expect(await page.locator("main .refusal").textContent()).toBe(
      "اعتبار این صفحه تأیید نشد. لطفاً آن را دوباره از دکمه ربات باز کنید.",
    );
    expect(await page.locator("main article").count()).toBe(0);
  });
});
