import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  attendance,
  guests,
  headquarters,
  invitations,
  minutesVersions,
  outbox,
  people,
  resolutions,
} from "../../src/db/schema.ts";
import { editMinutes, signMinutes } from "../../src/services/minutes/minutes.ts";
import { minutesPdfFor } from "../../src/services/minutes/pdf-request.ts";
import { BotHarness } from "../helpers/bot-harness.ts";
import { type RecordedSession, recordedSession } from "../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, SECRETARIAT_CHAT, SECRETARY } from "../helpers/rosters.ts";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts");

/** Keeps the file in test-artifacts/ (git-ignored) for people to open, and returns its path. */
function keep(pdf: Buffer, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

/** Text as poppler extracts it, without the direction marks it wraps runs in and the non-joiners it drops anyway. */
function pdfText(path: string, layout: boolean): string {
  const text = execFileSync("pdftotext", [...(layout ? ["-layout"] : []), path, "-"], { encoding: "utf8" });
  return text.replace(/[\u200c\u200e\u200f\u202a-\u202e]/g, "");
}

/** Renders every page to PNG in test-artifacts/ (kept for people to look at) and returns the files. */
function pngPages(name: string): string[] {
  execFileSync("pdftoppm", ["-png", "-r", "80", join(ARTIFACTS, `${name}.pdf`), join(ARTIFACTS, name)]);
  return readdirSync(ARTIFACTS)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png"))
    .map((file) => join(ARTIFACTS, file));
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** A table row of `pdftotext -layout` as cells in reading order (a right-to-left page lists them from the right). */
function cells(line: string, rtl: boolean): string[] {
  const found = line
    .trim()
    .split(/\s{2,}/)
    .filter(Boolean);
  return rtl ? found.reverse() : found;
}

describe("signed minutes as a PDF (B9, issue #15)", () => {
  let h: BotHarness;
  let session: RecordedSession;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  beforeEach(async () => {
    session = await recordedSession(h);
    const db = h.database.db;
    // A delegate in the room for the second member, a guest without a vote, and an owner and due date for the passed
    // resolution: every kind of row the attendance and resolution tables show.
    const [delegate] = await db.insert(people).values({ name: "John Smith" }).returning();
    const [seat] = await db
      .select()
      .from(invitations)
      .where(and(eq(invitations.meetingId, session.meetingId), eq(invitations.personId, session.ids[MEMBERS[1]!]!)));
    await db
      .update(attendance)
      .set({ personId: delegate!.id, via: "delegate" })
      .where(and(eq(attendance.meetingId, session.meetingId), eq(attendance.seatId, seat!.seatId)));
    const [guestPerson] = await db.insert(people).values({ name: "Dr. Sara Nouri" }).returning();
    const [meetingHq] = await db.select().from(headquarters);
    const [guest] = await db
      .insert(guests)
      .values({
        hqId: meetingHq!.id,
        approvingHqId: meetingHq!.id,
        meetingId: session.meetingId,
        agency: "دانشگاه آزاد (دانشکده معماری)",
        reason: "کارشناسی",
        requestedByPersonId: session.ids[SECRETARY]!,
        status: "approved",
        guestPersonId: guestPerson!.id,
      })
      .returning();
    await db.insert(attendance).values({
      meetingId: session.meetingId,
      guestId: guest!.id,
      personId: guestPerson!.id,
      present: true,
      via: "self",
      at: h.clock.now(),
    });
    const [ownerSeat] = await db
      .select()
      .from(invitations)
      .where(and(eq(invitations.meetingId, session.meetingId), eq(invitations.personId, session.ids[MEMBERS[2]!]!)));
    await db
      .update(resolutions)
      .set({ ownerSeatId: ownerSeat!.seatId, dueDate: "2027-01-10" })
      .where(and(eq(resolutions.meetingId, session.meetingId), eq(resolutions.passed, true)));
    const saved = await editMinutes(h.services, session.ids[SECRETARY]!, session.minutesId, {
      kind: "replace_text",
      text: `آغاز توضیحات دبیر. ${"این جمله برای آزمودن شکستن سطرهای بلند فارسی در صفحه آمده است. ".repeat(12)}پایان توضیحات دبیر.`,
    });
    expect(saved.kind).toBe("saved");
  });

  /** Signs, and returns the PDF each shared chat was sent through the outbox, with the signed version. */
  async function signAndCollect() {
    const signed = await signMinutes(h.services, session.ids[SECRETARY]!, session.minutesId);
    if (signed.kind !== "signed") throw new Error(signed.kind);
    const rows = await h.database.db.select().from(outbox).where(eq(outbox.purpose, "minutes_signed"));
    const pdfs = new Map<number, { filename: string; content: Buffer; caption: string | undefined }>();
    for (const row of rows) {
      const payload = row.payload;
      if (payload.method !== "sendDocument" || !("filename" in payload) || !payload.filename.endsWith(".pdf")) continue;
      pdfs.set(row.chatId, {
        filename: payload.filename,
        content: Buffer.from(payload.content, "base64"),
        caption: payload.caption,
      });
    }
    return { signed, pdfs };
  }

  it("Persian: shaped right-to-left text in reading order, every attendee, the vote counts and the hash", async () => {
    const { signed, pdfs } = await signAndCollect();
    expect([...pdfs.keys()].sort()).toEqual([SECRETARIAT_CHAT, COMMITTEE_CHAT].sort());
    const pdf = pdfs.get(COMMITTEE_CHAT)!;
    expect(pdf.filename).toBe(`minutes-${session.minutesId}-1.pdf`);
    expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfs.get(SECRETARIAT_CHAT)!.content.equals(pdf.content)).toBe(true);

    const path = keep(pdf.content, "minutes-fa");
    const text = pdfText(path, false);
    const layout = pdfText(path, true);
    // Logical order: the words as they are typed, not letter-reversed.
    for (const phrase of [
      "ستاد بازآفرینی پایدار شهرستان نمونه",
      "حضور و غیاب",
      "رئیس کارگروه",
      "دبیر کارگروه",
      "عضو شماره ۳",
      "Member Three",
      "John Smith",
      "نماینده موقت عضو شماره ۲",
      "Dr. Sara Nouri",
      "مدعو بدون حق رأی",
      "عضو شماره ۶",
      "غایب",
      "تصویب طرح ساماندهی",
      "تصویب بودجه پیشنهادی",
      "دفتر فرماندار",
      "مسئول اجرا",
    ])
      expect(text, phrase).toContain(phrase);
    expect(text).not.toContain([..."ساماندهی"].reverse().join(""));
    // «لا» is one glyph: its characters still come out in reading order (a copy or a search finds the word).
    expect(text).toContain("نصف بهعلاوه یک کل");
    expect(text).not.toContain("بهعالوه");
    // Jalali date and times (poppler moves the spaces around digits in right-to-left lines; the order stands).
    expect(squeeze(text)).toContain("شنبه۲۱آذر");
    expect(squeeze(text)).toContain("۱۰:۰۰");
    expect(text).toContain(signed.version.sha256);
    expect(squeeze(text)).toContain("صفحه۱از۲");
    // A wrapped paragraph still reads from its first words to its last.
    expect(text.indexOf("آغاز توضیحات دبیر")).toBeGreaterThan(-1);
    expect(text.indexOf("آغاز توضیحات دبیر")).toBeLessThan(text.indexOf("پایان توضیحات دبیر"));

    // The votes table, cell by cell in reading order: row, question, yes, no, abstain, threshold, outcome.
    const passedRow = layout
      .split("\n")
      .find((line) => line.includes("تصویب طرح ساماندهی") && line.includes("تصویب شد"));
    expect(cells(passedRow!, true).slice(0, 5)).toEqual(["۱", "تصویب طرح ساماندهی", "۵", "۱", "۱"]);
    const failedRow = layout
      .split("\n")
      .find((line) => line.includes("تصویب بودجه پیشنهادی") && line.includes("تصویب نشد"));
    expect(cells(failedRow!, true).slice(0, 5)).toEqual(["۲", "تصویب بودجه پیشنهادی", "۴", "۱", "۱"]);
    // The delegate's row: seat, the person in the room, and whose delegate they were.
    const delegateRow = layout.split("\n").find((line) => line.includes("John Smith"));
    expect(cells(delegateRow!, true)).toEqual(["۴", "عضو ۲", "John Smith", "نماینده موقت عضو شماره ۲"]);

    const pages = pngPages("minutes-fa");
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) expect(statSync(page).size).toBeGreaterThan(10_000);
  });

  it("English: the same layout left to right, with Gregorian dates", async () => {
    await h.database.db.update(headquarters).set({ locale: "en" });
    const { signed, pdfs } = await signAndCollect();
    const pdf = pdfs.get(COMMITTEE_CHAT)!;
    const path = keep(pdf.content, "minutes-en");
    const text = pdfText(path, false);
    const layout = pdfText(path, true);
    for (const phrase of [
      "ستاد بازآفرینی پایدار شهرستان نمونه",
      "Attendance",
      "Member Three",
      "Temporary delegate of",
      "Guest without a vote",
      "Saturday 12 December 2026",
      "Resolutions, owners and due dates",
    ])
      expect(text, phrase).toContain(phrase);
    expect(text).toContain(signed.version.sha256);
    expect(text).toContain("page 1 of ");
    const passedRow = layout.split("\n").find((line) => line.includes("تصویب طرح ساماندهی") && line.includes("Passed"));
    expect(cells(passedRow!, false).slice(0, 5)).toEqual(["1", "تصویب طرح ساماندهی", "5", "1", "1"]);
    expect(pngPages("minutes-en").length).toBeGreaterThanOrEqual(1);
  });

  it("the PDF button gives a member the same document; an outsider and a changed record are refused", async () => {
    const { signed, pdfs } = await signAndCollect();
    const member = await minutesPdfFor(h.services, session.ids[MEMBERS[4]!]!, signed.version.id);
    expect(member.kind).toBe("pdf");
    if (member.kind !== "pdf") return;
    expect(member.file.filename).toBe(pdfs.get(COMMITTEE_CHAT)!.filename);
    expect(pdfText(keep(member.file.content, "minutes-fa-button"), true)).toBe(
      pdfText(keep(pdfs.get(COMMITTEE_CHAT)!.content, "minutes-fa-signed"), true),
    );
    // The chair, absent or not, is a member; HQ staff (who get the secretariat's copy) and strangers are not.
    expect((await minutesPdfFor(h.services, session.ids[CHAIR]!, signed.version.id)).kind).toBe("pdf");
    const [staff] = await h.database.db.select().from(people).where(eq(people.telegramId, 1000));
    expect((await minutesPdfFor(h.services, staff!.id, signed.version.id)).kind).toBe("not_member");
    expect((await minutesPdfFor(h.services, session.ids[MEMBERS[4]!]!, signed.version.id + 99)).kind).toBe("unknown");

    // Notes edited after signing (a correction on its way): the old version's record no longer renders to its text.
    await editMinutes(h.services, session.ids[SECRETARY]!, session.minutesId, { kind: "add_lines", text: "اصلاح" });
    expect(await minutesPdfFor(h.services, session.ids[MEMBERS[4]!]!, signed.version.id)).toEqual({
      kind: "changed",
      number: `${session.minutesId}/1`,
    });
    expect((await h.database.db.select().from(minutesVersions)).length).toBe(1);
  });
});
