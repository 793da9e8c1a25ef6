/**
 * What a page needs to know about languages, for the build: which languages the community
 * builds (data/site.yaml `languages`), the `getStaticPaths` entries that give each page a copy
 * per language, and the words and links of one page's language.
 */
import { getSite } from '#lib/content/site.ts';
import { withBase } from '#lib/html/links.ts';
import { dictionary, timeWords, type Dictionary, type TimeWords } from './index.ts';
import { UI_LANGUAGES, type Lang } from './languages.ts';
import { localizedPath } from './routes.ts';

/** The languages this site is built in, the default first. */
export function siteLanguages(): Lang[] {
  // The site schema accepts only languages with a dictionary.
  return getSite().languages as Lang[];
}

/** The `lang` route parameter of each language: none for the default, its code for the rest. */
export function languageParams(): { lang: string | undefined }[] {
  const others = siteLanguages().slice(1);
  return [{ lang: undefined }, ...others.map((lang) => ({ lang }))];
}

/** `getStaticPaths` for a page with no other parameter: one copy per language. */
export function languagePaths() {
  return languageParams().map((params) => ({ params }));
}

/** One page's language: its code, locale, words and links within it. */
export interface PageLanguage {
  lang: Lang;
  locale: string;
  ui: Dictionary;
  time: TimeWords;
  /** A root-relative path in this language, with the base path: href('/find/') → '/es/find/'. */
  href: (path: string) => string;
}

/** The page language of a `lang` route parameter (undefined: the default language). */
export function pageLanguage(param: string | undefined): PageLanguage {
  const languages = siteLanguages();
  const lang = (param && languages.includes(param as Lang) ? param : languages[0]!) as Lang;
  return {
    lang,
    locale: UI_LANGUAGES[lang].locale,
    ui: dictionary(lang),
    time: timeWords(lang),
    href: (path) => withBase(localizedPath(path, lang, languages)),
  };
}

/** `getStaticPaths` entries repeated for every language, with the `lang` parameter added. */
export function inEveryLanguage<P extends Record<string, string>, T>(
  paths: readonly { params: P; props?: T }[],
): { params: P & { lang: string | undefined }; props?: T }[] {
  return languageParams().flatMap(({ lang }) => paths.map((path) => ({ ...path, params: { ...path.params, lang } })));
}
