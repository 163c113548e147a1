import { describe, expect, it } from "vitest";
import { isUnsupportedMethod, OptionalMethods } from "../../src/platform/optional-methods.ts";

describe("optional methods: what the platform answered is remembered for the process", () => {
  it("a 501, a 404 or a 400 saying the method is missing means unsupported; other refusals do not", () => {
    expect(isUnsupportedMethod({ error_code: 501, description: "Not Implemented" })).toBe(true);
    expect(isUnsupportedMethod({ error_code: 404, description: "Not Found" })).toBe(true);
    expect(isUnsupportedMethod({ error_code: 400, description: "Bad Request: not implemented: pinChatMessage" })).toBe(
      true,
    );
    expect(isUnsupportedMethod({ error_code: 400, description: "Bad Request: method not found" })).toBe(true);
    expect(isUnsupportedMethod({ error_code: 400, description: "Bad Request: not enough rights to pin" })).toBe(false);
    expect(isUnsupportedMethod({ error_code: 429, description: "Too Many Requests: retry after 3" })).toBe(false);
    expect(isUnsupportedMethod({ error_code: 502, description: "Bad Gateway" })).toBe(false);
    expect(isUnsupportedMethod({})).toBe(false);
  });

  it("unknown until answered; a success or an unsupported answer settles it, any other failure does not", () => {
    const optional = new OptionalMethods();
    expect([optional.pin, optional.commandMenu]).toEqual(["unknown", "unknown"]);
    optional.note("pin", { ok: false, failure: { error_code: 400, description: "Bad Request: CHAT_ADMIN_REQUIRED" } });
    expect(optional.lacks("pin")).toBe(false);
    optional.note("pin", { ok: false, failure: { error_code: 501 } });
    expect(optional.lacks("pin")).toBe(true);
    optional.note("commandMenu", { ok: true });
    expect(optional.commandMenu).toBe("yes");
  });
});
