/**
 * `npm start`, `npm run cli` and `npm run sandbox`: runs dist/app/<entry>.mjs in this same node process (no second process, no
 * TypeScript loader), after rebuilding it when the sources changed since the last build (a `git pull` without
 * `npm ci`, an edit). Usage: node src/launcher/launch.mjs main|cli|sandbox [args…]
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { APP_DIR, appIsStale, buildApp } from "./build.mjs";

const entry = process.argv[2];
if (entry !== "main" && entry !== "cli" && entry !== "sandbox") {
  process.stderr.write("usage: node src/launcher/launch.mjs main|cli|sandbox [args…]\n");
  process.exit(2);
}
if (appIsStale()) {
  process.stderr.write("sources changed since the last build: rebuilding dist/app …\n");
  try {
    await buildApp();
  } catch {
    // esbuild has printed the errors with their files and lines.
    process.stderr.write(
      "The bot could not be built from its sources (errors above); the previous build was left as it was.\n",
    );
    process.exit(1);
  }
}
// The bot on the embedded database: PGlite's WASM compiles on V8's background threads while the main thread loads the
// app (src/db/pglite-wasm.ts takes it). A failure here is silent: PGlite then compiles it itself.
if (entry !== "cli" && !process.env.DATABASE_URL) {
  const compiling = readFile(new URL("pglite.wasm", import.meta.resolve("@electric-sql/pglite"))).then((bytes) =>
    WebAssembly.compile(bytes),
  );
  compiling.catch(() => {});
  globalThis[Symbol.for("kargoruh.pgliteWasmModule")] = compiling;
}
// The entry reads its own arguments from process.argv.slice(2), as when run directly.
process.argv.splice(2, 1);
await import(pathToFileURL(join(APP_DIR, `${entry}.mjs`)).href);
