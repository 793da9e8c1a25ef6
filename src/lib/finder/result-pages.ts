/**
 * Lists of listings cut into pages, so a page's size does not grow with the data: the finder's
 * list (/find/, /find/page/2/) and each landing page (/categories/<id>/page/2/) hold one page of
 * cards, and the finder island draws the others from the card files (card-shards.ts).
 */
import { fill } from '#i18n/text.ts';
import { formatNumber } from '#i18n/numbers.ts';

/** Cards on one page, and shown by each "Show more". */
export const RESULTS_PER_PAGE = 48;

/** One page of a list of `total` items. */
export interface ResultPage {
  /** 1-based. */
  page: number;
  pageCount: number;
  /** The page's first item (0-based) and the one after its last. */
  start: number;
  end: number;
}

/** How many pages `total` items take; an empty list still has its one page. */
export function pageCount(total: number, size = RESULTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (1-based) of `total` items. */
export function resultPage(total: number, page: number, size = RESULTS_PER_PAGE): ResultPage {
  const count = pageCount(total, size);
  if (!Number.isInteger(page) || page < 1 || page > count) {
    throw new RangeError(`page ${page} is not between 1 and ${count}`);
  }
  const start = (page - 1) * size;
  return { page, pageCount: count, start, end: Math.min(total, start + size) };
}

/** The path parameters of every page after the first: `page/2/` is `{ page: '2' }`. */
export function laterPages(total: number, size = RESULTS_PER_PAGE): { page: string }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

/** Where page `page` of a list that starts at `first` (ending in '/') lives. */
export function pagePath(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and the current page with its neighbours,
 * with `null` where numbers are left out (1 … 4 5 6 … 20). A phone has room for about seven.
 */
export function pagerNumbers(page: number, count: number): (number | null)[] {
  const shown = new Set([1, count, page - 1, page, page + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    // A gap of one number shows that number rather than an ellipsis that hides a single page.
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** "Page 2 of 20" in the page's language (`template` holds {page} and {count}), for titles and headings. */
export function pagePosition(template: string, { page, pageCount }: ResultPage, locale: string): string {
  return fill(template, { page: formatNumber(page, locale), count: formatNumber(pageCount, locale) });
}
