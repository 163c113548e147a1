import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Document, parseDocument } from "yaml";
import type { EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { e2eDriver } from "../helpers/e2e-driver.ts";
import { e2eWorld } from "../helpers/e2e-world.ts";
import { type BotProcess, startBotProcess } from "../helpers/process.ts";

/**
 * The foundation's "done when", the way a person does it: the real `npm start` and `npm run cli` processes against
 * the local Bot API emulator, on one PGlite DATA_DIR (or one PostgreSQL database when TEST_DATABASE_URL is set).
 * The tests run in order and build on each other: roster → invites → bot → lock → restart.
 */

const PG_URL = process.env.TEST_DATABASE_URL || undefined;
const TIMEOUT = 60_000;

const HQ1 = { key: "county-a", name: "ستاد بازآفرینی پایدار شهرستان الف" };
const HQ2 = { key: "county-b", name: "County B Headquarters for Sustainable Regeneration" };

const persianUser: EmuUser = { id: 6001, first_name: "مریم", language_code: "fa" };
const englishUser: EmuUser = { id: 6002, first_name: "John", language_code: "en" };
const visitor: EmuUser = { id: 6003, first_name: "Visitor", language_code: "en" };

type Member = { seat: string; role: string; telegram_id?: number };
type RosterFile = { headquarters: { key: string }; committees: { key: string; members: Member[] }[] };
type Invite = { hq: string; committee: string; seat: string; link: string; token: string };

describe("foundation end to end: npm start and npm run cli against the Bot API emulator", () => {
  const world = e2eWorld({ name: "foundation", emulator: { token: "777000111:AAEmulatorTokenForKargoruhE2E" } });
  const { telegramEnv, cli } = world;
  let bot: BotProcess | undefined;
  const files = { hq1: "", hq2: "", broken: "" };
  const rosters: { hq1?: RosterFile; hq2?: RosterFile } = {};
  let invites: Invite[] = [];
  /** The seats the two people take with their invite links. */
  const taken = { persian: "", english: "" };

  const { say, exchange } = e2eDriver({ emulator: () => world.emu, bot: () => bot });

  function exportRoster(hqKey: string) {
    return cli(["roster", "export", "--hq", hqKey]);
  }

  it(
    "npm start without BOT_TOKEN exits non-zero with one sentence about @BotFather and .env, and one about the sandbox",
    async () => {
      const ownDataDir = join(world.tmp, "no-token-data");
      // An empty working directory, so a developer's own .env cannot supply a token.
      const cwd = join(world.tmp, "no-token-cwd");
      mkdirSync(cwd);
      const started = startBotProcess({ env: { DATA_DIR: ownDataDir }, cwd });
      const code = await started.waitForExit(30_000);
      expect(code, started.describe()).not.toBe(0);
      expect(started.stderr).toContain("@BotFather");
      expect(started.stderr).toContain(".env");
      const lines = started.stderr.trim().split("\n");
      expect(lines, "two sentences, no stack trace").toHaveLength(2);
      expect(lines[1]).toContain("npm run sandbox");
      expect(lines[1]).toContain("http://127.0.0.1:8080");
      expect(started.stdout).toBe("");
      expect(existsSync(ownDataDir), "nothing was created").toBe(false);
    },
    TIMEOUT,
  );

  it(
    "roster template → edit → import; again: no changes; a broken file is refused and changes nothing; a second HQ",
    async () => {
      const fa = await cli(["roster", "template", "--lang", "fa"]);
      const en = await cli(["roster", "template", "--lang", "en"]);
      expect(fa.code, fa.stderr).toBe(0);
      expect(en.code, en.stderr).toBe(0);
      expect(fa.stdout).toContain("فهرست ستاد و کارگروه‌ها");
      expect(en.stdout).toContain("Roster of a headquarters");

      // What a person does: save the template, then fill it in.
      files.hq1 = join(world.tmp, "hq1.yaml");
      files.hq2 = join(world.tmp, "hq2.yaml");
      files.broken = join(world.tmp, "broken.yaml");
      writeFileSync(files.hq1, fa.stdout);
      writeFileSync(files.hq2, en.stdout);

      const hq1 = fillIn(fa.stdout, { ...HQ1, base: 4000, chatBase: -1004000000000 });
      writeFileSync(files.hq1, hq1.toString({ lineWidth: 0 }));
      rosters.hq1 = hq1.toJS() as RosterFile;

      const first = await cli(["roster", "import", files.hq1]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(new RegExp(`فهرست ستاد «\u2068${HQ1.key}\u2069» وارد شد: [۰-۹\\d]+ تغییر`));

      const again = await cli(["roster", "import", files.hq1]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain(`فهرست ستاد «\u2068${HQ1.key}\u2069» وارد شد: بدون تغییر`);

      const before = await exportRoster(HQ1.key);
      expect(before.code, before.stderr).toBe(0);
      expect(before.stdout).toContain(`key: ${HQ1.key}`);
      expect(before.stdout).toContain("telegram_id: 4001");

      const broken = parseDocument(hq1.toString());
      broken.setIn(["committees", 1, "members", 0, "telegram_id"], "abc");
      broken.setIn(["headquarters", "name"], "a name that must not be applied");
      writeFileSync(files.broken, broken.toString({ lineWidth: 0 }));
      const refused = await cli(["roster", "import", files.broken]);
      expect(refused.code).not.toBe(0);
      expect(`${refused.stdout}${refused.stderr}`).toContain("committees[1].members[0].telegram_id");
      expect(refused.stderr).toContain("معتبر نیست");
      const after = await exportRoster(HQ1.key);
      expect(after.stdout).toBe(before.stdout);

      const hq2 = fillIn(en.stdout, { ...HQ2, base: 5000, chatBase: -1005000000000 });
      writeFileSync(files.hq2, hq2.toString({ lineWidth: 0 }));
      rosters.hq2 = hq2.toJS() as RosterFile;
      const second = await cli(["roster", "import", files.hq2, "--lang", "en"]);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toMatch(new RegExp(`Roster of HQ "${HQ2.key}" imported: \\d+ changes`));

      const hq1Still = await exportRoster(HQ1.key);
      expect(hq1Still.stdout, "the second HQ leaves the first alone").toBe(before.stdout);
      const hq2Export = await exportRoster(HQ2.key);
      expect(hq2Export.stdout).toContain(HQ2.name);
      expect(hq2Export.stdout).not.toContain(HQ1.name);
    },
    TIMEOUT * 3,
  );

  it(
    "roster invites prints one t.me link per vacant seat, for both HQs, and the same links again",
    async () => {
      expect(rosters.hq1 && rosters.hq2, "the roster test ran").toBeTruthy();
      const result = await cli(["roster", "invites"], telegramEnv());
      expect(result.code, result.stderr).toBe(0);
      invites = parseInvites(result.stdout, world.emu.botInfo.username);
      expect(invites.length).toBe(result.stdout.trim().split("\n").length);

      for (const [hq, roster] of [
        [HQ1.key, rosters.hq1!],
        [HQ2.key, rosters.hq2!],
      ] as const) {
        const vacant = roster.committees.flatMap((c) =>
          c.members.filter((m) => m.telegram_id === undefined).map((m) => `${c.key}/${m.seat}`),
        );
        const linked = invites.filter((i) => i.hq === hq).map((i) => `${i.committee}/${i.seat}`);
        expect(linked.sort()).toEqual(vacant.sort());
      }
      expect(new Set(invites.map((i) => i.token)).size, "every seat has its own token").toBe(invites.length);

      const again = await cli(["roster", "invites"], telegramEnv());
      expect(again.code, again.stderr).toBe(0);
      expect(parseInvites(again.stdout, world.emu.botInfo.username)).toEqual(invites);
    },
    TIMEOUT,
  );

  it(
    "the bot polls the emulator, registers its menus, and people use it in Persian and English",
    async () => {
      expect(invites.length, "the invites test ran").toBeGreaterThan(0);
      bot = await world.startBot(45_000);

      // Somebody who is not on any roster asks for help: the first update the bot takes from getUpdates.
      const help = await say(visitor, "/help");
      await world.emu.waitFor(
        (c) => c.method === "getUpdates" && c.ok && Array.isArray(c.result) && c.result.length > 0,
        10_000,
      );
      expect(help).toContain("Commands you can use:");
      expect(help).toContain("/lang — Change language");
      expect(help).toContain("Once you are registered");

      for (const lang of ["fa", "en"]) {
        const menu = world.emu.commands("all_private_chats", lang);
        expect(
          menu?.map((c) => c.command),
          `private menu in ${lang}`,
        ).toEqual(expect.arrayContaining(["start", "help", "me", "lang"]));
        expect(
          world.emu.commands("all_group_chats", lang)?.map((c) => c.command),
          `group menu in ${lang}`,
        ).toContain("help");
      }
      expect(world.emu.commands("all_private_chats", "en")?.find((c) => c.command === "lang")?.description).toBe(
        "Change language",
      );
      expect(world.emu.commands("all_private_chats", "fa")?.find((c) => c.command === "lang")?.description).toBe(
        "تغییر زبان",
      );
      // A phone in neither language gets the Persian menus, in groups too.
      expect(world.emu.commands("all_private_chats")?.find((c) => c.command === "lang")?.description).toBe(
        "تغییر زبان",
      );
      expect(world.emu.commands("all_group_chats")?.map((c) => c.command)).toContain("startmeeting");

      const mine = vacantMemberInvite(HQ1.key, rosters.hq1!);
      taken.persian = mine.seat;
      const linked = await say(persianUser, `/start ${mine.token}`, 2);
      expect(linked).toContain(`✅ شما به‌عنوان «${mine.seat}» در`);
      expect(linked).toContain(HQ1.name);

      const theirs = vacantMemberInvite(HQ2.key, rosters.hq2!);
      taken.english = theirs.seat;
      const linkedEn = await say(englishUser, `/start ${theirs.token}`, 2);
      expect(linkedEn).toContain(`✅ You are now registered as "${theirs.seat}" in`);
      expect(linkedEn).toContain(HQ2.name);

      const meFa = await say(persianUser, "/me");
      expect(meFa).toContain(`جایگاه «${mine.seat}»`);
      expect(meFa).toContain(HQ1.name);
      expect(meFa).not.toContain(HQ2.name);
      expect(meFa.match(/^•/gm), "only their own seat").toHaveLength(1);

      const meEn = await say(englishUser, "/me");
      expect(meEn).toContain(`seat "${theirs.seat}"`);
      expect(meEn).toContain(HQ2.name);
      expect(meEn).not.toContain(HQ1.name);
      expect(meEn.match(/^•/gm), "only their own seat").toHaveLength(1);

      expect(await say(persianUser, "/help")).toContain("فرمان‌هایی که می‌توانید به کار ببرید:");

      // /lang with the buttons, then typed.
      const [choice] = await exchange(persianUser, "/lang");
      expect(choice!.text).toBe("زبان را انتخاب کنید:");
      world.emu.pushUpdate(world.emu.callback(persianUser, choice!, "lang:en"));
      await world.emu.waitFor(
        (c) => c.method === "editMessageText" && c.ok && c.params.chat_id === persianUser.id,
        20_000,
      );
      expect(world.emu.messagesIn(persianUser.id).find((m) => m.message_id === choice!.message_id)?.text).toBe(
        "✅ Your language is now English.",
      );
      expect(await say(persianUser, "/help")).toContain("Commands you can use:");
      expect(await say(persianUser, "/lang فارسی")).toBe("✅ زبان شما فارسی شد.");
      expect(await say(persianUser, "/help")).toContain("فرمان‌هایی که می‌توانید به کار ببرید:");
    },
    TIMEOUT * 2,
  );

  it.skipIf(PG_URL !== undefined)(
    "while the bot runs, a second bot process and the CLI on the same DATA_DIR are refused (PGlite)",
    async () => {
      expect(bot?.running, "the bot from the previous test runs").toBe(true);
      const second = startBotProcess({ env: telegramEnv() });
      const code = await second.waitForExit(30_000);
      expect(code, second.describe()).not.toBe(0);
      expect(second.stderr).toContain(`is already in use by process ${bot!.pid}`);

      const cli = await world.cli(["roster", "import", files.hq1]);
      expect(cli.code).not.toBe(0);
      expect(cli.stderr).toContain(`is already in use by process ${bot!.pid}`);

      // The running bot did not notice.
      expect(bot!.running).toBe(true);
      expect(await say(persianUser, "/me")).toContain(`جایگاه «${taken.persian}»`);
    },
    TIMEOUT,
  );

  it(
    "SIGTERM stops the bot within 10 s with exit code 0; started again, it remembers the linked seats",
    async () => {
      expect(bot?.running, "the bot from the earlier test runs").toBe(true);
      const began = Date.now();
      const code = await bot!.stop("SIGTERM");
      const took = Date.now() - began;
      expect(code, bot!.describe()).toBe(0);
      expect(took).toBeLessThan(10_000);
      expect(bot!.stderr).toContain('"message":"stopping"');
      if (!PG_URL)
        expect(existsSync(join(world.dataDir!, "kargoruh.lock")), "the directory lock is released").toBe(false);

      bot = await world.startBot(45_000);
      expect(await say(persianUser, "/me")).toContain(`جایگاه «${taken.persian}»`);
      expect(await say(englishUser, "/me")).toContain(`seat "${taken.english}"`);

      const secondStop = await bot.stop("SIGTERM");
      expect(secondStop, bot.describe()).toBe(0);
    },
    TIMEOUT * 2,
  );

  /** Fills in a printed template the way staff would: key, name, staff id, two known members, chat ids. */
  function fillIn(template: string, hq: { key: string; name: string; base: number; chatBase: number }): Document {
    const doc = parseDocument(template);
    doc.setIn(["headquarters", "key"], hq.key);
    doc.setIn(["headquarters", "name"], hq.name);
    doc.setIn(["headquarters", "secretariat_chat_id"], hq.chatBase - 1);
    doc.setIn(["headquarters", "staff", 0, "telegram_id"], hq.base);
    const committees = (doc.toJS() as RosterFile).committees;
    committees.forEach((committee, index) => {
      if (committee.key !== "council") doc.setIn(["committees", index, "chat_id"], hq.chatBase - 2 - index);
    });
    // The chair and the secretary of the first working group are known; every other seat gets an invite link.
    const first = committees[1]!.members;
    const chair = first.findIndex((m) => m.role === "chair");
    const secretary = first.findIndex((m) => m.role === "secretary");
    doc.setIn(["committees", 1, "members", chair, "telegram_id"], hq.base + 1);
    doc.setIn(["committees", 1, "members", chair, "name"], `Chair ${hq.key}`);
    doc.setIn(["committees", 1, "members", secretary, "telegram_id"], hq.base + 2);
    doc.setIn(["committees", 1, "members", secretary, "name"], `Secretary ${hq.key}`);
    return doc;
  }

  function vacantMemberInvite(hqKey: string, roster: RosterFile): Invite {
    const committee = roster.committees[2]!;
    const seat = committee.members.find((m) => m.role === "member" && m.telegram_id === undefined)!;
    const invite = invites.find((i) => i.hq === hqKey && i.committee === committee.key && i.seat === seat.seat);
    expect(invite, `an invite for ${hqKey}/${committee.key}/${seat.seat}`).toBeDefined();
    return invite!;
  }
});

function parseInvites(stdout: string, username: string): Invite[] {
  const line = new RegExp(`^(\\S+) / (\\S+) / (.+): (https://t\\.me/${username}\\?start=([A-Za-z0-9_-]+))$`);
  return (
    stdout
      .trim()
      .split("\n")
      // As a terminal shows the line: the Persian output isolates its Latin keys with invisible marks.
      .map((typed) => typed.replace(/[\u2066-\u2069]/g, ""))
      .map((text) => {
        const match = line.exec(text);
        if (!match) throw new Error(`not an invite line: ${JSON.stringify(text)}`);
        return { hq: match[1]!, committee: match[2]!, seat: match[3]!, link: match[4]!, token: match[5]! };
      })
  );
}
