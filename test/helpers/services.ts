import { createI18n, translatorOf } from "../../src/i18n.ts";
import type { ServiceDeps } from "../../src/services/deps.ts";
import type { TestDatabase } from "./test-db.ts";

export const translate = translatorOf(createI18n());

/** A clock tests move by hand. */
export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export function serviceDeps(database: TestDatabase, clock: TestClock): ServiceDeps {
  return { db: database.db, clock: clock.now, t: translate };
}
