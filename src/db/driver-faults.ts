import { isConnectionLoss } from "./connection-loss.ts";

/**
 * postgres.js can throw from its own timers and socket callbacks when a connection is cut (a reset socket, a write
 * scheduled on a socket it just lost). Nothing in the application can catch that, and the pool reconnects on the next
 * query by itself, so such an error must not take the whole bot down. The codes are connection-loss.ts's one list;
 * the stack catches the driver's own throws when it runs from node_modules (the built bot bundles it: see
 * src/launcher/postgres-driver-fix.mjs, which removes the known one).
 */
export function isDatabaseDriverFault(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (isConnectionLoss(error)) return true;
  return /node_modules[\\/]postgres[\\/]/.test(error.stack ?? "");
}
