import { rosterInput } from "./rosters.ts";

/** The council's group chat and the people of part A as the template seats them (telegram ids). */
export const COUNCIL_CHAT = -1001000000090;
export const PHYSICAL_CHAT = -1001000000002;
export const SOCIAL_CHAT = -1001000000091;
/** Chairs physical, social and economic: one council member with one vote, the council's chair by default. */
export const GOVERNOR = 2001;
/** Secretary of physical: the council's secretary by default. */
export const HERITAGE = 2002;
/** Secretary of social and of legal. */
export const MAYOR = 2003;
export const VOCATIONAL = 2004;
export const JUSTICE = 2005;
export const COUNCIL_PEOPLE = [GOVERNOR, HERITAGE, MAYOR, VOCATIONAL, JUSTICE];

const group = (
  index: number,
  key: string,
  chair: [string, number, string],
  secretary: [string, number, string],
  chatId?: number,
) => ({
  key,
  template: key,
  ...(chatId ? { chat_id: chatId } : {}),
  members: <Record<string, unknown>[]>[
    { seat: chair[0], role: "chair", telegram_id: chair[1], name: chair[2] },
    { seat: secretary[0], role: "secretary", telegram_id: secretary[1], name: secretary[2] },
    { seat: `عضو ${key}`, telegram_id: 3000 + index, name: `عضو کارگروه ${key}` },
  ],
});

/**
 * An HQ with the coordination council and four top-level groups: ten offices held by five people — the governor
 * chairs three groups, the mayor keeps the minutes of two.
 */
export function councilRoster() {
  const roster = rosterInput();
  const governor: [string, number, string] = ["فرماندار", GOVERNOR, "فرماندار نمونه"];
  const mayor: [string, number, string] = ["شهردار", MAYOR, "شهردار نمونه"];
  const committees: Record<string, unknown>[] = [
    { key: "council", template: "council", chat_id: COUNCIL_CHAT },
    group(1, "physical", governor, ["رئیس اداره میراث فرهنگی", HERITAGE, "مدیر میراث"], PHYSICAL_CHAT),
    group(2, "social", governor, mayor, SOCIAL_CHAT),
    group(3, "economic", governor, ["رئیس آموزش فنی و حرفه‌ای", VOCATIONAL, "مدیر فنی و حرفه‌ای"]),
    group(4, "legal", ["رئیس دادگستری", JUSTICE, "رئیس دادگستری نمونه"], mayor),
  ];
  return { ...roster, committees };
}
