/**
 * Every dictionary, for the build: pages and endpoints pick their language's words here. Browser
 * code never imports this module (it would ship every language); a page hands its scripts the
 * few words they need (see ../components/PageWords.astro).
 */
import { en } from './dictionaries/en/index.ts';
import { es } from './dictionaries/es/index.ts';
import type { Dictionary, TimeWords } from './dictionary.ts';
import { UI_LANGUAGES, type Lang } from './languages.ts';
import { clockStyleOf } from '#lib/time/clock-style.ts';
import { dayDateStyleOf } from '#lib/time/day-date.ts';
import { weekdayNames } from '#lib/time/format.ts';

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, es };

/** The dictionary of `lang`. */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

const TIME_WORDS = new Map<Lang, TimeWords>();

/**
 * The time words of `lang`, with its locale: what lib/time's text functions take. One object per
 * language, because the formatters cache what they wrote by these words (a clock time is worked
 * out once per build, not once per page) and a page's scripts get them serialized once.
 */
export function timeWords(lang: Lang): TimeWords {
  let words = TIME_WORDS.get(lang);
  if (!words) {
    const { locale } = UI_LANGUAGES[lang];
    // Written down from Intl here, at build time, so pages need not ask it (lib/time/clock-style.ts).
    words = Object.freeze({
      ...DICTIONARIES[lang].time,
      locale,
      clock: clockStyleOf(locale),
      weekdays: { long: weekdayNames(locale), short: weekdayNames(locale, 'short') },
      dayDate: dayDateStyleOf(locale),
    });
    TIME_WORDS.set(lang, words);
  }
  return words;
}

export type { Dictionary, TimeWords } from './dictionary.ts';
export { UI_LANGUAGES, UI_LANGUAGE_CODES, isUiLanguage, type Lang } from './languages.ts';
