import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '#i18n/languages.ts';
import { formatNumber } from '#i18n/numbers.ts';

const WHOLE = [0, -0, 1, 7, 42, 999, 1000, 1234, 9999, 10_000, 12_345, 123_456, 1_234_567, 98_765_432, -1234, -12_345];
const FRACTIONS = [
  1e-7, -1e-7, 0.5, 0.25, 1.2345, 2.5, 9.95, 0.05, 1.005, 1234.5678, 12_345.5, -0.0004, -2.75, 0.0004, 99.9996,
];

describe('numbers written without Intl for the site’s languages', () => {
  it.each(Object.entries(UI_LANGUAGES))('%s: every number reads as Intl writes it in its locale', (_, { locale }) => {
    for (const n of [...WHOLE, ...FRACTIONS]) {
      expect(formatNumber(n, locale), `${n}`).toBe(n.toLocaleString(locale));
      for (const digits of [0, 1, 2]) {
        expect(formatNumber(n, locale, digits), `${n} with ${digits}`).toBe(
          n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
        );
      }
    }
  });

  it('agrees with Intl on thousands of numbers of every size', () => {
    // A fixed sequence, not Math.random: a failure names a number that fails again.
    let seed = 7;
    const next = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    for (let i = 0; i < 3000; i++) {
      const n = (next() - 0.2) * 10 ** Math.floor(next() * 12 - 3);
      const digits = i % 4 === 3 ? undefined : i % 4;
      const options = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
      expect(formatNumber(n, 'en-US', digits), `${n} with ${digits}`).toBe(n.toLocaleString('en-US', options));
    }
  });

  it('groups and punctuates as the language does', () => {
    expect(formatNumber(1_234_567, 'en-US')).toBe('1,234,567');
    expect(formatNumber(2.5, 'es-US', 1)).toBe('2.5');
    expect(formatNumber(3, 'en-US', 1)).toBe('3.0');
  });

  it('falls back to Intl for a locale the site has no entry for', () => {
    expect(formatNumber(1234, 'es')).toBe('1234');
    expect(formatNumber(12_345.5, 'es', 1)).toBe('12.345,5');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
  });

  it('leaves numbers too large for toFixed’s plain digits to Intl', () => {
    expect(formatNumber(1e21, 'en-US')).toBe((1e21).toLocaleString('en-US'));
  });
});
