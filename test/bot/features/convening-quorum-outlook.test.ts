import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { appointments } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { BotHarness, persian } from "../../helpers/bot-harness.ts";
import { COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
const secretary = persian(SECRETARY, "دبیر");

describe("B3 in chat, before the meeting: the secretary is told the quorum is out of reach", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  it("B3: with 4 of 9 orders ended, /convene's confirmation and /rsvps name N, the filled seats and the quorum", async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    const ended = await Promise.all(
      MEMBERS.slice(0, 4).map(async (id) => (await findPersonByTelegramId(h.database.db, id))!.id),
    );
    await h.database.db
      .update(appointments)
      .set({ termEnd: "2026-11-30" })
      .where(inArray(appointments.personId, ended));

    const confirmation = await h.replyTo(
      secretary,
      "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث",
      group,
    );
    expect(confirmation).toContain("صادر شد");
    expect(confirmation).toContain(
      "⚠️ با وضعیت کنونی، این جلسه به حد نصاب نمی‌رسد (بند ۳): کارگروه ۹ دستگاه عضو دارد و حضور ۶ عضو لازم است، اما فقط ۵ جایگاه آن متصدی با حکم معتبر در روز جلسه دارد.",
    );

    const list = await h.replyTo(secretary, "/rsvps");
    expect(list).toContain("پاسخ اعضا به دعوت‌نامه");
    expect(list).toContain("حکم پایان یافته (بند ۲)");
    expect(list).toContain(
      "⚠️ این جلسه به حد نصاب نمی‌رسد (بند ۳): کارگروه ۹ دستگاه عضو دارد و حضور ۶ عضو لازم است، اما فقط ۵ جایگاه آن متصدی",
    );
  });

  it("B3: with every seat filled nothing is said about reach", async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    const confirmation = await h.replyTo(
      secretary,
      "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث",
      group,
    );
    expect(confirmation).toContain("صادر شد");
    expect(confirmation).not.toContain("به حد نصاب نمی‌رسد");
  });
});
