import { describe, expect, it } from 'vitest';
import { decodeLongDateWords, encodeLongDateWords, longDateWords, writeLongDate } from '#lib/time/long-date.ts';

// Every day of a year, leap day included, in every month.
const days = Array.from({ length: 366 }, (_, i) => new Date(2028, 0, 1 + i, 9, 30));

describe('a long date written without Intl in the browser', () => {
  it.each(['en-US', 'es-US', 'es', 'fr', 'de', 'pl', 'vi', 'ko', 'zh', 'ar', 'ne', 'so', 'sw', 'bs'])(
    'reads in %s exactly as Intl writes it, on every day of a year',
    (locale) => {
      const words = decodeLongDateWords(encodeLongDateWords(longDateWords(locale)))!;
      for (const day of days) {
        expect(writeLongDate(day, words)).toBe(
          day.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' }),
        );
      }
    },
  );

  it('writes the site’s two languages as a reader expects', () => {
    const date = new Date(2026, 11, 4, 9, 30);
    expect(writeLongDate(date, longDateWords('en-US'))).toBe('December 4, 2026');
    expect(writeLongDate(date, longDateWords('es-US'))).toBe('4 de diciembre de 2026');
  });

  it('uses the language’s own digits', () => {
    expect(longDateWords('ne').digits).toBe('०१२३४५६७८९');
    expect(longDateWords('en-US').digits).toBe('0123456789');
  });

  it('travels as one short attribute value, digits only where they are not 0–9', () => {
    expect(encodeLongDateWords(longDateWords('es-US'))).toBe(
      '{day} de {month} de {year}|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
    );
    expect(encodeLongDateWords(longDateWords('ne')).endsWith('|०१२३४५६७८९')).toBe(true);
    expect(decodeLongDateWords('')).toBeUndefined();
    expect(decodeLongDateWords('{day}|a|b')).toBeUndefined();
  });
});
