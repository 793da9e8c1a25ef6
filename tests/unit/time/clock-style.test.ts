import { describe, expect, it } from 'vitest';
import { clockInStyle, clockStyleOf } from '#lib/time/clock-style.ts';
import { formatClock, weekdayName, weekdayNames } from '#lib/time/format.ts';
import { timeWords, UI_LANGUAGE_CODES } from '#i18n/index.ts';
import { STYLE_LOCALES } from '../../helpers/locales.ts';

const intlClock = (locale: string, h: number, m: number) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2026, 0, 1, h, m),
  );

describe('a clock time written from the style the build took from Intl', () => {
  for (const locale of STYLE_LOCALES) {
    it(`reads as Intl writes it in ${locale}, every minute of the day`, () => {
      const style = clockStyleOf(locale);
      expect(style).toBeDefined();
      for (let minute = 0; minute < 1440; minute++) {
        const [h, m] = [Math.floor(minute / 60), minute % 60];
        expect(clockInStyle(style!, h, m)).toBe(intlClock(locale, h, m));
      }
    });
  }

  it('is not written down where minutes are not Latin digits: pages ask Intl there', () => {
    expect(clockStyleOf('ar-EG')).toBeUndefined();
  });

  it('rides in every language’s time words, so formatClock and weekdayName need no Intl on a page', () => {
    for (const code of UI_LANGUAGE_CODES) {
      const words = timeWords(code);
      expect(words.clock).toEqual(clockStyleOf(words.locale));
      expect(words.weekdays).toEqual({ long: weekdayNames(words.locale), short: weekdayNames(words.locale, 'short') });
      // Through JSON, as a page hands them over.
      const handed = JSON.parse(JSON.stringify(words)) as typeof words;
      expect(formatClock('19:05', handed)).toBe(formatClock('19:05', { ...words, clock: undefined }));
    }
    expect(weekdayNames('es-US')[0]).toBe(weekdayName(0, 'es-US'));
    expect(weekdayNames('en-US', 'short')[6]).toBe('Sun');
  });
});
