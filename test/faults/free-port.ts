import { createServer } from "node:net";

/**
 * A free TCP port on 127.0.0.1 (closed again before it is returned), for a webhook server. A module of its own, free
 * of vitest, so the benchmarks (bench/running-bot.ts) use it too.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
