import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INIT_DATA_MAX_AGE_SECONDS } from "../../src/platform/web-app-init-data.ts";
import { COUNTY_STAFF, type OverviewWorld, overviewWorld } from "../helpers/overview-world.ts";
import { MEMBERS, SECRETARY } from "../helpers/rosters.ts";

describe("HTTP: the HQ overview page (issue #15 part 3)", () => {
  let w: OverviewWorld;
  beforeAll(async () => {
    w = await overviewWorld();
  });
  afterAll(() => w.close());

  const data = (initData?: string, lang = "fa") =>
    fetch(`${w.base}/overview/data?lang=${lang}`, {
      headers: initData === undefined ? {} : { "x-telegram-init-data": initData },
    });

  it("serves the shell in the asked language, right to left for Persian, with no outside address", async () => {
    const response = await fetch(`${w.base}/overview`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain("tgWebAppData");
    expect(html).not.toMatch(/https?:\/\//);
    expect(await (await fetch(`${w.base}/overview?lang=en`)).text()).toContain('<html lang="en" dir="ltr">');
    const font = await fetch(`${w.base}/overview/vazirmatn-regular.woff2`);
    expect(font.status).toBe(200);
    expect(font.headers.get("content-type")).toBe("font/woff2");
    expect((await fetch(`${w.base}/overview/nothing`)).status).toBe(404);
  });

  it("shows the staff their HQ's groups in Persian with Jalali dates", async () => {
    const response = await data(w.initData({ id: COUNTY_STAFF, first_name: "کارشناس", language_code: "fa" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-language")).toBe("fa");
    const html = await response.text();
    expect(html).toContain("نمای کلی ستاد");
    expect(html).toContain("ستاد بازآفرینی پایدار شهرستان نمونه");
    // The next meeting, 14 days after 21 Azar 1405, and its answers (none yet: nine seats without an answer).
    expect(html).toContain("۵ دی ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(html).toContain("بی‌پاسخ ۹");
    expect(html).toContain("صورتجلسه هنوز امضا نشده است");
    expect(html).toContain("در انتظار تأیید ستاد: ۱");
    expect(html).toContain("بررسی بافت فرسوده محله نمونه — مهلت");
    expect(html).toContain("حضور دستگاه‌ها در پاییز ۱۴۰۵");
    expect(html).toContain("۱ از ۱ جلسه (۱۰۰٪)");
    expect(html).not.toMatch(/[يك]/);
  });

  it("answers in English when the person's Telegram is in English", async () => {
    const response = await data(w.initData({ id: COUNTY_STAFF, first_name: "Clerk", language_code: "en" }));
    expect(response.headers.get("content-language")).toBe("en");
    const html = await response.text();
    expect(html).toContain("HQ overview");
    expect(html).toContain("Attendance by agency, autumn 1405");
  });

  it("refuses missing, forged and stale launch data with 401 and a sentence in the page's language", async () => {
    const missing = await data(undefined);
    expect(missing.status).toBe(401);
    expect(await missing.text()).toContain("این صفحه را باید از دکمه «نمای کلی ستاد» در گفتگو با ربات باز کنید.");
    const good = new URLSearchParams(w.initData({ id: COUNTY_STAFF, first_name: "x" }));
    good.set("user", JSON.stringify({ id: SECRETARY, first_name: "x" }));
    const forged = await data(good.toString(), "en");
    expect(forged.status).toBe(401);
    expect(await forged.text()).toContain("This page could not be verified.");
    const old = new Date(w.h.clock.now().getTime() - (INIT_DATA_MAX_AGE_SECONDS + 60) * 1000);
    const stale = await data(w.initData({ id: COUNTY_STAFF, first_name: "x" }, old));
    expect(stale.status).toBe(401);
    expect(await stale.text()).toContain("این صفحه کهنه شده است.");
  });

  it("refuses a secretary or a member with 403, in their language", async () => {
    const secretary = await data(w.initData({ id: SECRETARY, first_name: "دبیر" }));
    expect(secretary.status).toBe(403);
    expect(await secretary.text()).toContain(
      "فقط کارشناسان دبیرخانه ستاد شهرستان یا استان می‌توانند نمای کلی ستاد را ببینند.",
    );
    // Member Three reads English (the roster says so).
    const member = await data(w.initData({ id: MEMBERS[0]!, first_name: "Member" }));
    expect(member.status).toBe(403);
    expect(await member.text()).toContain("Only the secretariat staff");
    expect((await fetch(`${w.base}/overview/data`, { method: "POST" })).status).toBe(405);
  });
});
