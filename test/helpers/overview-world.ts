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
import { DAY, MEETING, recordedSession } from "./recorded-session.ts";
import { SECRETARY } from "./rosters.ts";

/** The county secretariat's clerk in helpers/rosters.ts. */
export const COUNTY_STAFF = 1000;

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
  const next = await conveneMeeting(h.services, session.ids[SECRETARY]!, {
    committeeId: session.committeeId,
    startsAt: new Date(MEETING.getTime() + 14 * DAY),
    place: "دفتر فرماندار",
    agenda: ["پیگیری مصوبات"],
  });
  if (next.kind !== "convened") throw new Error(next.kind);
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
