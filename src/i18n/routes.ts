/**
 * Where each language's pages live. The site's first language is served at the root; every
 * other one under its code with the same path (`/find/` and `/es/find/`). Pure: the language
 * switch's script and the build both use it. Paths here carry no base path: links.ts adds it.
 */

/** `/find/` in `lang`: `/es/find/`, or `/find/` itself in the default language. */
export function localizedPath(path: string, lang: string, languages: readonly string[]): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === languages[0] ? clean : `/${lang}${clean}`;
}

/**
 * The language of a root-relative path and the path without it: `/es/find/` → es, `/find/`.
 * A path with no language code is in the default language.
 */
export function splitLanguage(path: string, languages: readonly string[]): { lang: string; path: string } {
  const [, first, ...rest] = path.split('/');
  if (first && first !== languages[0] && languages.includes(first)) {
    return { lang: first, path: `/${rest.join('/')}` };
  }
  return { lang: languages[0] ?? 'en', path: path || '/' };
}
