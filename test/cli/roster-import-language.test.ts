import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.ts";
import { bareLatin, hasPersian } from "../helpers/scripts.ts";
import { type CliDatabase, cliDatabase } from "../helpers/cli-database.ts";

type Run = { code: number; out: string[]; err: string[] };

/** Wrong shapes and values: zod's own checks, the roster's keyed checks, a date, the quorum, the whole file. */
const SHAPES = `headquarters:
  key: Test County
  level: city
  name: ""
  timezone: Mars/Base
  locale: de
  secretariat_chat_id: 0
  staff:
    - telegram_id: "۱۲۳۴"
      name: Clerk
      phone: 1
committees:
  - key: physical
    template: physical
    chat_id: 5
    rules: { quorum: "3/2", notice_days: 90, majority: most }
    members:
      - seat: Governor
        role: boss
        telegram_id: 1.5
        term_start: 1405/13/01
        term_end: 20260101
        voting: "yes"
      - name: No Seat
  - key: social
  - council
extra: 1
`;

/** A well-formed file that breaks the roster's own rules: the committees', the council's and the whole file's. */
const RULES = `headquarters:
  key: test-county
  level: county
  name: Test County HQ
  secretariat_chat_id: -1001000000001
  locale: en
  staff:
    - telegram_id: 900
      name: Clerk
committees:
  - key: council
    template: council
    chair: 4242
  - key: council-two
    template: council
  - key: physical
    template: physical
    chat_id: -1001000000002
    parent: nowhere
    members:
      - { seat: Governor, role: chair, telegram_id: 1001, name: Governor }
      - { seat: Governor, role: chair, telegram_id: 1002, name: Deputy }
      - { seat: Mayor, telegram_id: 1001, name: Someone Else }
  - key: physical
    template: social
`;

/**
 * Issue #12: `roster import` of a wrong file speaks the language of --lang on every line — the header and each
 * issue — and applies nothing.
 */
describe("roster import of a wrong file speaks one language per run", () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  const files: Record<string, string> = {};
  let database: CliDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kargoruh-cli-lang-"));
    database = await cliDatabase(dir);
    env = database.env;
    for (const [name, content] of Object.entries({ shapes: SHAPES, rules: RULES })) {
      files[name] = join(dir, `${name}.yaml`);
      writeFileSync(files[name]!, content);
    }
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(argv: string[]): Promise<Run> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, env, { out: (text) => out.push(text), err: (text) => err.push(text) });
    return { code, out, err };
  }

  /** The import's stderr in both languages, after checking it failed, printed nothing on stdout and applied nothing. */
  async function importBoth(file: string): Promise<{ fa: string[]; en: string[] }> {
    const fa = await cli(["roster", "import", file, "--lang", "fa"]);
    const en = await cli(["roster", "import", file, "--lang", "en"]);
    for (const run of [fa, en]) {
      expect(run.code, run.err.join("\n")).toBe(1);
      expect(run.out).toEqual([]);
    }
    const exported = await cli(["roster", "export", "--lang", "en"]);
    expect(exported.err.join("\n")).toMatch(/No HQ has been imported yet/);
    return { fa: fa.err, en: en.err };
  }

  function expectOneLanguage({ fa, en }: { fa: string[]; en: string[] }) {
    expect(fa.length).toBe(en.length);
    expect(fa.length).toBeGreaterThan(1);
    for (const line of fa) {
      expect(hasPersian(line), line).toBe(true);
      expect(bareLatin(line), line).toBe("");
    }
    for (const line of en) {
      expect(hasPersian(line), line).toBe(false);
      expect(line, line).not.toMatch(/[\u2066-\u2069]/);
    }
  }

  it("a file of wrong shapes and values: every Persian line Persian, every English line English", async () => {
    const lines = await importBoth(files.shapes!);
    expectOneLanguage(lines);
    expect(lines.en.length).toBeGreaterThanOrEqual(20);
    expect(lines.fa[0]).toBe(`فهرست «\u2068${files.shapes}\u2069» معتبر نیست و هیچ تغییری اعمال نشد:`);
    expect(lines.en[0]).toBe(`The roster "${files.shapes}" is not valid and nothing was applied:`);
    expect(lines.fa).toContain(
      "- در \u2068committees[0].chat_id\u2069: شناسه گروه تلگرام عددی منفی است، مانند \u2066-1001234567890\u2069.",
    );
    expect(lines.en).toContain("- committees[0].chat_id: a group chat id is negative, e.g. -1001234567890");
    expect(lines.fa).toContain(
      "- در \u2068committees[0].rules.notice_days\u2069: عدد بیشتر از حد مجاز است: باید حداکثر ۶۰ باشد.",
    );
    expect(lines.en).toContain("- committees[0].rules.notice_days: Too big: expected number to be <=60");
    expect(lines.fa).toContain(
      "- در \u2068committees[0].members[1].seat\u2069: این مورد لازم است و نوشته نشده است؛ باید متن باشد.",
    );
    expect(lines.en).toContain("- committees[0].members[1].seat: Invalid input: expected string, received undefined");
    expect(lines.fa.at(-1)).toBe(
      "- در کل فایل: کلید \u2068«extra»\u2069 شناخته نیست؛ املای آن را بررسی کنید یا آن را بردارید.",
    );
    expect(lines.en.at(-1)).toBe('- (file): Unrecognized key: "extra"');
  });

  it("a file that breaks the roster's rules: the same, with numbers in Persian digits", async () => {
    const lines = await importBoth(files.rules!);
    expectOneLanguage(lines);
    expect(lines.fa).toContain("- در \u2068committees[2].members[1].role\u2069: هر کارگروه یک رئیس دارد.");
    expect(lines.en).toContain("- committees[2].members[1].role: a committee has one chair");
    expect(lines.fa).toContain(
      "- در \u2068committees[0].chair\u2069: شناسه تلگرام ۴۲۴۲ عضو شورای تلفیق نیست: اعضای آن رؤسا و دبیران (دارای \u2066telegram_id\u2069) کارگروه‌های اصلی (غیرفرعی) همین فایل هستند.",
    );
    expect(lines.en).toContain(
      "- committees[0].chair: telegram_id 4242 is not a member of the coordination council: its members are the chairs and secretaries (with telegram_id) of the top-level working groups in this file",
    );
    expect(lines.en).toContain('- committees[2].members[2].name: telegram_id 1001 is also listed as "Governor"');
  });
});
