import { COUNCIL_TEMPLATE, WORKING_GROUP_TEMPLATES } from "../domain/bylaw-committees.ts";

/** The sandbox's sample: a county HQ under a province HQ, every seat of the bylaw's five working groups held. */
export const SAMPLE_COUNTY_KEY = "sample-county";
export const SAMPLE_PROVINCE_KEY = "sample-province";

export const COUNTY_SECRETARIAT_CHAT = -1001000000001;
export const PROVINCE_SECRETARIAT_CHAT = -1001000000100;
export const COUNCIL_CHAT = -1001000000090;
/** The county secretariat's clerk and the province's. */
export const COUNTY_CLERK = 5000;
export const PROVINCE_CLERK = 5900;
/** Seat holders get ids from here, one person per distinct seat title (the governor chairs four groups). */
const FIRST_HOLDER_ID = 5001;

const FIRST_NAMES = [
  "علی",
  "مریم",
  "حسین",
  "زهرا",
  "محمد",
  "فاطمه",
  "رضا",
  "نرگس",
  "مهدی",
  "سارا",
  "امیر",
  "لیلا",
  "حمید",
  "الهام",
  "سعید",
  "شیرین",
  "جواد",
  "پروین",
  "کاوه",
  "مینا",
  "بهرام",
  "آزاده",
  "ناصر",
];
const LAST_NAMES = ["احمدی", "رضایی", "کریمی", "موسوی", "حسینی", "نوری", "صادقی"];

/** The «n»th sample name: first and last names combined so that no two of the county's people share one. */
export function sampleName(n: number): string {
  return `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]}`;
}

/** The groups' chat ids, in template order. */
export function groupChatId(index: number): number {
  return -1001000000002 - index;
}

/** The province HQ: its secretariat, no groups of its own in the sample. */
export function sampleProvinceRoster(): Record<string, unknown> {
  return {
    headquarters: {
      key: SAMPLE_PROVINCE_KEY,
      level: "province",
      name: "ستاد بازآفرینی پایدار استان نمونه",
      timezone: "Asia/Tehran",
      locale: "fa",
      secretariat_chat_id: PROVINCE_SECRETARIAT_CHAT,
      staff: [{ telegram_id: PROVINCE_CLERK, name: "کارشناس دبیرخانه استان" }],
    },
    committees: [],
  };
}

/** The county HQ in the roster import format: the council and the five working groups, every seat held. */
export function sampleCountyRoster(): Record<string, unknown> {
  const holderOf = new Map<string, number>();
  const holder = (title: string) => {
    let id = holderOf.get(title);
    if (id === undefined) {
      id = FIRST_HOLDER_ID + holderOf.size;
      holderOf.set(title, id);
    }
    return id;
  };
  return {
    headquarters: {
      key: SAMPLE_COUNTY_KEY,
      level: "county",
      parent: SAMPLE_PROVINCE_KEY,
      name: "ستاد بازآفرینی پایدار شهرستان نمونه",
      timezone: "Asia/Tehran",
      locale: "fa",
      secretariat_chat_id: COUNTY_SECRETARIAT_CHAT,
      staff: [{ telegram_id: COUNTY_CLERK, name: "کارشناس دبیرخانه شهرستان" }],
    },
    committees: [
      { key: COUNCIL_TEMPLATE.key, template: COUNCIL_TEMPLATE.key, chat_id: COUNCIL_CHAT },
      ...WORKING_GROUP_TEMPLATES.map((group, index) => ({
        key: group.key,
        template: group.key,
        chat_id: groupChatId(index),
        members: group.seats.map((seat) => {
          const id = holder(seat.title.fa);
          return { seat: seat.title.fa, role: seat.role, telegram_id: id, name: sampleName(id - FIRST_HOLDER_ID) };
        }),
      })),
    ],
  };
}
