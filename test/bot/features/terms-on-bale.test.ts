import { describe, expect, it } from "vitest";
import { invitedMessages } from "../../../src/bot/features/terms.ts";
import type { Locale } from "../../../src/domain/text.ts";
import { type PlatformName, platformNamed, startLink } from "../../../src/platform/platform.ts";
import type { ServiceDeps } from "../../../src/services/shared/deps.ts";
import { translate } from "../../helpers/services.ts";

const INVITED = {
  kind: "invited" as const,
  token: "tok_123",
  seatTitle: "رئیس اداره برق",
  committee: { fa: "کارگروه کالبدی", en: "Physical working group" },
  hqName: "ستاد شهرستان نمونه",
  endedHolder: null,
  earlierLinksRevoked: false,
  electedRoleEnded: false,
};

/** The message the clerk forwards to a newcomer names the messenger the link opens in, with that messenger's link. */
describe("the appointee's link message in the platform's words", () => {
  const messageOn = (name: PlatformName, locale: Locale) => {
    const platform = platformNamed(name);
    const speaker = {
      t: ((key: string, variables?: Parameters<typeof translate>[2]) => translate(locale, key, variables)) as never,
      locale,
      deps: {} as ServiceDeps,
      platform,
    };
    return invitedMessages(speaker, INVITED, (payload) => startLink(platform, "kargoruh_bot", payload))[1];
  };

  it("on Bale: open it in بله / Bale, a ble.ir link", () => {
    expect(messageOn("bale", "fa")).toContain("این پیوند را در بله باز کنید:");
    expect(messageOn("bale", "fa")).toContain("https://ble.ir/kargoruh_bot?start=tok_123");
    expect(messageOn("bale", "en")).toContain("open this link in Bale:");
  });

  it("on Telegram, as before: تلگرام / Telegram, a t.me link", () => {
    expect(messageOn("telegram", "fa")).toContain("این پیوند را در تلگرام باز کنید:");
    expect(messageOn("telegram", "en")).toContain(
      "open this link in Telegram:\nhttps://t.me/kargoruh_bot?start=tok_123",
    );
  });
});
