import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zonedInstant } from "../../src/domain/calendar.ts";
import {
  type ConveneDraft,
  type ConveneParseError,
  checkMeetingTime,
  checkProposalWindow,
  isFridayWarningNeeded,
  MAX_AGENDA_ITEM_LENGTH,
  MAX_AGENDA_ITEMS,
  MAX_PLACE_LENGTH,
  parseConveneText,
  type RsvpInvitation,
  reminderPlan,
  rsvpTally,
  stripListMarker,
} from "../../src/domain/convening.ts";
import { BYLAW_DEFAULT_RULES, proposalDeadline } from "../../src/domain/rules.ts";

const TEHRAN = "Asia/Tehran";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function tehran(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return zonedInstant({ year, month, day }, { hour, minute }, TEHRAN);
}

function parsed(text: string): ConveneDraft {
  const result = parseConveneText(text, TEHRAN);
  if (!result.ok) throw new Error(`expected a draft, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function parseError(text: string): ConveneParseError {
  const result = parseConveneText(text, TEHRAN);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

// 1405/09/20 is Friday 2026-12-11; 10:00 in Tehran is 06:30 UTC.
const DEC_11_10AM = new Date("2026-12-11T06:30:00Z");

describe("B4/B6 the /convene text: date, time, place, then the agenda", () => {
  it("reads the documented example", () => {
    const draft = parsed(
      "1405/09/20 10:00 Governor's office, room 2\n- Review of the heritage projects\n- Budget proposal for 1406",
    );
    expect(draft).toEqual({
      startsAt: DEC_11_10AM,
      place: "Governor's office, room 2",
      agenda: ["Review of the heritage projects", "Budget proposal for 1406"],
    });
  });

  it.each([
    ["Persian digits", "۱۴۰۵/۰۹/۲۰ ۱۰:۰۰"],
    ["Arabic-Indic digits", "١٤٠٥/٠٩/٢٠ ١٠:٠٠"],
    ["mixed digits and dashes", "۱۴۰۵-9-٢٠ ١٠:00"],
    ["a whole hour", "1405/09/20 10"],
    ["a comma after the date", "1405/09/20، 10:00"],
    ["the word ساعت between date and time", "1405/09/20 ساعت ۱۰:۰۰"],
    ["the month as a word", "۲۰ آذر ۱۴۰۵ ساعت ۱۰"],
    ["the month as a word, in English", "20 Azar 1405 at 10:00"],
    ["a Gregorian month as a word", "December 11, 2026 10:00"],
    ["leading blank lines and direction marks", "\n  \n\u200F1405/09/20\u200F   10:00  "],
  ])("accepts %s", (_label, text) => {
    expect(parsed(text)).toEqual({ startsAt: DEC_11_10AM, place: null, agenda: [] });
  });

  it("a place after a date written with its month's name is kept whole", () => {
    expect(parsed("۲۰ آذر ۱۴۰۵ ساعت ۱۰ فرمانداری، سالن ۲").place).toBe("فرمانداری، سالن ۲");
  });

  it("a Gregorian date is accepted too", () => {
    expect(parsed("2026-12-11 10:00").startsAt).toEqual(DEC_11_10AM);
  });

  it("keeps a place with commas and Persian punctuation whole", () => {
    expect(parsed("1405/09/20 10:00 فرمانداری، سالن اجتماعات, طبقه ۲").place).toBe("فرمانداری، سالن اجتماعات, طبقه ۲");
  });

  it("a comma after the time is not part of the place", () => {
    expect(parsed("1405/09/20 10:00, Governor's office").place).toBe("Governor's office");
  });

  it("no place gives null", () => {
    expect(parsed("1405/09/20 10:00\n- Item").place).toBeNull();
  });

  it("normalizes Arabic yeh and kaf, collapses spaces and keeps digits and ZWNJ as typed", () => {
    const draft = parsed("1405/09/20 10:00   سالن   كنفرانس\tفرمانداري ۲\n-   بررسي   طرح‌هاي  ۱۴۰۶  ");
    expect(draft.place).toBe("سالن کنفرانس فرمانداری ۲");
    expect(draft.agenda).toEqual(["بررسی طرح‌های ۱۴۰۶"]);
  });

  it("skips blank lines and lines holding only a marker; accepts CRLF", () => {
    const draft = parsed("1405/09/20 10:00\r\n\r\n- First\r\n-\r\n   \r\n2) Second\r\n");
    expect(draft.agenda).toEqual(["First", "Second"]);
  });

  it("an empty agenda is allowed", () => {
    expect(parsed("1405/09/20 10:00 Room 2").agenda).toEqual([]);
  });

  it.each([
    ["- Item"],
    ["• Item"],
    ["* Item"],
    ["– Item"],
    ["1. Item"],
    ["1) Item"],
    ["۱- Item"],
    ["١. Item"],
    ["(2) Item"],
    ["(۲) Item"],
    ["12. Item"],
    ["-Item"],
    ["1.Item"],
    ["   ۳)   Item"],
  ])("strips the list marker in %j", (line) => {
    expect(stripListMarker(line)).toBe("Item");
    expect(parsed(`1405/09/20 10:00\n${line}`).agenda).toEqual(["Item"]);
  });

  it.each([
    ["1.5 billion rials for repairs"],
    ["1-2 new sites"],
    ["-5% of the budget"],
    ["1405 annual programme"],
    ["**Urgent** item"],
    ["Item without a marker"],
  ])("leaves %j alone", (line) => {
    expect(stripListMarker(line)).toBe(line);
  });

  it("strips only one marker", () => {
    expect(stripListMarker("1. - Item")).toBe("- Item");
  });

  it("any agenda written with any marker style reads back as typed", () => {
    const word = fc.constantFrom("بررسی", "طرح", "بودجه", "Review", "heritage", "1406", "۱۴۰۶", "a,b");
    const item = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
    const marker = fc.constantFrom("- ", "• ", "* ", "– ", "1. ", "2) ", "۳- ", "٤. ", "(5) ", "");
    fc.assert(
      fc.property(fc.array(fc.tuple(marker, item), { maxLength: MAX_AGENDA_ITEMS }), (lines) => {
        const text = ["1405/09/20 10:00", ...lines.map(([m, i]) => `${m}${i}`)].join("\n");
        expect(parsed(text).agenda).toEqual(lines.map(([, i]) => i));
      }),
    );
  });
});

describe("B6 the /convene text: what is refused", () => {
  it.each([[""], ["   \n \n"], ["1405/09/20"], ["1405/09/20 ساعت"], ["10:00"]])("%j has no date and time", (text) => {
    expect(parseError(text)).toEqual({ code: "missing_date_time" });
  });

  it("an impossible month (1405/13/01) gives the wrapped date error", () => {
    expect(parseError("1405/13/01 10:00")).toEqual({
      code: "date",
      error: { code: "month_out_of_range", calendar: "jalali", month: 13 },
    });
  });

  it("1405/12/30 does not exist (1405 is not a leap year)", () => {
    expect(parseError("۱۴۰۵/۱۲/۳۰ ۱۰:۰۰")).toEqual({
      code: "date",
      error: { code: "day_out_of_range", calendar: "jalali", day: 30, maxDay: 29 },
    });
  });

  it("a date that is not a date gives date_format", () => {
    expect(parseError("tomorrow 10:00")).toEqual({ code: "date", error: { code: "date_format" } });
  });

  it("an impossible time (25:00) gives the wrapped time error", () => {
    expect(parseError("1405/09/20 25:00")).toEqual({
      code: "time",
      error: { code: "time_out_of_range", hour: 25, minute: 0 },
    });
  });

  it("a time that is not a time gives time_format", () => {
    expect(parseError("1405/09/20 Governor's office")).toEqual({ code: "time", error: { code: "time_format" } });
  });

  it(`accepts ${MAX_AGENDA_ITEMS} agenda items and refuses ${MAX_AGENDA_ITEMS + 1}`, () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Item ${i + 1}`).join("\n");
    expect(parsed(`1405/09/20 10:00\n${items(MAX_AGENDA_ITEMS)}`).agenda).toHaveLength(MAX_AGENDA_ITEMS);
    expect(parseError(`1405/09/20 10:00\n${items(MAX_AGENDA_ITEMS + 1)}`)).toEqual({
      code: "too_many_agenda_items",
      count: MAX_AGENDA_ITEMS + 1,
      max: MAX_AGENDA_ITEMS,
    });
  });

  it(`accepts an agenda item of ${MAX_AGENDA_ITEM_LENGTH} characters and refuses a longer one, by index`, () => {
    const fits = "ب".repeat(MAX_AGENDA_ITEM_LENGTH);
    expect(parsed(`1405/09/20 10:00\n- ${fits}`).agenda).toEqual([fits]);
    expect(parseError(`1405/09/20 10:00\n- Short\n\n- ${fits}ب\n- Short`)).toEqual({
      code: "agenda_item_too_long",
      index: 1,
      length: MAX_AGENDA_ITEM_LENGTH + 1,
      max: MAX_AGENDA_ITEM_LENGTH,
    });
  });

  it(`accepts a place of ${MAX_PLACE_LENGTH} characters and refuses a longer one`, () => {
    const fits = "س".repeat(MAX_PLACE_LENGTH);
    expect(parsed(`1405/09/20 10:00 ${fits}`).place).toBe(fits);
    expect(parseError(`1405/09/20 10:00 ${fits}س`)).toEqual({
      code: "place_too_long",
      length: MAX_PLACE_LENGTH + 1,
      max: MAX_PLACE_LENGTH,
    });
  });
});

describe("B6 notice: at least a week before the meeting", () => {
  const now = new Date("2026-12-01T06:32:10Z");

  it("B6 refuses a meeting 6 days away and offers the earliest date", () => {
    const result = checkMeetingTime(new Date(now.getTime() + 6 * DAY), now, BYLAW_DEFAULT_RULES);
    expect(result).toEqual({ ok: false, code: "too_soon", earliest: new Date("2026-12-08T06:35:00Z") });
  });

  it("B6 accepts a meeting exactly 7 days away", () => {
    expect(checkMeetingTime(new Date(now.getTime() + 7 * DAY), now, BYLAW_DEFAULT_RULES)).toEqual({ ok: true });
  });

  it("B6 refuses a meeting one minute short of 7 days", () => {
    const result = checkMeetingTime(new Date(now.getTime() + 7 * DAY - MINUTE), now, BYLAW_DEFAULT_RULES);
    expect(result.ok).toBe(false);
  });

  it("the offered earliest time is a whole 5 minutes on the Tehran clock", () => {
    const result = checkMeetingTime(new Date(now.getTime() + DAY), now, BYLAW_DEFAULT_RULES);
    expect(result).toMatchObject({ code: "too_soon", earliest: tehran(2026, 12, 8, 10, 5) });
  });

  it("an earliest time already on a 5-minute mark is not moved", () => {
    const onTheMark = new Date("2026-12-01T06:30:00Z");
    const result = checkMeetingTime(onTheMark, new Date(onTheMark.getTime() - HOUR), BYLAW_DEFAULT_RULES);
    expect(result).toEqual({ ok: false, code: "too_soon", earliest: new Date("2026-12-08T05:30:00Z") });
  });

  it.each([
    ["an hour ago", -HOUR],
    ["right now", 0],
  ])("refuses a meeting %s as in the past", (_label, offset) => {
    expect(checkMeetingTime(new Date(now.getTime() + offset), now, BYLAW_DEFAULT_RULES)).toEqual({
      ok: false,
      code: "in_past",
    });
  });

  it("follows a committee's own notice period", () => {
    const rules = { ...BYLAW_DEFAULT_RULES, noticeDays: 3 };
    expect(checkMeetingTime(new Date(now.getTime() + 3 * DAY), now, rules)).toEqual({ ok: true });
    expect(checkMeetingTime(new Date(now.getTime() + 2 * DAY), now, rules).ok).toBe(false);
  });

  it("the offered earliest time is always accepted and at most 5 minutes after the notice period", () => {
    const instant = fc.date({ min: new Date("2020-01-01"), max: new Date("2035-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 7 * DAY - 1 }), (nowAt, ahead) => {
        const result = checkMeetingTime(new Date(nowAt.getTime() + ahead), nowAt, BYLAW_DEFAULT_RULES);
        if (result.ok || result.code !== "too_soon") throw new Error("expected too_soon");
        const slack = result.earliest.getTime() - (nowAt.getTime() + 7 * DAY);
        expect(slack).toBeGreaterThanOrEqual(0);
        expect(slack).toBeLessThan(5 * MINUTE);
        expect(result.earliest.getTime() % (5 * MINUTE)).toBe(0);
        expect(checkMeetingTime(result.earliest, nowAt, BYLAW_DEFAULT_RULES)).toEqual({ ok: true });
      }),
    );
  });
});

describe("B10 written proposals until a week before the meeting", () => {
  const startsAt = DEC_11_10AM;
  const deadline = proposalDeadline(startsAt, BYLAW_DEFAULT_RULES);
  const meeting = { startsAt, proposalDeadline: deadline, status: "scheduled" };

  it("B10 accepts a proposal before the deadline", () => {
    expect(checkProposalWindow(meeting, new Date(deadline.getTime() - DAY))).toEqual({ ok: true });
  });

  it("B10 accepts a proposal at the deadline itself", () => {
    expect(checkProposalWindow(meeting, deadline)).toEqual({ ok: true });
  });

  it("B10 refuses a proposal after the deadline", () => {
    expect(checkProposalWindow(meeting, new Date(deadline.getTime() + MINUTE))).toEqual({
      ok: false,
      code: "deadline_passed",
      deadline,
    });
  });

  it.each([["cancelled"], ["in_session"], ["ended"]])("takes no proposal for a meeting %s", (status) => {
    expect(checkProposalWindow({ ...meeting, status }, new Date(deadline.getTime() - DAY))).toEqual({
      ok: false,
      code: "meeting_not_open",
    });
  });

  it("takes no proposal once the meeting time has come", () => {
    expect(checkProposalWindow(meeting, startsAt)).toEqual({ ok: false, code: "meeting_not_open" });
  });
});

describe("reminders before the meeting", () => {
  const startsAt = DEC_11_10AM;

  it("a meeting convened 10 days ahead gets all three, in time order", () => {
    expect(reminderPlan(startsAt, new Date(startsAt.getTime() - 10 * DAY))).toEqual([
      { kind: "rsvp_3d", at: new Date("2026-12-08T06:30:00Z") },
      { kind: "rsvp_1d", at: new Date("2026-12-10T06:30:00Z") },
      { kind: "starting_2h", at: new Date("2026-12-11T04:30:00Z") },
    ]);
  });

  it("a meeting 2 days away gets only the 1-day and 2-hour reminders", () => {
    expect(reminderPlan(startsAt, new Date(startsAt.getTime() - 2 * DAY)).map((r) => r.kind)).toEqual([
      "rsvp_1d",
      "starting_2h",
    ]);
  });

  it("a reminder due exactly at convening is left out", () => {
    expect(reminderPlan(startsAt, new Date(startsAt.getTime() - 3 * DAY)).map((r) => r.kind)).toEqual([
      "rsvp_1d",
      "starting_2h",
    ]);
  });

  it("a meeting 3 hours away gets only the 2-hour reminder; 1 hour away gets none", () => {
    expect(reminderPlan(startsAt, new Date(startsAt.getTime() - 3 * HOUR)).map((r) => r.kind)).toEqual(["starting_2h"]);
    expect(reminderPlan(startsAt, new Date(startsAt.getTime() - HOUR))).toEqual([]);
  });
});

describe("B3 RSVP tally against the quorum", () => {
  const seat = (response: RsvpInvitation["response"], vacant = false): RsvpInvitation => ({
    seatVoting: true,
    response,
    vacant,
  });
  const guest = (response: RsvpInvitation["response"]): RsvpInvitation => ({
    seatVoting: false,
    response,
    vacant: false,
  });
  const quorum = BYLAW_DEFAULT_RULES.quorum;

  it("B3 with 9 voting seats, 5 attending and 1 delegate make the quorum of 6 expected", () => {
    const tally = rsvpTally(
      [
        ...Array.from({ length: 5 }, () => seat("attending")),
        seat("delegating"),
        seat("not_attending"),
        seat("not_attending"),
        seat(null),
      ],
      quorum,
    );
    expect(tally).toEqual({
      votingSeats: 9,
      attending: 5,
      delegating: 1,
      notAttending: 2,
      noAnswer: 1,
      vacant: 0,
      expectedPresent: 6,
      quorumRequired: 6,
      quorumExpected: true,
      guestsInvited: 0,
      guestsAttending: 0,
    });
  });

  it("B3 with 9 voting seats, 5 attending is not yet the quorum", () => {
    const tally = rsvpTally(
      [...Array.from({ length: 5 }, () => seat("attending")), ...Array.from({ length: 4 }, () => seat(null))],
      quorum,
    );
    expect(tally).toMatchObject({ votingSeats: 9, expectedPresent: 5, quorumRequired: 6, quorumExpected: false });
  });

  it("B3 vacant seats count in N but are never present, whatever their stale answer", () => {
    const tally = rsvpTally(
      [
        ...Array.from({ length: 5 }, () => seat("attending")),
        seat("attending", true),
        seat("delegating", true),
        seat(null, true),
        seat(null),
      ],
      quorum,
    );
    expect(tally).toMatchObject({
      votingSeats: 9,
      attending: 5,
      delegating: 0,
      noAnswer: 1,
      vacant: 3,
      expectedPresent: 5,
      quorumRequired: 6,
      quorumExpected: false,
    });
  });

  it("B8 guests without a vote are not part of N and never make the quorum", () => {
    const tally = rsvpTally(
      [seat("attending"), seat("attending"), seat(null), guest("attending"), guest("attending"), guest(null)],
      quorum,
    );
    expect(tally).toMatchObject({
      votingSeats: 3,
      attending: 2,
      expectedPresent: 2,
      quorumRequired: 2,
      quorumExpected: true,
      guestsInvited: 3,
      guestsAttending: 2,
    });
  });

  it("a committee may use another quorum fraction", () => {
    const tally = rsvpTally(
      [...Array.from({ length: 5 }, () => seat("attending")), ...Array.from({ length: 4 }, () => seat(null))],
      { numerator: 1, denominator: 2 },
    );
    expect(tally).toMatchObject({ quorumRequired: 5, quorumExpected: true });
  });

  it("no voting seats is never a quorum", () => {
    expect(rsvpTally([], quorum)).toMatchObject({ votingSeats: 0, quorumExpected: false });
  });

  it("every voting seat is counted exactly once", () => {
    const response = fc.constantFrom("attending", "not_attending", "delegating", null) as fc.Arbitrary<
      RsvpInvitation["response"]
    >;
    const invitation = fc.record({ seatVoting: fc.boolean(), response, vacant: fc.boolean() });
    fc.assert(
      fc.property(fc.array(invitation, { maxLength: 40 }), (invitations) => {
        const t = rsvpTally(invitations, quorum);
        expect(t.attending + t.delegating + t.notAttending + t.noAnswer + t.vacant).toBe(t.votingSeats);
        expect(t.votingSeats).toBe(invitations.filter((i) => i.seatVoting).length);
        expect(t.expectedPresent).toBe(t.attending + t.delegating);
        expect(t.quorumExpected).toBe(t.votingSeats > 0 && t.expectedPresent >= t.quorumRequired);
      }),
    );
  });
});

describe("Friday, the weekly holiday", () => {
  it("1405/09/20 is a Friday and deserves a warning", () => {
    expect(isFridayWarningNeeded(DEC_11_10AM, TEHRAN)).toBe(true);
  });

  it("Saturday 1405/09/21 does not", () => {
    expect(isFridayWarningNeeded(tehran(2026, 12, 12, 10), TEHRAN)).toBe(false);
  });

  it("the day is the one on the Tehran clock, not in UTC", () => {
    // 00:30 Friday in Tehran is still Thursday in UTC; 23:30 Thursday in Tehran is Thursday everywhere west.
    expect(isFridayWarningNeeded(tehran(2026, 12, 11, 0, 30), TEHRAN)).toBe(true);
    expect(isFridayWarningNeeded(tehran(2026, 12, 10, 23, 30), TEHRAN)).toBe(false);
  });
});
