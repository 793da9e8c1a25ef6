import { describe, expect, it } from 'vitest';
import {
  laterPages,
  pageCount,
  pagePath,
  pagePosition,
  pagerNumbers,
  resultPage,
  RESULTS_PER_PAGE,
} from '#lib/finder/result-pages.ts';

describe('resultPage', () => {
  it('cuts a list into pages of RESULTS_PER_PAGE, the last one shorter', () => {
    const total = RESULTS_PER_PAGE * 2 + 5;
    expect(resultPage(total, 1)).toEqual({ page: 1, pageCount: 3, start: 0, end: RESULTS_PER_PAGE });
    expect(resultPage(total, 3)).toEqual({ page: 3, pageCount: 3, start: RESULTS_PER_PAGE * 2, end: total });
  });

  it('gives an empty list its one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(resultPage(0, 1)).toEqual({ page: 1, pageCount: 1, start: 0, end: 0 });
  });

  it('refuses a page that does not exist, rather than render an empty one', () => {
    expect(() => resultPage(10, 2, 10)).toThrow(RangeError);
    expect(() => resultPage(10, 0, 10)).toThrow(RangeError);
    expect(() => resultPage(10, 1.5, 10)).toThrow(RangeError);
    expect(() => resultPage(10, Number.NaN, 10)).toThrow(RangeError);
  });
});

describe('laterPages and pagePath', () => {
  it('lists the pages after the first, and none for a short list', () => {
    expect(laterPages(25, 10)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(laterPages(10, 10)).toEqual([]);
    expect(laterPages(0, 10)).toEqual([]);
  });

  it('keeps the first page at the list’s own address', () => {
    expect(pagePath('/es/find/', 1)).toBe('/es/find/');
    expect(pagePath('/es/find/', 4)).toBe('/es/find/page/4/');
    expect(pagePath('/base/categories/food/', 2)).toBe('/base/categories/food/page/2/');
  });
});

describe('pagerNumbers', () => {
  it('shows every page of a short list', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pagerNumbers(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, null, 20]);
    expect(pagerNumbers(20, 20)).toEqual([1, null, 19, 20]);
  });

  it('shows a single left-out number instead of a gap', () => {
    expect(pagerNumbers(4, 8)).toEqual([1, 2, 3, 4, 5, null, 8]);
  });

  it('always includes the current page, once, in order', () => {
    for (let count = 1; count <= 30; count++) {
      for (let page = 1; page <= count; page++) {
        const numbers = pagerNumbers(page, count).filter((n) => n !== null);
        expect(numbers).toContain(page);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        expect(numbers.length).toBeLessThanOrEqual(7);
      }
    }
  });
});

describe('pagePosition', () => {
  it('says where the reader is in the page’s language', () => {
    expect(pagePosition('Page {page} of {count}', resultPage(2000, 2, 1), 'en-US')).toBe('Page 2 of 2,000');
    expect(pagePosition('Página {page} de {count}', resultPage(2000, 2, 1), 'es-US')).toBe('Página 2 de 2,000');
  });
});
