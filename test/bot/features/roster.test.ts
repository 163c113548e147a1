import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { issueSeatInvites } from "../../../src/services/roster/invites.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { COMMANDS } from "../../../src/bot/commands.ts";
import { BotHarness, english, persian } from "../../helpers/bot-harness.ts";
import { translate } from "../../helpers/services.ts";
import { rosterInput, validRoster } from "../../helpers/rosters.ts";

describe("/start, invite links, /me, /help, /lang", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    await importRoster(h.services, validRoster(rosterInput()), SYSTEM_ACTOR);
    await importRoster(h.services, validRoster(rosterInput({ hqKey: "other-county", base: 100 })), SYSTEM_ACTOR);
  });

  const inviteFor = async (seatTitle: string, hqKey = "sample-county") =>
    (await issueSeatInvites(h.services, hqKey)).find((i) => i.seatTitle === seatTitle)!.token;

  it("an invite link links the person to the seat, in Persian, with the term end in Jalali", async () => {
    const token = await inviteFor("رئیس اداره برق");
    const reply = await h.replyTo(persian(5001), `/start ${token}`);
    expect(reply).toContain("✅ شما به‌عنوان «رئیس اداره برق» در");
    expect(reply).toContain("۱۴۰۷"); // two years from 1405
    expect(reply).toContain("رئیس اداره برق");
    expect(await h.replyTo(persian(5001), "/me")).toContain("جایگاه «رئیس اداره برق»");
  });

  it("an invite link works in English for an English-speaking person", async () => {
    const token = await inviteFor("رئیس اداره برق");
    const reply = await h.replyTo(english(5002), `/start ${token}`);
    expect(reply).toContain("You are now registered as");
    expect(reply).toMatch(/2028/);
    expect(reply).toContain("Working group on physical");
  });

  it("a used link is refused for a second person, and says so to the holder again", async () => {
    const token = await inviteFor("رئیس اداره برق");
    await h.say(persian(5001), `/start ${token}`);
    expect(await h.replyTo(persian(5003), `/start ${token}`)).toContain("پیش‌تر به کار رفته است");
    expect(await h.replyTo(persian(5001), `/start ${token}`)).toContain("پیش‌تر به نام شما ثبت شده است");
  });

  it("an unknown or mangled token is refused with a clear sentence", async () => {
    expect(await h.replyTo(persian(5004), "/start AAAAAAAAAAAAAAAAAAAAAA")).toContain("این پیوند دعوت معتبر نیست");
    expect(await h.replyTo(english(5004), "/start <script>")).toContain("not valid");
  });

  it("/start without a token says which committees and roles the person holds", async () => {
    const reply = await h.replyTo(persian(1002), "/start");
    expect(reply).toContain("دبیر");
    expect(reply).toContain("کارگروه ساماندهی کالبدی");
    expect(await h.replyTo(persian(9999), "/start")).toContain("هنوز سمتی در هیچ کارگروهی به نام شما ثبت نشده است");
  });

  it("two HQs in one deployment: each person sees only their own HQ", async () => {
    const mine = await h.replyTo(persian(1002), "/me");
    const theirs = await h.replyTo(persian(1102), "/me");
    expect(mine).toContain("جایگاه «رئیس اداره میراث فرهنگی»");
    expect(mine.match(/ستاد بازآفرینی/g)).toHaveLength(1);
    expect(theirs.match(/ستاد بازآفرینی/g)).toHaveLength(1);
    const otherToken = await inviteFor("رئیس اداره برق", "other-county");
    const ownInvites = await issueSeatInvites(h.services, "sample-county");
    expect(ownInvites.map((i) => i.token)).not.toContain(otherToken);
  });

  it("/help lists only the commands the person's roles allow, in their language", async () => {
    const visitor = await h.replyTo(english(7777), "/help");
    expect(visitor).toContain("/lang — Change language");
    expect(visitor).toContain("Once you are registered");
    const staff = await h.replyTo(persian(1000), "/help");
    expect(staff).toContain("تغییر زبان");
    expect(staff).not.toContain("Once you are registered");
  });

  it("/lang switches the language and it sticks", async () => {
    const [choice] = await h.say(persian(1001), "/lang");
    expect(choice!.text).toBe("زبان را انتخاب کنید:");
    await h.press(persian(1001), choice!, "lang:en");
    expect(h.emulator.messagesIn(1001).at(-1)!.text).toBe("✅ Your language is now English.");
    expect(await h.replyTo(persian(1001), "/help")).toContain("Commands you can use");
    expect(await h.replyTo(persian(1001), "/lang فارسی")).toBe("✅ زبان شما فارسی شد.");
    expect(await h.replyTo(persian(1001), "/lang klingon")).toContain("پشتیبانی نمی‌شود");
  });

  it("/lang sets that person's command menu in the chosen language, whatever their phone's language", async () => {
    const menuOf = (id: number) =>
      h.emulator.commands({ type: "chat", chat_id: id })?.find((c) => c.command === "lang")?.description;
    await h.replyTo(english(1002), "/lang فارسی");
    expect(menuOf(1002)).toBe(translate("fa", "cmd-lang"));
    const [choice] = await h.say(english(1002), "/lang");
    await h.press(english(1002), choice!, "lang:en");
    expect(menuOf(1002)).toBe(translate("en", "cmd-lang"));
    expect(h.emulator.commands({ type: "chat", chat_id: 1002 })).toHaveLength(COMMANDS.length);
  });

  it("a refused menu does not undo the language: the choice is recorded and confirmed", async () => {
    let refuse = true;
    h.bot.api.config.use((prev, method, payload, signal) =>
      method === "setMyCommands" && refuse
        ? Promise.reject(new Error("Bad Request: chat not found"))
        : prev(method, payload, signal),
    );
    expect(await h.replyTo(english(1003), "/lang فارسی")).toBe("✅ زبان شما فارسی شد.");
    expect(await h.replyTo(english(1003), "/help")).toContain("فرمان‌هایی که");
    refuse = false;
  });

  it("unknown commands and free text get an answer in the person's language", async () => {
    expect(await h.replyTo(persian(1001), "/nope")).toContain("فرمان «‎/nope» شناخته نشد");
    expect(await h.replyTo(english(8888), "hello")).toContain("did not understand");
  });

  it("a forged language button changes nothing", async () => {
    const [choice] = await h.say(persian(1001), "/lang");
    await h.press(persian(1001), choice!, "lang:xx");
    expect(await h.replyTo(persian(1001), "/help")).toContain("فرمان‌هایی که");
  });
});
