import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { startPolling, UpdatesInHand } from "../../src/bot/polling-source.ts";
import { silentLogger } from "../../src/logger.ts";

const update = (id: number): Update => ({ update_id: id }) as Update;

type Call = { offset: number; limit: number; timeout: number; inHandAtCall: number[] };

/**
 * Telegram's getUpdates as it behaves: an offset confirms (and drops) every update below it, the answer holds the
 * lowest updates from the offset up to the limit, and with nothing to send the call waits (long polling).
 */
class FakeTelegram {
  pending: Update[] = [];
  calls: Call[] = [];
  private wake: Array<() => void> = [];
  private cutOff = new Set<symbol>();

  push(...ids: number[]): void {
    this.pending.push(...ids.map(update));
    for (const w of this.wake.splice(0)) w();
  }

  /** getUpdates for one process; `inHand` tells the fake what that process is handling when it calls. */
  client(inHand: () => number[]) {
    const id = Symbol("process");
    const getUpdates = async (
      params: { offset: number; limit: number; timeout: number },
      signal?: AbortSignal,
    ): Promise<Update[]> => {
      if (this.cutOff.has(id)) return new Promise(() => {});
      this.calls.push({ ...params, inHandAtCall: inHand() });
      this.pending = this.pending.filter((u) => u.update_id >= params.offset);
      if (this.pending.length === 0 && params.timeout > 0) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, params.timeout * 1000);
          this.wake.push(() => {
            clearTimeout(timer);
            resolve();
          });
          signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            reject(new Error("aborted"));
          });
        });
      }
      if (this.cutOff.has(id)) return new Promise(() => {});
      return this.pending.slice(0, params.limit);
    };
    return { getUpdates, kill: () => this.cutOff.add(id) };
  }
}

/** A bot whose handling of each update waits until the test releases it (or fails it). */
class Handler {
  handled: number[] = [];
  private gates = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private started: Array<() => void> = [];

  readonly handleUpdate = (u: Update): Promise<void> => {
    this.handled.push(u.update_id);
    for (const s of this.started.splice(0)) s();
    return new Promise((resolve, reject) => this.gates.set(u.update_id, { resolve, reject }));
  };

  inHand = (): number[] => [...this.gates.keys()];

  finish(...ids: number[]): void {
    for (const id of ids) {
      this.gates.get(id)!.resolve();
      this.gates.delete(id);
    }
  }

  fail(id: number): void {
    this.gates.get(id)!.reject(new Error("handler failed"));
    this.gates.delete(id);
  }

  async untilHandled(count: number): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (this.handled.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.handled.length} of ${count} updates handled`);
      await new Promise<void>((resolve) => {
        this.started.push(resolve);
        setTimeout(resolve, 20);
      });
    }
  }
}

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

function poll(telegram: FakeTelegram, handler: Handler, extra: { concurrency?: number; errors?: unknown[] } = {}) {
  const client = telegram.client(handler.inHand);
  const polling = startPolling({
    getUpdates: client.getUpdates,
    handleUpdate: handler.handleUpdate,
    handleError: (error) => {
      extra.errors?.push(error);
    },
    concurrency: extra.concurrency ?? 100,
    log: silentLogger,
    longPollSeconds: 0.05,
    recheckMs: 40,
  });
  return { polling, kill: client.kill };
}

/** Every getUpdates offset stayed at or below the oldest update the process was handling when it called. */
function offsetNeverPassedUnfinished(telegram: FakeTelegram): void {
  for (const call of telegram.calls) {
    if (call.inHandAtCall.length > 0) expect(call.offset).toBeLessThanOrEqual(Math.min(...call.inHandAtCall));
  }
}

describe("UpdatesInHand", () => {
  it("the offset stays at the oldest update in hand while later ones finish first", () => {
    const t = new UpdatesInHand();
    expect(t.take([update(10), update(11), update(12)]).map((u) => u.update_id)).toEqual([10, 11, 12]);
    t.finish(12);
    t.finish(11);
    expect(t.offset()).toBe(10);
    expect(t.knownAhead()).toBe(3);
    t.finish(10);
    expect(t.offset()).toBe(13);
    expect(t.knownAhead()).toBe(0);
  });

  it("an update seen again, in hand or finished, is not taken twice", () => {
    const t = new UpdatesInHand();
    t.take([update(5), update(6)]);
    t.finish(6);
    expect(t.take([update(5), update(6), update(7)]).map((u) => u.update_id)).toEqual([7]);
    t.finish(5);
    t.finish(7);
    // A late answer to a call made before these finished still carries them.
    expect(t.take([update(5), update(6), update(7), update(8)]).map((u) => u.update_id)).toEqual([8]);
  });
});

describe("polling that confirms an update only once it is handled", () => {
  it("updates finishing out of order: the offset waits for the oldest, then moves past all of them", async () => {
    const telegram = new FakeTelegram();
    const handler = new Handler();
    const { polling } = poll(telegram, handler);
    telegram.push(1, 2, 3);
    await handler.untilHandled(3);
    handler.finish(3, 2);
    await tick(120);
    expect(telegram.calls.at(-1)!.offset).toBe(1);
    handler.finish(1);
    await tick(120);
    expect(telegram.calls.at(-1)!.offset).toBe(4);
    expect(handler.handled).toEqual([1, 2, 3]);
    offsetNeverPassedUnfinished(telegram);
    await polling.stop();
  });

  it("an update in hand is asked for again but never handed twice, and is not re-fetched in a busy loop", async () => {
    const telegram = new FakeTelegram();
    const handler = new Handler();
    const { polling } = poll(telegram, handler);
    telegram.push(1);
    await handler.untilHandled(1);
    const callsBefore = telegram.calls.length;
    await tick(400);
    // At most one getUpdates per recheck (40 ms) while the update is in hand: not thousands.
    expect(telegram.calls.length - callsBefore).toBeLessThanOrEqual(12);
    telegram.push(2);
    await handler.untilHandled(2);
    expect(handler.handled).toEqual([1, 2]);
    handler.finish(1, 2);
    offsetNeverPassedUnfinished(telegram);
    await polling.stop();
  });

  it("a handler that fails still counts as finished: the offset moves on and the error is reported", async () => {
    const telegram = new FakeTelegram();
    const handler = new Handler();
    const errors: unknown[] = [];
    const { polling } = poll(telegram, handler, { errors });
    telegram.push(1, 2);
    await handler.untilHandled(2);
    handler.fail(1);
    handler.finish(2);
    await tick(120);
    expect(errors).toHaveLength(1);
    expect(telegram.calls.at(-1)!.offset).toBe(3);
    await polling.stop();
  });

  it("after a kill, Telegram re-sends what was in hand; the new process hands each update over once", async () => {
    const telegram = new FakeTelegram();
    const first = new Handler();
    const a = poll(telegram, first);
    telegram.push(1, 2, 3);
    await first.untilHandled(3);
    first.finish(1, 3);
    await tick(120);
    a.kill(); // kill -9: update 2 never finishes, and nothing more is confirmed
    offsetNeverPassedUnfinished(telegram);

    const second = new Handler();
    const b = poll(telegram, second);
    await second.untilHandled(2);
    // 3 was handled before the kill but sat above 2, so it comes again: the database's update claim skips it.
    second.finish(3);
    await tick(200);
    expect(second.handled).toEqual([2, 3]);
    second.finish(2);
    await tick(120);
    expect(second.handled).toEqual([2, 3]);
    expect(telegram.calls.at(-1)!.offset).toBe(4);
    await b.polling.stop();
  });

  it("a stop waits for the updates in hand, then confirms them so that nothing is re-sent", async () => {
    const telegram = new FakeTelegram();
    const handler = new Handler();
    const { polling } = poll(telegram, handler);
    telegram.push(1, 2);
    await handler.untilHandled(2);
    handler.finish(2);
    let stopped = false;
    const stopping = polling.stop().then(() => {
      stopped = true;
    });
    await tick(100);
    expect(stopped).toBe(false);
    handler.finish(1);
    await stopping;
    expect(telegram.calls.at(-1)).toMatchObject({ offset: 3, limit: 1, timeout: 0 });
    expect(telegram.pending).toEqual([]);
  });

  it("a stop with an update still arriving confirms only what was handled", async () => {
    const telegram = new FakeTelegram();
    const handler = new Handler();
    const { polling } = poll(telegram, handler);
    telegram.push(1);
    await handler.untilHandled(1);
    const stopping = polling.stop();
    telegram.push(2); // came in after fetching stopped: Telegram must keep it for the next start
    handler.finish(1);
    await stopping;
    expect(telegram.calls.at(-1)).toMatchObject({ offset: 2, limit: 1, timeout: 0 });
    expect(telegram.pending.map((u) => u.update_id)).toEqual([2]);
    expect(handler.handled).toEqual([1]);
  });

  it("no more updates are handled at once than the concurrency allows", async () => {
    const telegram = new FakeTelegram();
    const handler = new Handler();
    const { polling } = poll(telegram, handler, { concurrency: 2 });
    telegram.push(1, 2, 3, 4, 5);
    await handler.untilHandled(2);
    await tick(150);
    expect(handler.inHand()).toEqual([1, 2]);
    handler.finish(1);
    await handler.untilHandled(3);
    await tick(100);
    expect(handler.inHand()).toEqual([2, 3]);
    handler.finish(2, 3);
    await handler.untilHandled(5);
    handler.finish(4, 5);
    expect(handler.handled).toEqual([1, 2, 3, 4, 5]);
    offsetNeverPassedUnfinished(telegram);
    await polling.stop();
    expect(telegram.calls.at(-1)).toMatchObject({ offset: 6 });
  });
});
