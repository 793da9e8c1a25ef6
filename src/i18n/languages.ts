/**
 * The languages the site's own words exist in: one entry per dictionary in ./dictionaries/.
 * `data/site.yaml` `languages` picks which of these a community builds; the first it lists is
 * the default, served at the root, and each other one lives under its code (`/es/find/`).
 * Adding a language is adding its entry here and its dictionary folder (CONTRIBUTING.md).
 */
export const UI_LANGUAGES = {
  en: {
    /** The language's own name, as the switch shows it to someone who reads it. */
    name: 'English',
    /** The BCP 47 locale `Intl` formats dates, times and numbers with. */
    locale: 'en-US',
    /** The first day of a week as readers of the language expect it: 0 Sunday, 1 Monday. */
    weekStart: 0,
  },
  es: { name: 'Español', locale: 'es-US', weekStart: 1 },
} as const satisfies Record<string, { name: string; locale: string; weekStart: 0 | 1 }>;

/** A language the site has a dictionary for. */
export type Lang = keyof typeof UI_LANGUAGES;

/** Every language with a dictionary, in the order above. */
export const UI_LANGUAGE_CODES = Object.keys(UI_LANGUAGES) as Lang[];

/** True when `code` has a dictionary. */
export function isUiLanguage(code: string): code is Lang {
  return Object.hasOwn(UI_LANGUAGES, code);
}
