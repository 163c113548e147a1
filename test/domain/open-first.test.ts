import { describe, expect, it } from "vitest";
import { decodeCallback, encodeCallback } from "../../src/domain/callback-data.ts";
import { openFirstPage } from "../../src/domain/open-first.ts";

const items = Array.from({ length: 40 }, (_, i) => ({ id: i + 1, open: i % 4 === 0 }));
const isOpen = (item: { open: boolean }) => item.open;

describe("long lists: open items first, a page at a time, with the count", () => {
  it("the first page starts with every open item, in their order, then settled ones", () => {
    const page = openFirstPage(items, isOpen, 1, 15);
    expect(page.items.slice(0, 10).map((i) => i.id)).toEqual([1, 5, 9, 13, 17, 21, 25, 29, 33, 37]);
    expect(page.items.slice(10).every((i) => !i.open)).toBe(true);
    expect(page).toMatchObject({ open: 10, total: 40, left: 25 });
  });

  it("later pages continue where the last stopped; the last says nothing is left", () => {
    const seen = [1, 2, 3].flatMap((n) => openFirstPage(items, isOpen, n, 15).items.map((i) => i.id));
    expect(new Set(seen).size).toBe(40);
    expect(openFirstPage(items, isOpen, 3, 15).left).toBe(0);
    expect(openFirstPage(items, isOpen, 4, 15).items).toEqual([]);
  });

  it("the More button's payload names only the page, and round-trips", () => {
    const data = encodeCallback({ action: "decisions_more", page: 2 });
    expect(data).toBe("dlm:2");
    expect(decodeCallback(data)).toEqual({ action: "decisions_more", page: 2 });
    expect(decodeCallback("dlm:0")).toBeNull();
  });
});

describe("the referrals list's More button", () => {
  it("names only the page, and round-trips", () => {
    expect(encodeCallback({ action: "referrals_more", page: 3 })).toBe("rfm:3");
    expect(decodeCallback("rfm:3")).toEqual({ action: "referrals_more", page: 3 });
  });
});

describe("the overdue minutes list's More button", () => {
  it("names only the page, and round-trips", () => {
    expect(encodeCallback({ action: "overdue_more", page: 2 })).toBe("odm:2");
    expect(decodeCallback("odm:2")).toEqual({ action: "overdue_more", page: 2 });
    expect(decodeCallback("odm:x")).toBeNull();
  });
});
