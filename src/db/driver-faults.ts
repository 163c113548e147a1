/**
 * postgres.js 3.4.9 can throw from one of its own timers when a connection is cut while a write is scheduled
 * (connection.js reads the socket it just lost). Nothing in the application can catch that, and the pool reconnects
 * on the next query by itself, so such an error must not take the whole bot down.
 */
export function isDatabaseDriverFault(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if ((error as { code?: unknown }).code === "57P01") return true; // the server terminated the connection
  return /node_modules[\\/]postgres[\\/]/.test(error.stack ?? "");
}
