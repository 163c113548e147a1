import { describe, expect, it } from "vitest";
import { citeRule } from "../../src/domain/rule-source.ts";
import { BYLAW_DEFAULT_RULES, resolveRules } from "../../src/domain/rules.ts";

describe("a message cites the bylaw only for the bylaw's figure", () => {
  it("B6: the bylaw's seven days of notice are cited as the bylaw's", () => {
    expect(citeRule(BYLAW_DEFAULT_RULES, "noticeDays")).toEqual({ source: "bylaw", value: 7 });
    expect(citeRule(resolveRules({ notice_days: 7 }), "noticeDays")).toEqual({ source: "bylaw", value: 7 });
  });

  it("B6: a group's own notice days are the group's rule, with the bylaw's figure beside them", () => {
    expect(citeRule(resolveRules({ notice_days: 2 }), "noticeDays")).toEqual({ source: "group", value: 2, bylaw: 7 });
    expect(citeRule(resolveRules({ notice_days: 10 }), "noticeDays")).toEqual({ source: "group", value: 10, bylaw: 7 });
  });

  it("B10, B9: proposal days and minutes hours follow the same reading", () => {
    expect(citeRule(resolveRules({ proposal_days: 3 }), "proposalDays")).toEqual({
      source: "group",
      value: 3,
      bylaw: 7,
    });
    expect(citeRule(resolveRules({ minutes_hours: 72 }), "minutesHours")).toEqual({
      source: "group",
      value: 72,
      bylaw: 48,
    });
    expect(citeRule(resolveRules({}), "minutesHours")).toEqual({ source: "bylaw", value: 48 });
  });

  it("B3: a quorum written 4/6 is the bylaw's two-thirds; 1/2 is the group's; the strict majority reading is the group's", () => {
    expect(citeRule(resolveRules({ quorum: "4/6" }), "quorum").source).toBe("bylaw");
    expect(citeRule(resolveRules({ quorum: "1/2" }), "quorum")).toEqual({
      source: "group",
      value: { numerator: 1, denominator: 2 },
      bylaw: { numerator: 2, denominator: 3 },
    });
    expect(citeRule(resolveRules({ majority: "strict" }), "majority")).toEqual({
      source: "group",
      value: "strict",
      bylaw: "absolute",
    });
  });
});
