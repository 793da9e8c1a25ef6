import { UI_LANGUAGE_CODES } from '#i18n/index.ts';
import { UI_LANGUAGES } from '#i18n/languages.ts';

/**
 * Locales the styles the build takes from Intl (clock times, dates) are checked in: the site's
 * languages, and others that write 24-hour clocks, put the day period or the weekday elsewhere,
 * pad hours or decline month names.
 */
export const STYLE_LOCALES: readonly string[] = [
  ...UI_LANGUAGE_CODES.map((code) => UI_LANGUAGES[code].locale),
  'en-GB',
  'de-DE',
  'fr-CA',
  'ko-KR',
  'es-MX',
  'pl-PL',
  'ru-RU',
];
