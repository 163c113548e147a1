import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { findPersonByTelegramId } from "../../src/db/queries/people.ts";
import { committees, referrals, resolutions } from "../../src/db/schema.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/logger.ts";
import { Metrics } from "../../src/metrics.ts";
import { signInitData, type WebAppUser } from "../../src/platform/web-app-init-data.ts";
import { conveneMeeting } from "../../src/services/convening/convene.ts";
import { BotHarness, TEST_TOKEN } from "./bot-harness.ts";
import { DAY, MEETING, type RecordedSession, recordedSession } from "./recorded-session.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { SECRETARY, validRoster } from "./rosters.ts";

/** The county secretariat's clerk in helpers/rosters.ts. */
export const COUNTY_STAFF = 1000;
/** The clerk of the province `importTestProvince` imports. */
export const PROVINCE_STAFF = 3000;

/** A province HQ (key test-province) with one clerk and no groups: the parent a county roster can name. */
export async function importTestProvince(h: BotHarness): Promise<void> {
  await importRoster(
    h.services,
    validRoster({
      headquarters: {
        key: "test-province",
        level: "province",
        name: "ستاد بازآفرینی پایدار استان آزمون",
        locale: "fa",
        staff: [{ telegram_id: PROVINCE_STAFF, name: "کارشناس استان" }],
      },
      committees: [],
    }),
    SYSTEM_ACTOR,
  );
}

/** The recorded group's next meeting, two weeks after MEETING, convened by its secretary; its id. */
export async function conveneNextMeeting(h: BotHarness, session: RecordedSession): Promise<number> {
  const next = await conveneMeeting(h.services, session.ids[SECRETARY]!, {
    committeeId: session.committeeId,
    startsAt: new Date(MEETING.getTime() + 14 * DAY),
    place: "دفتر فرماندار",
    agenda: ["پیگیری مصوبات"],
  });
  if (next.kind !== "convened") throw new Error(next.kind);
  return next.meetingId;
}

export type OverviewWorld = {
  h: BotHarness;
  server: Server;
  base: string;
  /** Launch data as Telegram would sign it for this person now. */
  initData: (user: WebAppUser, at?: Date) => string;
  close: () => Promise<void>;
};

/**
 * The HTTP server with the overview on a recorded meeting (minutes unsigned), a next meeting convened, a resolution
 * awaiting approval and a referral due: what the page tests open.
 */
export async function overviewWorld(): Promise<OverviewWorld> {
  const h = await BotHarness.create();
  const session = await recordedSession(h);
  const db = h.database.db;
  await conveneNextMeeting(h, session);
  await db.update(resolutions).set({ status: "awaiting_approval" }).where(eq(resolutions.passed, true));
  const [committee] = await db.select().from(committees).where(eq(committees.id, session.committeeId));
  const staff = (await findPersonByTelegramId(db, COUNTY_STAFF))!;
  await db.insert(referrals).values({
    hqId: committee!.hqId,
    committeeId: committee!.id,
    subject: "بررسی بافت فرسوده محله نمونه",
    dueDate: "2027-01-10",
    referredByPersonId: staff.id,
  });
  const server = createHttpServer({
    db,
    log: silentLogger,
    metrics: new Metrics(),
    overview: { botToken: TEST_TOKEN, t: h.services.t, clock: h.services.clock },
  }).listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    h,
    server,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    initData: (user, at = h.clock.now()) => signInitData(user, TEST_TOKEN, at),
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await h.close();
    },
  };
}
