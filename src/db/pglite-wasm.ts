/** Where src/launcher/launch.mjs leaves the compile it started (a global symbol: the launcher is plain JavaScript). */
const KEY = Symbol.for("kargoruh.pgliteWasmModule");

/**
 * PGlite's WASM, compiled ahead: the launcher starts the compile before the app's modules load, and V8 compiles on
 * background threads while the main thread loads them — about 0.15 s off a restart. Undefined when nobody started
 * it (tests, the CLI, a PostgreSQL server) or when it failed: PGlite then compiles it itself, as before.
 */
export async function precompiledPgliteWasm(): Promise<WebAssembly.Module | undefined> {
  const started = (globalThis as Record<symbol, unknown>)[KEY] as Promise<WebAssembly.Module> | undefined;
  return started?.catch(() => undefined);
}
