import { describe, expect, it } from 'vitest';
import { printedOnText } from '#client/printed-on.ts';

describe('the printout’s date', () => {
  it('is written out in the page’s language', () => {
    const date = new Date(2026, 11, 4, 9, 30);
    expect(printedOnText(date, 'en')).toBe('December 4, 2026');
    expect(printedOnText(date, 'es')).toBe('4 de diciembre de 2026');
  });

  it('falls back to US English when the page names no language', () => {
    expect(printedOnText(new Date(2027, 0, 9), '')).toBe('January 9, 2027');
  });
});
