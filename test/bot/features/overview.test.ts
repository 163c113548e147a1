import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "../../../src/bot/create-bot.ts";
import { silentLogger } from "../../../src/logger.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { BotHarness, english, persian, TEST_TOKEN } from "../../helpers/bot-harness.ts";
import { importTestProvince, PROVINCE_STAFF } from "../../helpers/overview-world.ts";
import { COMMITTEE_CHAT, MEMBERS, rosterInput, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const STAFF = 1000;
const URL = "https://bot.example.org/overview";

describe("/overview: the HQ overview Mini App's button (issue #15 part 3)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    await importRoster(h.services, validRoster(rosterInput({ parent: "test-province" })), SYSTEM_ACTOR);
    await importTestProvince(h);
    await h.say(persian(STAFF), "/start");
    await h.say(persian(PROVINCE_STAFF), "/start");
  });

  /** The bot as a process with WEB_APP_BASE_URL set builds it. */
  const configured = () => {
    h.bot = createBot({
      services: h.services,
      log: silentLogger,
      token: TEST_TOKEN,
      apiRoot: h.emulator.url,
      platform: h.platform,
      botInfo: h.emulator.botInfo,
      overviewUrl: URL,
    });
  };

  const webAppButtons = (message: { reply_markup?: unknown }) =>
    (
      (message.reply_markup as { inline_keyboard?: { text: string; web_app?: { url: string } }[][] } | undefined)
        ?.inline_keyboard ?? []
    ).flat();

  it("gives county and provincial staff a web_app button to the page, in their language", async () => {
    configured();
    const [answer] = await h.say(persian(STAFF), "/overview");
    expect(answer!.text).toContain("نمای کلی کارگروه‌های ستاد");
    expect(webAppButtons(answer!)).toEqual([{ text: "📊 نمای کلی ستاد", web_app: { url: `${URL}?lang=fa` } }]);
    const [province] = await h.say(persian(PROVINCE_STAFF), "/overview");
    expect(webAppButtons(province!)).toHaveLength(1);
    const [inEnglish] = await h.say(english(STAFF), "/lang en").then(() => h.say(english(STAFF), "/overview"));
    expect(webAppButtons(inEnglish!)).toEqual([{ text: "📊 HQ overview", web_app: { url: `${URL}?lang=en` } }]);
  });

  it("refuses a secretary, a member and a stranger, with no button", async () => {
    configured();
    for (const user of [persian(SECRETARY), persian(MEMBERS[1]!), persian(987654)]) {
      const [answer] = await h.say(user, "/overview");
      expect(answer!.text).toBe("فقط کارشناسان دبیرخانه ستاد شهرستان یا استان می‌توانند نمای کلی ستاد را ببینند.");
      expect(webAppButtons(answer!)).toEqual([]);
    }
  });

  it("says the page is not set up when WEB_APP_BASE_URL is not configured, rather than a broken button", async () => {
    h.restart();
    const [answer] = await h.say(persian(STAFF), "/overview");
    expect(answer!.text).toContain("نمای کلی ستاد هنوز راه‌اندازی نشده است");
    expect(webAppButtons(answer!)).toEqual([]);
  });

  it("in a group chat, sends staff to the private chat (Telegram opens Mini App buttons there only)", async () => {
    configured();
    const [answer] = await h.say(persian(STAFF), "/overview", { id: COMMITTEE_CHAT, type: "supergroup" });
    expect(answer!.text).toContain("فقط در گفتگوی خصوصی با ربات باز می‌شود");
    expect(webAppButtons(answer!)).toEqual([]);
  });

  it("is in /help for staff only", async () => {
    expect(await h.replyTo(persian(STAFF), "/help")).toContain("/overview");
    expect(await h.replyTo(persian(SECRETARY), "/help")).not.toContain("/overview");
  });
});
