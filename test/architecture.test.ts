import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** The import rules of ARCHITECTURE.md, read from the code itself. */
const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Each file's relative imports, as paths under src/ (e.g. "services/votes/votes.ts"). */
const IMPORTS = new Map(
  sourceFiles(SRC).map((file) => {
    const text = readFileSync(file, "utf8");
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) =>
      relative(SRC, resolve(dirname(file), m[1]!)),
    );
    return [relative(SRC, file), specs] as const;
  }),
);

function offenders(from: (file: string) => boolean, to: (target: string) => boolean): string[] {
  return [...IMPORTS].flatMap(([file, targets]) =>
    from(file) ? targets.filter(to).map((target) => `${file} → ${target}`) : [],
  );
}

const isFeature = (file: string) =>
  file.startsWith("bot/features/") && /new Composer/.test(readFileSync(join(SRC, file), "utf8"));

describe("the layers import downwards only (ARCHITECTURE.md)", () => {
  it("domain/ imports nothing of the app outside domain/", () => {
    expect(
      offenders(
        (f) => f.startsWith("domain/"),
        (t) => !t.startsWith("domain/"),
      ),
    ).toEqual([]);
  });

  it("platform/ (Telegram or Bale) imports nothing of the app outside platform/ and domain/", () => {
    expect(
      offenders(
        (f) => f.startsWith("platform/"),
        (t) => !/^(platform|domain)\//.test(t),
      ),
    ).toEqual([]);
  });

  it("services/ import neither the bot, the delivery nor the HTTP layer", () => {
    expect(
      offenders(
        (f) => f.startsWith("services/"),
        (t) => /^(bot|delivery|http|cli|sandbox)\//.test(t),
      ),
    ).toEqual([]);
  });

  it("db/ imports only db/, domain/ and the process's own utilities (logger, project root)", () => {
    const allowed = (t: string) => /^(db|domain)\//.test(t) || t === "logger.ts" || t === "project-root.ts";
    expect(
      offenders(
        (f) => f.startsWith("db/"),
        (t) => !allowed(t),
      ),
    ).toEqual([]);
  });

  it("a feature (a file with a Composer) is never imported by another feature: shared code is in bot/shared/", () => {
    expect(offenders(isFeature, (t) => t !== "bot/features/" && isFeature(t))).toEqual([]);
  });
});

describe("names", () => {
  it("no two exported things in src/ share a name: an import never has to guess which one it gets", () => {
    const owners = new Map<string, string[]>();
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^export (?:async )?(?:function|const|type|interface|class) (\w+)/gm)) {
        owners.set(m[1]!, [...(owners.get(m[1]!) ?? []), relative(SRC, file)]);
      }
    }
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
