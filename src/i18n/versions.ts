/**
 * The same page in each of the site's languages, for `<link rel="alternate" hreflang>` and the
 * language switch. Pure, so it is tested without a build.
 */
import { UI_LANGUAGES, isUiLanguage } from './languages.ts';
import { localizedPath, splitLanguage } from './routes.ts';

export interface LanguageVersion {
  lang: string;
  /** The language's own name ("Español"). */
  name: string;
  /** The page's address in this language, with the base path. */
  path: string;
}

/**
 * Every language version of the page at `pathname` (as the browser sees it, base path
 * included). A 404 page's versions are each language's 404.html.
 */
export function languageVersions(pathname: string, languages: readonly string[], base = '/'): LanguageVersion[] {
  const root = base.replace(/\/?$/, '/');
  const inside = pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
  const { path } = splitLanguage(inside, languages);
  const notFound = /^\/404(\.html|\/)?$/.test(path);
  return languages.map((lang) => {
    const local = localizedPath(notFound ? '/404.html' : path, lang, languages);
    return {
      lang,
      name: isUiLanguage(lang) ? UI_LANGUAGES[lang].name : lang,
      path: `${root}${local.slice(1)}`,
    };
  });
}
