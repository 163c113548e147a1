import { createI18n, translatorOf } from "../../src/i18n.ts";
import { withoutIsolates } from "../../src/domain/text.ts";
import type { ServiceDeps, Translate } from "../../src/services/shared/deps.ts";
import type { TestDatabase } from "./test-db.ts";

const translateAsSent = translatorOf(createI18n());

/**
 * The bot's translation as a person reads it: without the invisible bidi isolates around Latin values in Persian
 * (the emulator shows messages the same way; test/locales/bidi.test.ts checks the isolates themselves).
 */
export const translate: Translate = (locale, key, variables) =>
  withoutIsolates(translateAsSent(locale, key, variables));

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
