/**
 * One page of a long list, open items first: what still needs someone's attention comes before what is settled,
 * and the count says how much there is, instead of everything ever recorded in one message.
 */
export type OpenFirstPage<T> = { items: T[]; open: number; total: number; left: number };

/** `page` counts from 1; a page past the end is empty. The order within open and within settled items is kept. */
export function openFirstPage<T>(
  items: readonly T[],
  isOpen: (item: T) => boolean,
  page: number,
  pageSize: number,
): OpenFirstPage<T> {
  const open = items.filter(isOpen);
  const ordered = [...open, ...items.filter((item) => !isOpen(item))];
  const start = (page - 1) * pageSize;
  const shown = ordered.slice(start, start + pageSize);
  return {
    items: shown,
    open: open.length,
    total: items.length,
    left: Math.max(0, items.length - start - shown.length),
  };
}
