import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { minutesOfMeeting as minutesOf } from "../../../src/db/queries/minutes.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { minutesVersions } from "../../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { overdueFor } from "../../../src/services/minutes/clock.ts";
import {
  acknowledgeMinutes,
  editMinutes,
  receiptsView,
  sha256Hex,
  signMinutes,
  viewDraft,
} from "../../../src/services/minutes/minutes.ts";
import { verifyMinutes } from "../../../src/services/minutes/verify.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { recordedSession, ENDED, HOUR } from "../../helpers/recorded-session.ts";
import {
  CHAIR,
  COMMITTEE_CHAT,
  MEMBERS,
  nineSeatRoster,
  SECRETARIAT_CHAT,
  SECRETARY,
  validRoster,
} from "../../helpers/rosters.ts";

describe("minutes within 48 hours (bylaw B9)", () => {
  let h: BotHarness;
  const ids: Record<number, number> = {};
  let meetingId: number;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  beforeEach(async () => {
    const session = await recordedSession(h);
    Object.assign(ids, session.ids);
    meetingId = session.meetingId;
  });

  const minutesId = async () => (await minutesOf(h.database.db, meetingId))!.id;

  it("B9 the secretary gets a draft assembled from the record when the session ends", async () => {
    const view = await viewDraft(h.database.db, h.services.t, ids[SECRETARY]!, await minutesId());
    expect(view.kind).toBe("draft");
    if (view.kind !== "draft") return;
    expect(view.text).toContain("پیش‌نویس صورتجلسه");
    expect(view.text).toContain("حاضران: ۷ از ۹ عضو دارای حق رأی؛ حد نصاب ۶؛ جلسه رسمیت یافت.");
    expect(view.text).toContain("تصویب طرح ساماندهی");
    expect(view.text).toContain(
      "موافق ۵، مخالف ۱، ممتنع ۱؛ حد لازم ۵ رأی موافق از ۹ عضو (نصف به‌علاوه یک کل اعضا، بند ۳)؛ تصویب شد.",
    );
    expect(view.text).toContain(
      "موافق ۴، مخالف ۱، ممتنع ۱؛ حد لازم ۵ رأی موافق از ۹ عضو (نصف به‌علاوه یک کل اعضا، بند ۳)؛ تصویب نشد.",
    );
    expect(view.text).toContain("غایبان:");
    expect((await viewDraft(h.database.db, h.services.t, ids[MEMBERS[0]!]!, await minutesId())).kind).toBe(
      "not_signer",
    );
  });

  it("B9 the secretary adds notes; structured facts are not editable; other members cannot edit", async () => {
    const id = await minutesId();
    expect(
      (
        await editMinutes(h.services, ids[SECRETARY]!, id, {
          kind: "item_note",
          position: 1,
          note: "طرح با اصلاحات پذیرفته شد",
        })
      ).kind,
    ).toBe("saved");
    expect(
      (await editMinutes(h.services, ids[SECRETARY]!, id, { kind: "item_note", position: 9, note: "x" })).kind,
    ).toBe("no_such_item");
    expect(
      (await editMinutes(h.services, ids[SECRETARY]!, id, { kind: "add_lines", text: "جلسه بعد: دی ماه" })).kind,
    ).toBe("saved");
    expect((await editMinutes(h.services, ids[MEMBERS[1]!]!, id, { kind: "replace_text", text: "x" })).kind).toBe(
      "not_signer",
    );
    const view = await viewDraft(h.database.db, h.services.t, ids[SECRETARY]!, id);
    expect(view.kind === "draft" && view.text).toContain("توضیح: طرح با اصلاحات پذیرفته شد");
    expect(view.kind === "draft" && view.text).toContain("جلسه بعد: دی ماه");
  });

  it("B9 signing freezes a numbered version with its SHA-256 and sends it to every member, the group and the HQ secretariat", async () => {
    const id = await minutesId();
    h.clock.set(new Date(ENDED.getTime() + 47 * HOUR));
    expect((await signMinutes(h.services, ids[MEMBERS[0]!]!, id)).kind).toBe("not_signer");
    const result = await signMinutes(h.services, ids[SECRETARY]!, id);
    expect(result).toMatchObject({ kind: "signed", number: `${id}/1`, late: false });
    if (result.kind !== "signed") return;
    expect(result.version.sha256).toBe(sha256Hex(result.version.text));
    expect(result.version.text).toContain(`شماره صورتجلسه: ${id}/1`.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!));
    await h.deliver();
    for (const telegramId of [CHAIR, SECRETARY, ...MEMBERS]) {
      const copy = h.emulator.sent(telegramId).find((m) => m.text?.includes(result.version.sha256));
      expect(copy, `member ${telegramId}`).toBeDefined();
    }
    expect(h.emulator.sent(COMMITTEE_CHAT).some((m) => m.text?.includes(result.version.sha256))).toBe(true);
    const file = h.emulator.sent(SECRETARIAT_CHAT).find((m) => m.document);
    expect(sha256Hex(file!.upload!.content.toString("utf8"))).toBe(result.version.sha256);
    expect((await signMinutes(h.services, ids[SECRETARY]!, id)).kind).toBe("correction_note_required");
  });

  it("B9 a correction after signing is a new signed version that says what it supersedes", async () => {
    const id = await minutesId();
    await signMinutes(h.services, ids[SECRETARY]!, id);
    await editMinutes(h.services, ids[SECRETARY]!, id, { kind: "add_lines", text: "اصلاح نام مکان" });
    const second = await signMinutes(h.services, ids[SECRETARY]!, id, "نام مکان اصلاح شد");
    expect(second).toMatchObject({ kind: "signed", number: `${id}/2` });
    if (second.kind !== "signed") return;
    expect(second.version.text).toContain("نام مکان اصلاح شد");
    const old = await verifyMinutes(h.database.db, `${id}/1`);
    expect(old).toMatchObject({ kind: "match", superseded: true });
    expect(await verifyMinutes(h.database.db, second.version.sha256)).toMatchObject({
      kind: "match",
      superseded: false,
      number: `${id}/2`,
    });
  });

  it("/verify matches a hash, a number or the exact text, and nothing else", async () => {
    const id = await minutesId();
    const signed = await signMinutes(h.services, ids[SECRETARY]!, id);
    if (signed.kind !== "signed") throw new Error(signed.kind);
    expect(await verifyMinutes(h.database.db, signed.version.text)).toMatchObject({ kind: "match" });
    expect(await verifyMinutes(h.database.db, `${signed.version.text} `)).toMatchObject({ kind: "match" });
    expect(await verifyMinutes(h.database.db, signed.version.text.replace("۵", "۶"))).toMatchObject({
      kind: "no_match",
    });
    expect(await verifyMinutes(h.database.db, "۹۹/۱")).toEqual({ kind: "no_match", sha256: null });
    expect(await verifyMinutes(h.database.db, "0".repeat(64))).toMatchObject({ kind: "no_match" });
    expect(await verifyMinutes(h.database.db, "  ")).toEqual({ kind: "empty" });
  });

  it("B9 acknowledgements are recorded once per member; the secretary sees who acknowledged", async () => {
    const id = await minutesId();
    const signed = await signMinutes(h.services, ids[SECRETARY]!, id);
    if (signed.kind !== "signed") throw new Error(signed.kind);
    expect(await acknowledgeMinutes(h.services, ids[MEMBERS[0]!]!, signed.version.id)).toEqual({
      kind: "acknowledged",
      first: true,
    });
    expect(await acknowledgeMinutes(h.services, ids[MEMBERS[0]!]!, signed.version.id)).toEqual({
      kind: "acknowledged",
      first: false,
    });
    const outsider = (await findPersonByTelegramId(h.database.db, 1000))!;
    expect((await acknowledgeMinutes(h.services, outsider.id, signed.version.id)).kind).toBe("not_recipient");
    const view = await receiptsView(h.database.db, ids[SECRETARY]!, signed.version.id);
    expect(view).toMatchObject({ kind: "receipts", acknowledged: ["Member Three"] });
    expect(view.kind === "receipts" && view.pending).toHaveLength(8);
  });

  it("B9 the 48-hour clock: reminders at 24 h and 40 h, overdue to the chair and the HQ secretariat at 48 h", async () => {
    h.clock.set(new Date(ENDED.getTime() + 24 * HOUR + 1000));
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.sent(SECRETARY).at(-1)!.text).toContain("۲۴ ساعت از پایان جلسه گذشته");
    h.clock.set(new Date(ENDED.getTime() + 40 * HOUR + 1000));
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.sent(SECRETARY).at(-1)!.text).toContain("۴۰ ساعت");
    expect(await overdueFor(h.database.db, ids[SECRETARY]!, h.clock.now())).toEqual({ kind: "overdue", rows: [] });
    h.clock.set(new Date(ENDED.getTime() + 48 * HOUR + 1000));
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.sent(CHAIR).at(-1)!.text).toContain("مهلت ۴۸ ساعته");
    expect(h.emulator.sent(SECRETARIAT_CHAT).at(-1)!.text).toContain("مهلت ۴۸ ساعته");
    const staff = (await findPersonByTelegramId(h.database.db, 1000))!;
    expect(await overdueFor(h.database.db, staff.id, h.clock.now())).toMatchObject({
      kind: "overdue",
      rows: [{ minutes: { id: await minutesId() } }],
    });
    // A member leads nothing and is not staff: refused, not shown an empty list.
    expect(await overdueFor(h.database.db, ids[MEMBERS[1]!]!, h.clock.now())).toEqual({ kind: "not_officer" });
    const late = await signMinutes(h.services, ids[SECRETARY]!, await minutesId());
    expect(late).toMatchObject({ kind: "signed", late: true });
    expect(await overdueFor(h.database.db, staff.id, h.clock.now())).toEqual({ kind: "overdue", rows: [] });
  });

  it("B9 minutes signed at 47 hours send no overdue notice", async () => {
    h.clock.set(new Date(ENDED.getTime() + 47 * HOUR));
    await signMinutes(h.services, ids[SECRETARY]!, await minutesId());
    await h.deliver();
    h.emulator.clearCalls();
    h.clock.set(new Date(ENDED.getTime() + 49 * HOUR));
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.sent()).toHaveLength(0);
  });

  it("the chair signs only while the secretary's seat is vacant", async () => {
    expect((await signMinutes(h.services, ids[CHAIR]!, await minutesId())).kind).toBe("not_signer");
    const roster = nineSeatRoster();
    const secretarySeat = roster.committees[1]!.members![1]!;
    delete secretarySeat.telegram_id;
    delete secretarySeat.name;
    secretarySeat.vacant = true;
    await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
    expect(await signMinutes(h.services, ids[CHAIR]!, await minutesId())).toMatchObject({ kind: "signed" });
    const signed = (await h.database.db.select().from(minutesVersions))[0]!;
    expect(signed.text).toContain("امضا: رئیس کارگروه، رئیس کارگروه");
  });
});
