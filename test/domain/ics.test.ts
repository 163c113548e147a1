import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, ICS_PRODID, meetingIcs, utcDateTime } from "../../src/domain/ics.ts";

const STARTS_AT = new Date("2026-12-11T06:30:00Z"); // 1405/09/20 10:00 Tehran
const STAMP = new Date("2026-12-01T08:15:42Z");
const LONG_PERSIAN =
  "جلسه کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی؛ بررسی طرح‌های بازآفرینی محله‌های ناکارآمد شهر و روستا";

const base = {
  uid: "meeting-42@kargoruh",
  startsAt: STARTS_AT,
  durationMinutes: 90,
  summary: "جلسه کارگروه میراث فرهنگی",
  stamp: STAMP,
};

/** RFC 5545 §3.1: a CRLF followed by one space or tab is removed. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

function property(ics: string, name: string): string[] {
  return unfold(ics)
    .filter((line) => line.startsWith(`${name}:`))
    .map((line) => line.slice(name.length + 1));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function octets(line: string): number {
  return Buffer.byteLength(line, "utf8");
}

describe("meeting invitation as an iCalendar file (RFC 5545)", () => {
  it("has one VEVENT in a VCALENDAR with the expected properties", () => {
    const lines = unfold(meetingIcs({ ...base, location: "فرمانداری، اتاق ۲" }));
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:${ICS_PRODID}`,
      "CALSCALE:GREGORIAN",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:meeting-42@kargoruh",
      "DTSTAMP:20261201T081542Z",
      "DTSTART:20261211T063000Z",
      "DTEND:20261211T080000Z",
      "SEQUENCE:0",
      "SUMMARY:جلسه کارگروه میراث فرهنگی",
      "LOCATION:فرمانداری، اتاق ۲",
      "STATUS:CONFIRMED",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:جلسه کارگروه میراث فرهنگی",
      "TRIGGER:-PT1H",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    expect(ICS_PRODID).toBe("-//Kargoruh//Kargoruh//FA");
  });

  it("uses CRLF everywhere and ends with one", () => {
    const ics = meetingIcs({
      ...base,
      summary: LONG_PERSIAN,
      description: `${LONG_PERSIAN}\n${LONG_PERSIAN}\r\nبند ۲`,
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds every line to at most 75 octets without splitting a Persian letter", () => {
    const ics = meetingIcs({ ...base, summary: LONG_PERSIAN, location: LONG_PERSIAN, description: LONG_PERSIAN });
    const physical = ics.split("\r\n");
    expect(physical.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A split multibyte character would decode to U+FFFD.
      expect(Buffer.from(line, "utf8").toString("utf8")).not.toContain("\uFFFD");
    }
  });

  it("unfolding recovers the exact SUMMARY", () => {
    expect(property(meetingIcs({ ...base, summary: LONG_PERSIAN }), "SUMMARY").map(unescapeText)).toEqual([
      LONG_PERSIAN,
    ]);
  });

  it("escapes backslash, semicolon, comma and newline in TEXT values", () => {
    const description = "Agenda:\n1. Budget; heritage, roads\r\n2. C:\\files";
    const ics = meetingIcs({ ...base, summary: "A, B; C\\D", description });
    expect(property(ics, "SUMMARY")).toEqual(["A\\, B\\; C\\\\D"]);
    expect(property(ics, "DESCRIPTION")[0]).toBe("Agenda:\\n1. Budget\\; heritage\\, roads\\n2. C:\\\\files");
    expect(unescapeText(property(ics, "DESCRIPTION")[0] ?? "")).toBe(description.replace("\r\n", "\n"));
  });

  it("leaves out an empty location and description", () => {
    const ics = meetingIcs({ ...base, location: null, description: "" });
    expect(ics).not.toContain("LOCATION");
    expect(property(ics, "DESCRIPTION")).toHaveLength(1); // only the alarm's
  });

  it("a reschedule carries its SEQUENCE", () => {
    expect(property(meetingIcs({ ...base, sequence: 3 }), "SEQUENCE")).toEqual(["3"]);
  });

  it("a cancellation says METHOD:CANCEL and STATUS:CANCELLED and sets no alarm", () => {
    const ics = meetingIcs({ ...base, sequence: 2, cancelled: true });
    expect(property(ics, "METHOD")).toEqual(["CANCEL"]);
    expect(property(ics, "STATUS")).toEqual(["CANCELLED"]);
    expect(property(ics, "UID")).toEqual([base.uid]);
    expect(ics).not.toContain("VALARM");
  });

  it("refuses a nonsensical duration or sequence", () => {
    expect(() => meetingIcs({ ...base, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => meetingIcs({ ...base, sequence: -1 })).toThrow(RangeError);
  });

  it("any summary survives folding and escaping, and every line fits", () => {
    // Control characters other than line breaks are dropped (not allowed in TEXT), so leave them out here.
    const anyCodePoint = fc
      .integer({ min: 0x20, max: 0x10ffff })
      .filter((code) => code < 0xd800 || code > 0xdfff)
      .map((code) => String.fromCodePoint(code));
    const tricky = fc.constantFrom(",", ";", "\\", "\n", "\r\n", "\t", " ", "ب", "ی", "\u200C", "۱", "😀", "✅");
    const text = fc
      .string({ unit: fc.oneof(tricky, anyCodePoint, fc.constantFrom("a", "Z", ":")), maxLength: 200 })
      .map((s) => s.replace(CONTROLS_BUT_LINE_BREAKS, "").replace(/\r\n?/g, "\n"));
    fc.assert(
      fc.property(text, (summary) => {
        const ics = meetingIcs({ ...base, summary });
        for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(property(ics, "SUMMARY").map(unescapeText)).toEqual([summary]);
      }),
    );
  });
});

describe("iCalendar helpers", () => {
  it("writes UTC date-times", () => {
    expect(utcDateTime(STARTS_AT)).toBe("20261211T063000Z");
    expect(utcDateTime(new Date("0999-01-02T03:04:05Z"))).toBe("09990102T030405Z");
  });

  it("folds exactly at 75 octets with a leading space on continuations", () => {
    const line = `SUMMARY:${"x".repeat(100)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.map(octets)).toEqual([75, 34]);
    expect(folded[1]?.startsWith(" ")).toBe(true);
    expect(foldLine("SHORT:ok")).toBe("SHORT:ok");
  });

  it("moves a multibyte character to the next line rather than splitting it", () => {
    // 74 ASCII octets + a 2-octet Persian letter would make 76.
    const folded = foldLine(`${"a".repeat(74)}ب`).split("\r\n");
    expect(folded).toEqual(["a".repeat(74), " ب"]);
  });

  it("keeps a 4-octet emoji whole", () => {
    // 71 ASCII octets + 3 for ✅ = 74; the emoji's 4 would make 78.
    const folded = foldLine(`${"a".repeat(71)}✅😀`).split("\r\n");
    expect(folded).toEqual([`${"a".repeat(71)}✅`, " 😀"]);
  });

  it("escapes TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\u0007")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});
