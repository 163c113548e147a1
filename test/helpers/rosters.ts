import { type Roster, validateRoster } from "../../src/domain/roster.ts";

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
      { key: "council", template: "council" },
      {
        key: "physical",
        template: "physical",
        chat_id: -1001000000002 - base,
        members: <Record<string, unknown>[]>[
          { seat: "فرماندار", role: "chair", telegram_id: 1001 + base, name: "رئیس نمونه" },
          { seat: "رئیس اداره میراث فرهنگی", role: "secretary", telegram_id: 1002 + base, name: "دبیر نمونه", term_start: "1405/01/15" },
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
