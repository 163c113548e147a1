/**
 * Builds what `npm start` and `npm run cli` run, so production is plain node with no TypeScript compiler loaded:
 *
 * - dist/app/: src/main.ts and src/cli.ts bundled by esbuild (the compiler tsx itself uses), npm packages left as
 *   imports of node_modules (postgres.js alone is bundled, with a fix: postgres-driver-fix.mjs). dist/app/.inputs
 *   fingerprints the sources it was built from.
 * - dist/pglite-template/: a created and migrated embedded database. A new DATA_DIR starts as a copy of it instead of
 *   running PostgreSQL's initdb and every migration (seconds of CPU on a small server); migrations newer than the
 *   template still run at start-up, so an old template is only slower, never wrong.
 *
 * `node src/launcher/build.mjs` (npm's `prepare`, so `npm ci` runs it) builds both; launch.mjs rebuilds dist/app/ alone when
 * its fingerprint no longer matches the sources. Written plainly in JavaScript because it runs before anything is built.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { postgresDriverFix } from "./postgres-driver-fix.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const APP_DIR = join(ROOT, "dist", "app");
const TEMPLATE_DIR = join(ROOT, "dist", "pglite-template");
const INPUTS_FILE = join(APP_DIR, ".inputs");
const ENTRIES = {
  main: "src/main.ts",
  cli: "src/cli.ts",
  sandbox: "src/sandbox/main.ts",
  "pglite-template": "src/db/pglite-template-build.ts",
};

/** Path, size and modification time of every file the bundle is made from: any edit, checkout or install changes it. */
export function inputsFingerprint() {
  const hash = createHash("sha256");
  const add = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(`${relative(ROOT, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  for (const input of ["src", "package-lock.json", "tsconfig.json"]) add(join(ROOT, input));
  return hash.digest("hex");
}

export function appIsStale() {
  try {
    return readFileSync(INPUTS_FILE, "utf8") !== inputsFingerprint();
  } catch {
    return true;
  }
}

/**
 * Bundles into a directory of its own and swaps it in with renames, so a process starting meanwhile (another
 * `npm start`, a test) never loads a half-written bundle.
 */
export async function buildApp() {
  const { build } = await import("esbuild");
  const fingerprint = inputsFingerprint();
  const staging = `${APP_DIR}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // One self-contained file per entry: a process starting while another build swaps dist/app reads the whole old
    // bundle or the whole new one, never an old entry importing a chunk the new build no longer has.
    splitting: false,
    format: "esm",
    platform: "node",
    target: "node20",
    // npm packages stay imports of node_modules, except postgres.js: bundled with a fix (see postgres-driver-fix.mjs).
    plugins: [postgresDriverFix],
    sourcemap: "linked",
    logLevel: "warning",
  });
  writeFileSync(join(staging, ".inputs"), fingerprint);
  const old = `${APP_DIR}.old-${process.pid}`;
  if (existsSync(APP_DIR)) renameSync(APP_DIR, old);
  renameSync(staging, APP_DIR);
  rmSync(old, { recursive: true, force: true });
}

/** The template is rebuilt when the migrations it holds are not the latest (drizzle's journal lists them). */
function templateIsStale() {
  try {
    return readFileSync(`${TEMPLATE_DIR}.migrations.json`, "utf8") !== migrationsJournal();
  } catch {
    return true;
  }
}

function migrationsJournal() {
  return readFileSync(join(ROOT, "drizzle", "meta", "_journal.json"), "utf8");
}

export async function buildTemplate() {
  const { buildPgliteTemplate } = await import(pathToFileURL(join(APP_DIR, "pglite-template.mjs")).href);
  await buildPgliteTemplate(TEMPLATE_DIR);
  writeFileSync(`${TEMPLATE_DIR}.migrations.json`, migrationsJournal());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await buildApp();
  if (templateIsStale()) await buildTemplate();
  process.stdout.write(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
