import { describe, expect, it } from "vitest";
import { isDatabaseDriverFault } from "../../src/db/driver-faults.ts";

describe("which uncaught errors the process survives", () => {
  it("a fault thrown inside postgres.js, or a terminated connection, is survivable", () => {
    const driver = new TypeError("Cannot read properties of null (reading 'write')");
    driver.stack = `TypeError: Cannot read properties of null (reading 'write')\n    at write (/app/node_modules/postgres/src/connection.js:255:14)`;
    expect(isDatabaseDriverFault(driver)).toBe(true);
    expect(isDatabaseDriverFault(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
  });
  it("so is a socket reset thrown outside any query, read by the same codes as a lost connection", () => {
    const reset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    reset.stack = "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:218:20)";
    expect(isDatabaseDriverFault(reset)).toBe(true);
  });
  it("anything else is not", () => {
    expect(isDatabaseDriverFault(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseDriverFault("a string")).toBe(false);
  });
});
