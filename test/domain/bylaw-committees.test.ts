import { describe, expect, it } from "vitest";
import {
  type Bilingual,
  COUNCIL_TEMPLATE,
  type CommitteeTemplate,
  findTemplate,
  TEMPLATE_KEYS,
  WORKING_GROUP_TEMPLATES,
} from "../../src/domain/bylaw-committees.ts";

const ARABIC_YEH_KAF = /[\u064A\u0643]/;
const LATIN_DIGIT = /[0-9]/;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_PUNCT = /[,;?]/;
const ZWNJ = "\u200C";

function allBilinguals(): Bilingual[] {
  const out: Bilingual[] = [COUNCIL_TEMPLATE.title, ...COUNCIL_TEMPLATE.duties];
  for (const t of WORKING_GROUP_TEMPLATES) {
    out.push(t.title, ...t.duties, ...t.seats.map((s) => s.title));
  }
  return out;
}

function group(key: string): CommitteeTemplate {
  const t = findTemplate(key);
  if (!t) throw new Error(`no template ${key}`);
  return t;
}

function holders(t: CommitteeTemplate, role: "chair" | "secretary"): Bilingual[] {
  return t.seats.filter((s) => s.role === role).map((s) => s.title);
}

describe("bylaw part A templates", () => {
  it("has the keys in bylaw order", () => {
    expect(WORKING_GROUP_TEMPLATES.map((t) => t.key)).toEqual(["physical", "social", "economic", "legal", "finance"]);
    expect(TEMPLATE_KEYS).toEqual(["physical", "social", "economic", "legal", "finance", "council"]);
    expect(COUNCIL_TEMPLATE.key).toBe("council");
  });

  it("finds templates by key", () => {
    expect(findTemplate("legal")?.key).toBe("legal");
    expect(findTemplate(" Finance ")?.key).toBe("finance");
    expect(findTemplate("council")).toBeUndefined();
    expect(findTemplate("nope")).toBeUndefined();
  });

  it("gives every group exactly one chair and one secretary", () => {
    for (const t of WORKING_GROUP_TEMPLATES) {
      expect(holders(t, "chair"), t.key).toHaveLength(1);
      expect(holders(t, "secretary"), t.key).toHaveLength(1);
    }
  });

  it("marks chairs as the bylaw does", () => {
    for (const key of ["physical", "social", "economic", "finance"]) {
      expect(holders(group(key), "chair")[0]?.fa, key).toBe("فرماندار یا معاون ذی\u200Cربط");
    }
    expect(holders(group("legal"), "chair")[0]).toEqual({
      fa: "رئیس دادگستری شهرستان",
      en: "Head of the county justice department",
    });
  });

  it("marks secretaries as the bylaw does", () => {
    expect(holders(group("physical"), "secretary")[0]?.fa).toBe("رئیس اداره میراث فرهنگی، صنایع دستی و گردشگری");
    expect(holders(group("social"), "secretary")[0]?.fa).toBe("شهردار");
    expect(holders(group("economic"), "secretary")[0]?.fa).toBe("رئیس اداره آموزش فنی و حرفه\u200Cای شهرستان");
    expect(holders(group("legal"), "secretary")[0]?.fa).toBe("شهردار");
    expect(holders(group("finance"), "secretary")[0]?.fa).toBe("رئیس امور اقتصادی و دارایی");
    expect(holders(group("physical"), "secretary")[0]?.en).toMatch(/cultural heritage/i);
    expect(holders(group("social"), "secretary")[0]?.en).toBe("Mayor");
    expect(holders(group("economic"), "secretary")[0]?.en).toMatch(/technical and vocational training/i);
    expect(holders(group("legal"), "secretary")[0]?.en).toBe("Mayor");
    expect(holders(group("finance"), "secretary")[0]?.en).toMatch(/economic affairs and finance/i);
  });

  it("lists every seat, plural seats split", () => {
    const counts = Object.fromEntries(WORKING_GROUP_TEMPLATES.map((t) => [t.key, t.seats.length]));
    expect(counts).toEqual({ physical: 17, social: 19, economic: 23, legal: 17, finance: 14 });
    const faTitles = (key: string) => group(key).seats.map((s) => s.title.fa);
    expect(faTitles("physical")).toEqual(expect.arrayContaining(["فعال میراث فرهنگی ۱", "فعال میراث فرهنگی ۲"]));
    expect(faTitles("legal")).toEqual(
      expect.arrayContaining(["معتمد محلی ۱", "معتمد محلی ۲", "استاد دانشگاه ۱", "استاد دانشگاه ۲"]),
    );
    const banks = faTitles("finance").filter((t) => t.startsWith("رئیس بانک "));
    expect(banks).toEqual([
      "رئیس بانک تجارت",
      "رئیس بانک ملت",
      "رئیس بانک کشاورزی",
      "رئیس بانک ملی",
      "رئیس بانک رفاه کارگران",
      "رئیس بانک سپه",
    ]);
    // The governor sits in the legal group as an ordinary member.
    expect(group("legal").seats.find((s) => s.title.fa === "فرماندار شهرستان")?.role).toBe("member");
  });

  it("keeps seat titles unique within each committee in both languages", () => {
    for (const t of WORKING_GROUP_TEMPLATES) {
      for (const lang of ["fa", "en"] as const) {
        const titles = t.seats.map((s) => s.title[lang].trim().toLowerCase());
        expect(new Set(titles).size, `${t.key}/${lang}`).toBe(titles.length);
      }
    }
  });

  it("has every numbered duty", () => {
    expect(COUNCIL_TEMPLATE.duties).toHaveLength(6);
    expect(WORKING_GROUP_TEMPLATES.map((t) => t.duties.length)).toEqual([7, 10, 14, 10, 3]);
  });

  it("has unique group titles", () => {
    for (const lang of ["fa", "en"] as const) {
      const titles = [COUNCIL_TEMPLATE, ...WORKING_GROUP_TEMPLATES].map((t) => t.title[lang]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it("writes Persian with Persian characters, digits and punctuation", () => {
    for (const { fa } of allBilinguals()) {
      expect(fa, fa).not.toMatch(ARABIC_YEH_KAF);
      expect(fa, fa).not.toMatch(LATIN_DIGIT);
      expect(fa, fa).not.toMatch(LATIN_PUNCT);
      expect(fa, fa).toMatch(/^[\u0600-\u06FF]/); // starts with a Persian letter, so it renders RTL
      expect(fa, fa).toBe(fa.trim());
      expect(fa, fa).not.toMatch(/ {2}/);
      expect(fa.includes(` ${ZWNJ}`) || fa.includes(`${ZWNJ} `), fa).toBe(false);
    }
  });

  it("writes English without Arabic-script characters", () => {
    for (const { en } of allBilinguals()) {
      expect(en, en).not.toMatch(ARABIC_SCRIPT);
      expect(en, en).not.toMatch(/\u200C/);
      expect(en, en).toBe(en.trim());
      expect(en.length).toBeGreaterThan(0);
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(WORKING_GROUP_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(WORKING_GROUP_TEMPLATES[0]?.seats[0]?.title)).toBe(true);
    expect(Object.isFrozen(COUNCIL_TEMPLATE.duties)).toBe(true);
  });
});
