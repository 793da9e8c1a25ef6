/**
 * The site's own words (data/site.yaml) as one page shows them: translated where site.yaml
 * gives a translation, otherwise as written, with the language they are written in so the page
 * can mark them (WCAG 2.2, 3.1.2 Language of Parts).
 */
import type { SiteConfig } from '#schemas/site.ts';

/** Text for a page, and its language when that is not the page's. */
export interface PageText {
  text: string;
  /** Set only when the text is in another language than the page (it goes in a `lang` attribute). */
  lang?: string;
}

/** `translated` when there is one, else `original` marked with the site's default language. */
export function pageText(
  original: string,
  translated: string | undefined,
  pageLang: string,
  sourceLang: string,
): PageText {
  if (pageLang === sourceLang) return { text: original };
  if (translated) return { text: translated };
  return { text: original, lang: sourceLang };
}

export interface SiteText {
  name: PageText;
  tagline?: PageText;
  organization?: PageText;
  helpLines: { label: PageText; phone: string; sms?: string }[];
}

/** The site's name, tagline, organization and help lines for a page in `lang`. */
export function siteText(site: SiteConfig, lang: string): SiteText {
  const source = site.languages[0] ?? 'en';
  const own = site.translations?.[lang];
  return {
    name: pageText(site.name, own?.name, lang, source),
    ...(site.tagline && { tagline: pageText(site.tagline, own?.tagline, lang, source) }),
    ...(site.organization && { organization: pageText(site.organization, own?.organization, lang, source) }),
    helpLines: site.help_lines.map((line) => ({
      label: pageText(line.label, line.translations?.[lang]?.label, lang, source),
      phone: line.phone,
      ...(line.sms && { sms: line.sms }),
    })),
  };
}
