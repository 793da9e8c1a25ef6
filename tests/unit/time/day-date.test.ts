import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayDateByIntl, dayDateInStyle, dayDateStyleOf } from '#lib/time/day-date.ts';
import { dayWord } from '#lib/time/schedule-text.ts';
import { timeWords, UI_LANGUAGE_CODES } from '#i18n/index.ts';
import { STYLE_LOCALES } from '../../helpers/locales.ts';

const intlDayDate = (locale: string, instant: number) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(instant);

describe('a date with its weekday written from the style the build took from Intl', () => {
  for (const locale of STYLE_LOCALES) {
    it(`reads as Intl writes it in ${locale}, every day of two years`, () => {
      const style = dayDateStyleOf(locale);
      expect(style).toBeDefined();
      for (let day = 0; day < 731; day++) {
        const noon = Date.UTC(2027, 0, 1 + day, 12);
        const date = new Date(noon);
        const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(dayDateInStyle(style!, local, locale)).toBe(intlDayDate(locale, noon));
        expect(dayDateByIntl(local, locale)).toBe(intlDayDate(locale, noon));
      }
    });
  }

  it('is not written down where days are not Latin digits: pages ask Intl there', () => {
    expect(dayDateStyleOf('ar-EG')).toBeUndefined();
  });

  describe('on a page', () => {
    afterEach(() => vi.restoreAllMocks());
    it('rides in every language’s time words, and a day weeks ahead is then written without Intl', () => {
      const now = Date.UTC(2026, 11, 3, 17);
      const later = Date.UTC(2026, 11, 24, 17);
      for (const code of UI_LANGUAGE_CODES) {
        const words = timeWords(code);
        expect(words.dayDate).toEqual(dayDateStyleOf(words.locale));
        const byIntl = dayWord(later, now, 'America/Detroit', { ...words, dayDate: undefined });
        // Through JSON, as a page hands them over.
        const handed = JSON.parse(JSON.stringify(words)) as typeof words;
        // The zone's clock is read with formatToParts; a date is written with format.
        // format is a getter on the prototype (it hands out a bound function).
        const prototype = Intl.DateTimeFormat.prototype as unknown as { readonly format: unknown };
        const written = vi.spyOn(prototype, 'format', 'get');
        const made = vi.spyOn(Intl, 'DateTimeFormat');
        expect(dayWord(later, now, 'America/Detroit', handed)).toBe(byIntl);
        expect(written).not.toHaveBeenCalled();
        expect(made).not.toHaveBeenCalled();
        vi.restoreAllMocks();
      }
      expect(dayWord(later, now, 'America/Detroit', timeWords('en'))).toBe('Thursday, December 24');
    });
  });
});
