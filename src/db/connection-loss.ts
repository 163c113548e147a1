import type { Database } from "./client.ts";

/**
 * A PostgreSQL server can drop a connection at any moment: a restart, a failover, an administrator's
 * pg_terminate_backend, a network blip. The pool reconnects by itself on the next query, so work that failed only
 * because its connection went away is tried again on another one, and the person pressing a button never hears
 * "try again" for it. Only work that certainly did not commit is repeated.
 */

/**
 * SQLSTATE class 08 (connection exception), the shutdown codes of class 57, and 25P03: the server ended a session
 * left idle inside a transaction (client.ts's IDLE_IN_TRANSACTION_LIMIT_MS), rolling it back.
 */
const SERVER_CODES = /^(08\d{3}|57P0[123]|25P03)$/;
/** What postgres.js and Node's sockets say when the connection is gone (not CONNECTION_ENDED: that is our own end()). */
const CLIENT_CODES = new Set(["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "ECONNRESET", "ECONNREFUSED", "EPIPE"]);

/** Pauses before the 2nd, 3rd and 4th attempt: long enough for the pool to open a fresh connection. */
export const CONNECTION_RETRY_DELAYS_MS: readonly number[] = [50, 250, 1000];

/** True when the error, or the driver error drizzle wrapped in it, says the connection was lost. */
export function isConnectionLoss(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (SERVER_CODES.test(code) || CLIENT_CODES.has(code))) return true;
  }
  return false;
}

export type RetryOptions = { delaysMs?: readonly number[]; sleep?: (ms: number) => Promise<void> };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails otherwise than by a lost connection, or the delays run out. `attempt`
 * reports whether a failure may be retried: a statement that may have committed must not run twice unless it can
 * recognize its own earlier success.
 */
export async function retryOnConnectionLoss<T>(
  attempt: () => Promise<T>,
  options: RetryOptions & { mayRetry?: (error: unknown) => boolean } = {},
): Promise<T> {
  const delays = options.delaysMs ?? CONNECTION_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? wait;
  const mayRetry = options.mayRetry ?? isConnectionLoss;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delays[tries];
      if (delay === undefined || !mayRetry(error)) throw error;
      await sleep(delay);
    }
  }
}

/**
 * The same database, whose `transaction` repeats a transaction that lost its connection before its work finished.
 * Until the callback has returned, COMMIT has not been sent: nothing of it is in the database, and running it again
 * on a fresh connection is the same as running it the first time. A connection lost during COMMIT itself is left to
 * fail, since that commit may have happened.
 */
export function retryTransactionsOnConnectionLoss(db: Database, options: RetryOptions = {}): Database {
  const transaction = db.transaction.bind(db);
  const retrying: Database["transaction"] = (work, config) => {
    let workFinished = false;
    return retryOnConnectionLoss(
      () => {
        workFinished = false;
        return transaction(async (tx) => {
          const result = await work(tx);
          workFinished = true;
          return result;
        }, config);
      },
      { ...options, mayRetry: (error) => !workFinished && isConnectionLoss(error) },
    );
  };
  return Object.assign(db, { transaction: retrying });
}
