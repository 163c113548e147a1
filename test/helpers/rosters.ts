import { type Roster, validateRoster } from "../../src/domain/roster.ts";
import { toPersianDigits } from "../../src/domain/text.ts";

/** A small roster in the file format; tests change what they need. */
export function rosterInput(overrides: { hqKey?: string; parent?: string; staffId?: number; base?: number } = {}) {
  const base = overrides.base ?? 0;
  return {
    headquarters: {
      key: overrides.hqKey ?? "sample-county",
      level: "county",
      ...(overrides.parent ? { parent: overrides.parent } : {}),
      name: "ستاد بازآفرینی پایدار شهرستان نمونه",
      locale: "fa",
      secretariat_chat_id: -1001000000001 - base,
      staff: [{ telegram_id: overrides.staffId ?? 1000 + base, name: "کارشناس دبیرخانه" }],
    },
    committees: [
      // A working group whose seats are not entered yet: it has no officers. The sample HQ has no coordination
      // council, whose derived seats would make the physical group's chair and secretary lead a second committee;
      // council tests use helpers/council-roster.ts.
      { key: "finance", template: "finance" },
      {
        key: "physical",
        template: "physical",
        chat_id: -1001000000002 - base,
        members: <Record<string, unknown>[]>[
          { seat: "فرماندار", role: "chair", telegram_id: 1001 + base, name: "رئیس نمونه" },
          {
            seat: "رئیس اداره میراث فرهنگی",
            role: "secretary",
            telegram_id: 1002 + base,
            name: "دبیر نمونه",
            term_start: "1405/01/15",
          },
          { seat: "شهردار", telegram_id: 1003 + base, name: "Member Three", locale: "en" },
          { seat: "رئیس اداره برق" },
          { seat: "فعال میراث فرهنگی ۱", voting: false },
        ],
      },
    ],
  };
}

export function validRoster(input: unknown): Roster {
  const result = validateRoster(input);
  if (!result.ok) throw new Error(`roster not valid: ${JSON.stringify(result.issues)}`);
  return result.roster;
}

export const SECRETARIAT_CHAT = -1001000000001;
export const COMMITTEE_CHAT = -1001000000002;
export const CHAIR = 1001;
export const SECRETARY = 1002;
/** Members 1003…1009; 1003 reads English. */
export const MEMBERS = [1003, 1004, 1005, 1006, 1007, 1008, 1009];

/** A 9-seat working group, every seat held, as the convening issue's "committee of 9". */
export function nineSeatRoster() {
  const roster = rosterInput();
  roster.committees[1]!.members = [
    { seat: "فرماندار", role: "chair", telegram_id: CHAIR, name: "رئیس کارگروه" },
    { seat: "رئیس اداره میراث فرهنگی", role: "secretary", telegram_id: SECRETARY, name: "دبیر کارگروه" },
    ...MEMBERS.map((id, i) => ({
      seat: toPersianDigits(`عضو ${i + 1}`),
      telegram_id: id,
      name: id === 1003 ? "Member Three" : toPersianDigits(`عضو شماره ${i + 1}`),
      ...(id === 1003 ? { locale: "en" } : {}),
    })),
  ];
  return roster;
}
