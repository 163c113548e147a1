import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { readFailureText } from "../../src/cli/read-failure.ts";
import { translate } from "../helpers/services.ts";

const dir = mkdtempSync(join(tmpdir(), "kargoruh-read-failure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function failureOf(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error("the read did not fail");
}

const missing = () => failureOf(() => readFileSync(join(dir, "nope.yaml"), "utf8"));
const folder = () => failureOf(() => readFileSync(dir, "utf8"));
const malformed = () => failureOf(() => parseYaml("hq:\n  key: [unclosed\n  name: x\n"));

describe("a file the CLI cannot read is explained in the administrator's language", () => {
  it("each cause the system or the YAML parser names has its own sentence, in Persian with no English in it", () => {
    const persian = [missing(), folder(), malformed()].map((error) => readFailureText(translate, "fa", error));
    expect(persian[0]).toBe("چنین فایلی وجود ندارد");
    expect(persian[1]).toBe("این نشانی یک پوشه است، نه فایل");
    expect(persian[2]).toMatch(/^نگارش YAML آن در سطر [۰-۹]+، ستون [۰-۹]+ نادرست است$/);
    for (const text of persian) expect(text.replace("YAML", "")).not.toMatch(/[A-Za-z]/);
  });

  it("the same causes in English", () => {
    expect(readFailureText(translate, "en", missing())).toBe("there is no such file");
    expect(readFailureText(translate, "en", folder())).toBe("this is a folder, not a file");
    expect(readFailureText(translate, "en", malformed())).toMatch(/^its YAML is malformed at line \d+, column \d+$/);
  });

  it("a refusal and an unknown cause: the refusal is named, the unknown shows only the system's code", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" });
    const odd = Object.assign(new Error("EMFILE: too many open files"), { code: "EMFILE" });
    expect(readFailureText(translate, "en", denied)).toBe("you are not allowed to read it");
    expect(readFailureText(translate, "fa", denied)).toBe("اجازه خواندن این فایل را ندارید");
    expect(readFailureText(translate, "en", odd)).toBe("the system refused it (code EMFILE)");
    expect(readFailureText(translate, "fa", odd)).toBe("سیستم آن را نپذیرفت (کد EMFILE)");
  });
});
