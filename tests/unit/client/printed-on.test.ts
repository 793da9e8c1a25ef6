import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATE_WORDS_ATTRIBUTE, startPrintedOn } from '#client/printed-on.ts';
import { encodeLongDateWords, longDateWords } from '#lib/time/long-date.ts';

/** The printout's line as PrintNotes.astro writes it, and the window's listeners. */
function page(locale: string | undefined) {
  const date = {
    textContent: '',
    getAttribute: (name: string) =>
      name === DATE_WORDS_ATTRIBUTE && locale ? encodeLongDateWords(longDateWords(locale)) : null,
  };
  const line = { hidden: true, querySelector: () => date };
  const listeners = new Map<string, () => void>();
  const doc = {
    querySelector: () => line,
    defaultView: { addEventListener: (type: string, fn: () => void) => listeners.set(type, fn) },
  } as unknown as Document;
  return { doc, line, date, listeners };
}

afterEach(() => vi.useRealTimers());

describe('the printout’s date', () => {
  it('is written in the page’s language when the page loads, and again just before it prints', () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 4, 9, 30) });
    const { doc, line, date, listeners } = page('es-US');
    startPrintedOn(doc);
    expect(date.textContent).toBe('4 de diciembre de 2026');
    expect(line.hidden).toBe(false);
    vi.setSystemTime(new Date(2026, 11, 5, 8, 0));
    listeners.get('beforeprint')?.();
    expect(date.textContent).toBe('5 de diciembre de 2026');
  });

  it('stays hidden when the line carries no words to write the date with', () => {
    const { doc, line, date } = page(undefined);
    startPrintedOn(doc);
    expect(line.hidden).toBe(true);
    expect(date.textContent).toBe('');
  });
});
