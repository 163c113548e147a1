import { describe, expect, it } from "vitest";
import { citeRule } from "../../../src/domain/rule-source.ts";
import { BYLAW_DEFAULT_RULES } from "../../../src/domain/rules.ts";
import { createI18n, translatorOf } from "../../../src/i18n.ts";
import { invitationText, type MeetingFacts } from "../../../src/services/shared/meeting-text.ts";

const t = translatorOf(createI18n());

function facts(proposalDays: number): MeetingFacts {
  return {
    meetingId: 1,
    committeeTitle: { fa: "کارگروه ساماندهی کالبدی", en: "Physical working group" },
    hqName: "ستاد نمونه",
    zone: "Asia/Tehran",
    startsAt: new Date("2026-12-20T06:30:00Z"),
    place: null,
    proposalDeadline: new Date("2026-12-13T06:30:00Z"),
    proposalDays: citeRule({ ...BYLAW_DEFAULT_RULES, proposalDays }, "proposalDays"),
    agenda: ["بودجه"],
  };
}

describe("B10 in the invitation: the proposal deadline cites the bylaw only for the bylaw's figure", () => {
  it("B10: under the bylaw's week the line cites rule 10", () => {
    expect(invitationText(t, "fa", facts(7))).toContain("مهلت ارسال پیشنهاد کتبی (بند ۱۰ آیین‌نامه):");
    expect(invitationText(t, "en", facts(7))).toContain("Written proposals until (bylaw rule 10):");
  });

  it("B10: under a group's own 3 days the line says it is the group's rule and gives the bylaw's 7", () => {
    const fa = invitationText(t, "fa", facts(3));
    expect(fa).toContain("قاعده این کارگروه: ۳ روز پیش از جلسه؛ آیین‌نامه در بند ۱۰ دست‌کم ۷ روز می‌خواهد");
    expect(fa).not.toContain("(بند ۱۰ آیین‌نامه)");
    expect(invitationText(t, "en", facts(3))).toContain(
      "this working group's rule: 3 days before the meeting; the bylaw asks for at least 7, rule 10",
    );
  });
});
