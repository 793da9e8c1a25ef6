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
    /**
     * How `locale` writes numbers, as Intl does (a test holds the two together), so a page can
     * write a count without Intl's number data: src/i18n/numbers.ts says why.
     */
    numbers: {
      /** Between groups of three digits: "1,234". */
      group: ',',
      /** Before the decimals: "2.5". */
      decimal: '.',
      /** The fewest digits before a group starts: 1 groups 1,234; 2 first groups 12,345. */
      minimumGrouping: 1,
    },
  },
  es: {
    name: 'Español',
    locale: 'es-US',
    weekStart: 1,
    // Spanish as written in the US: grouped and punctuated like US English.
    numbers: { group: ',', decimal: '.', minimumGrouping: 1 },
  },
} as const satisfies Record<string, LanguageEntry>;

/** What the site knows of one of its languages. */
interface LanguageEntry {
  name: string;
  locale: string;
  weekStart: 0 | 1;
  numbers: NumberStyle;
}

/** How a language writes the digits of a number (always 0–9 in the site's languages). */
export interface NumberStyle {
  group: string;
  decimal: string;
  minimumGrouping: 1 | 2;
}

/** A language the site has a dictionary for. */
export type Lang = keyof typeof UI_LANGUAGES;

/** Every language with a dictionary, in the order above. */
export const UI_LANGUAGE_CODES = Object.keys(UI_LANGUAGES) as Lang[];

/** True when `code` has a dictionary. */
export function isUiLanguage(code: string): code is Lang {
  return Object.hasOwn(UI_LANGUAGES, code);
}
