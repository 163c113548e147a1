import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The directory holding package.json, found upwards from this module. Run from source this module sits in src/; built,
 * it is bundled into a file in dist/. Both are one level below the root, but a search does not depend on the layout
 * the bundler chose, so drizzle/ and locales/ are found from either.
 */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export function projectPath(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`No package.json above ${start}: the bot must run from its project directory.`);
  }
}
