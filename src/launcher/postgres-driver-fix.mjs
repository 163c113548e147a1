/**
 * A fix to postgres.js 3.4.9, applied when dist/app is bundled (the running bot carries it; node_modules is left as
 * npm installed it). Upstream: porsager/postgres issues #1154 and #1208, pull requests #1168 and #1209 (open).
 *
 * Small writes wait for a `setImmediate` (`nextWriteTimer`) and a new one is armed only while none is. When the server
 * drops the connection with a write waiting, `closed()` and `terminate()` cancel the immediate but leave the variable
 * set and the bytes in `chunk`: after the pool reconnects, no write on that connection is ever flushed again, and the
 * next transaction on it waits until 1 KB of later statements forces a flush, or forever. A press answered after 30
 * to 90 s, or never, after a PostgreSQL restart or failover (the fault suite's connection-cut case showed both). And
 * when the immediate does run after the socket is gone, `nextWrite` throws from a timer, outside any query.
 *
 * The fix: when the connection closes, forget the unsent bytes (they belong to the statements just rejected) and the
 * cancelled immediate; a write with no socket rejects what is pending with CONNECTION_CLOSED, which the application
 * retries (src/db/connection-loss.ts), instead of throwing from a timer.
 *
 * Written plainly in JavaScript because the build runs it before anything is built.
 */

const VERSION = "3.4.9";

/** [what 3.4.9 has, what replaces it]: each must be found exactly once. */
const REPLACEMENTS = [
  [
    "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    "  function nextWrite(fn) {\n" +
      "    if (!socket) {\n" +
      "      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n" +
      "      chunk = nextWriteTimer = null\n" +
      "      error(Errors.connection('CONNECTION_CLOSED', options))\n" +
      "      return false\n" +
      "    }\n" +
      "    const x = socket.write(chunk, fn)",
  ],
  [
    "    clearImmediate(nextWriteTimer)\n    if (socket) {",
    "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {",
  ],
  [
    "    incomings = null\n    clearImmediate(nextWriteTimer)\n",
    "    incomings = null\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n",
  ],
];

/** postgres.js's connection.js with the fix; throws when the text is not 3.4.9's, so an upgrade is looked at. */
export function fixPostgresConnection(source) {
  let fixed = source;
  for (const [before, after] of REPLACEMENTS) {
    const at = fixed.indexOf(before);
    if (at < 0 || fixed.indexOf(before, at + 1) >= 0) {
      throw new Error(
        `postgres.js's connection.js is not the ${VERSION} that src/launcher/postgres-driver-fix.mjs mends. ` +
          "Check whether the new version fixes porsager/postgres#1208 (then remove the fix) or adapt it.",
      );
    }
    fixed = fixed.slice(0, at) + after + fixed.slice(at + before.length);
  }
  return fixed;
}

/** The postgres.js file the fix applies to, as Node loads it for `import "postgres"`. */
export const POSTGRES_CONNECTION = /[\\/]node_modules[\\/]postgres[\\/]src[\\/]connection\.js$/;

/**
 * esbuild plugin: every npm package stays an import of node_modules except postgres.js, which is bundled with the
 * fix applied.
 */
export const postgresDriverFix = {
  name: "postgres-driver-fix",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path === "postgres" || args.path.startsWith("postgres/") ? undefined : { path: args.path, external: true },
    );
    build.onLoad({ filter: POSTGRES_CONNECTION }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      return { contents: fixPostgresConnection(await readFile(args.path, "utf8")), loader: "js" };
    });
  },
};
