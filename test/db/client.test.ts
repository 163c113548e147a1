import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headquarters } from "../../src/db/schema.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

describe("database client", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it("opens a migrated database and resets it between tests", async () => {
    await database.db
      .insert(headquarters)
      .values({ key: "a", level: "county", name: "A", timezone: "Asia/Tehran", locale: "fa" });
    expect((await database.rowCounts()).headquarters).toBe(1);
    await database.reset();
    expect((await database.rowCounts()).headquarters).toBe(0);
  });
});
