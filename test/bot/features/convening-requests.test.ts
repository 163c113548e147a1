import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { BotHarness, buttonData, persian } from "../../helpers/bot-harness.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";
import { translate } from "../../helpers/services.ts";

const SOCIAL_CHAIR = 1101;
const GROUP = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
const asker = persian(MEMBERS[1]!, "عضو دو کارگروه");
const bystander = persian(MEMBERS[2]!, "عضو دیگر");

/** The physical group of nine, and a social group where the asker holds a seat too. */
function twoGroupRoster() {
  const roster = nineSeatRoster();
  roster.committees.push({
    key: "social",
    template: "social",
    chat_id: -1001000000003,
    members: [
      { seat: "رئیس اداره بهزیستی", role: "chair", telegram_id: SOCIAL_CHAIR, name: "رئیس اجتماعی" },
      { seat: "شهردار", telegram_id: MEMBERS[1]!, name: "عضو شماره ۲" },
    ],
  } as never);
  return roster;
}

describe("B4 /requestmeeting: the request is the asker's, whoever presses", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    await importRoster(h.services, validRoster(twoGroupRoster()), SYSTEM_ACTOR);
    for (const id of [CHAIR, SECRETARY, SOCIAL_CHAIR, MEMBERS[1]!, MEMBERS[2]!]) await h.say(persian(id), "/start");
    h.emulator.clearCalls();
  });

  const requests = async () => (await h.database.rowCounts()).meeting_requests;

  it("in a group chat, another member's press on the asker's choice files nothing and says whose it is", async () => {
    const [question] = await h.say(asker, "/requestmeeting بررسی فوری طرح محله", GROUP);
    expect(question!.text).toBe(translate("fa", "request-choose-committee"));
    const before = h.emulator.callbackAnswers.size;
    await h.press(bystander, question!, buttonData(question!, "اجتماعی"));
    expect([...h.emulator.callbackAnswers.values()].slice(before)[0]!.text).toBe(
      translate("fa", "request-choice-not-yours"),
    );
    expect(await requests()).toBe(0);

    // The asker's own press files it, with the reason as typed, under the asker's name.
    const replies = await h.press(asker, question!, buttonData(question!, "اجتماعی"));
    expect(replies.map((m) => m.text).join("\n")).toContain("فرستاده شد");
    expect(await requests()).toBe(1);
    await h.deliver();
    const notice = h.emulator.lastSent(SOCIAL_CHAIR)!.text!;
    expect(notice).toContain("عضو شماره ۲");
    expect(notice).toContain("بررسی فوری طرح محله");
  });

  it("the reason is not read back from the bot's message: an edited or forged question files nothing", async () => {
    const [question] = await h.say(asker, "/requestmeeting بررسی فوری طرح محله");
    const forged = { ...question!, text: `${question!.text}\n\nدلیل دیگری` };
    await h.press(asker, forged, buttonData(question!, "اجتماعی"));
    await h.deliver();
    expect(h.emulator.lastSent(SOCIAL_CHAIR)!.text).not.toContain("دلیل دیگری");
    expect(await requests()).toBe(1);
  });

  it("a member of one group files at once; Cancel on the choice files nothing", async () => {
    expect(await h.replyTo(bystander, "/requestmeeting بازدید از بافت")).toContain("فرستاده شد");
    const [question] = await h.say(asker, "/requestmeeting بررسی فوری");
    await h.press(asker, question!, buttonData(question!, translate("fa", "wizard-cancel")));
    expect(await requests()).toBe(1);
  });
});
