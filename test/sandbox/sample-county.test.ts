import { describe, expect, it } from "vitest";
import { WORKING_GROUP_TEMPLATES } from "../../src/domain/bylaw-committees.ts";
import { validateRoster } from "../../src/domain/roster.ts";
import { createMovableClock } from "../../src/sandbox/clock.ts";
import { buildDirectory } from "../../src/sandbox/directory.ts";
import {
  COUNCIL_CHAT,
  COUNTY_CLERK,
  COUNTY_SECRETARIAT_CHAT,
  sampleCountyRoster,
  sampleProvinceRoster,
} from "../../src/sandbox/sample-county.ts";

const labels = {
  officer: (role: "chair" | "secretary", committee: string) => `${role} of ${committee}`,
  secretariat: (hq: string) => `secretariat of ${hq}`,
};

describe("the sandbox's sample county", () => {
  it("is a valid roster: the council and the bylaw's five working groups, every seat held by a named person", () => {
    const province = validateRoster(sampleProvinceRoster());
    const county = validateRoster(sampleCountyRoster());
    expect(province.ok).toBe(true);
    expect(county.ok).toBe(true);
    if (!county.ok) return;
    expect(county.roster.headquarters.parent).toBe("sample-province");
    expect(county.roster.committees.map((c) => c.key)).toEqual([
      "council",
      ...WORKING_GROUP_TEMPLATES.map((g) => g.key),
    ]);
    const seats = county.roster.committees.flatMap((c) => c.members);
    expect(seats.length).toBe(WORKING_GROUP_TEMPLATES.reduce((n, g) => n + g.seats.length, 0));
    expect(seats.every((s) => s.telegram_id !== undefined && /^[\u0600-\u06ff\s]+$/.test(s.name ?? ""))).toBe(true);
    // One person per office: the same title in several groups is the same person, and no two people share a name.
    const names = new Map<number, string>(seats.map((s) => [s.telegram_id!, s.name!]));
    expect(new Set(names.values()).size).toBe(names.size);
    const governor = seats.filter((s) => s.seat === "فرماندار یا معاون ذی‌ربط").map((s) => s.telegram_id);
    expect(new Set(governor).size).toBe(1);
  });

  it("the directory gives each person their chats and each chat its members, from the exported rosters", () => {
    const directory = buildDirectory(
      [
        {
          headquarters: {
            name: "HQ",
            secretariat_chat_id: COUNTY_SECRETARIAT_CHAT,
            staff: [{ telegram_id: COUNTY_CLERK, name: "Clerk" }],
          },
          committees: [
            {
              title: { fa: "شورا" },
              chat_id: COUNCIL_CHAT,
              derived_members: [{ telegram_id: 1, name: "A", role: "chair", holds: "x" }],
            },
            {
              title: { fa: "گروه" },
              chat_id: -5,
              members: [
                { telegram_id: 1, name: "A", role: "chair", seat: "x" },
                { telegram_id: 2, name: "B", role: "member", seat: "y" },
                { seat: "vacant" },
              ],
            },
          ],
        },
      ],
      labels,
    );
    expect(directory.people).toEqual([
      { id: COUNTY_CLERK, name: "Clerk", locale: "fa", roles: ["secretariat of HQ"], chats: [COUNTY_SECRETARIAT_CHAT] },
      { id: 1, name: "A", locale: "fa", roles: ["chair of شورا", "chair of گروه"], chats: [COUNCIL_CHAT, -5] },
      { id: 2, name: "B", locale: "fa", roles: [], chats: [-5] },
    ]);
    expect(directory.chats.find((c) => c.id === -5)).toEqual({ id: -5, title: "گروه", members: [1, 2] });
  });
});

describe("the sandbox's clock", () => {
  it("runs with the wall clock, moves only forward, and keeps what it was moved by", () => {
    let wall = 1_000_000;
    const clock = createMovableClock(() => wall);
    expect(clock.now().getTime()).toBe(1_000_000);
    clock.advance(86_400_000);
    wall += 5;
    expect(clock.now().getTime()).toBe(1_000_005 + 86_400_000);
    expect(clock.offsetMs()).toBe(86_400_000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(clock.offsetMs()).toBe(86_400_000);
  });
});
