import { describe, expect, it } from 'vitest';
import { localizedPath, splitLanguage } from '#i18n/routes.ts';
import { languageVersions } from '#i18n/versions.ts';

const both = ['en', 'es'];

describe('where each language’s pages live', () => {
  it('keeps the default language at the root and puts the others under their code', () => {
    expect(localizedPath('/find/', 'en', both)).toBe('/find/');
    expect(localizedPath('/find/', 'es', both)).toBe('/es/find/');
    expect(localizedPath('/', 'es', both)).toBe('/es/');
    expect(localizedPath('listings/a/', 'es', both)).toBe('/es/listings/a/');
    // A site built in Spanish first serves Spanish at the root.
    expect(localizedPath('/find/', 'es', ['es', 'en'])).toBe('/find/');
    expect(localizedPath('/find/', 'en', ['es', 'en'])).toBe('/en/find/');
  });

  it('reads a path’s language back, and leaves other paths in the default language', () => {
    expect(splitLanguage('/es/find/', both)).toEqual({ lang: 'es', path: '/find/' });
    expect(splitLanguage('/es/', both)).toEqual({ lang: 'es', path: '/' });
    expect(splitLanguage('/find/', both)).toEqual({ lang: 'en', path: '/find/' });
    // A listing whose slug happens to be a language code is not a language.
    expect(splitLanguage('/listings/es/', both)).toEqual({ lang: 'en', path: '/listings/es/' });
    // A code the site is not built in is an ordinary path.
    expect(splitLanguage('/fr/find/', both)).toEqual({ lang: 'en', path: '/fr/find/' });
    expect(splitLanguage('/en/find/', both)).toEqual({ lang: 'en', path: '/en/find/' });
  });
});

describe('a page’s language versions', () => {
  it('lists the same page in every language, with the base path', () => {
    expect(languageVersions('/es/find/', both)).toEqual([
      { lang: 'en', name: 'English', path: '/find/' },
      { lang: 'es', name: 'Español', path: '/es/find/' },
    ]);
    expect(languageVersions('/map/es/find/', both, '/map/').map((v) => v.path)).toEqual([
      '/map/find/',
      '/map/es/find/',
    ]);
    expect(languageVersions('/map/', both, '/map').map((v) => v.path)).toEqual(['/map/', '/map/es/']);
  });

  it('points a not-found page at each language’s 404.html', () => {
    expect(languageVersions('/es/404', both).map((v) => v.path)).toEqual(['/404.html', '/es/404.html']);
    expect(languageVersions('/404.html', both).map((v) => v.path)).toEqual(['/404.html', '/es/404.html']);
  });

  it('has one version when the site is built in one language', () => {
    expect(languageVersions('/find/', ['en'])).toEqual([{ lang: 'en', name: 'English', path: '/find/' }]);
  });
});
