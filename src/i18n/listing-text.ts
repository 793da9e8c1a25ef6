/**
 * A listing's own words (name, summary, description) as a page in one language shows them: the
 * listing's `translations.<lang>` where they exist, the original otherwise, marked with the
 * language it is written in (the site's first language), so the page can say so and set `lang`.
 * Pure: cards, the listing page, search records and the handout all use it.
 */
import type { ListingData } from '#schemas/listing.ts';
import { pageText, type PageText } from './site-text.ts';

export interface ListingText {
  name: PageText;
  summary?: PageText;
  /** Markdown, as written: the caller renders it. */
  description?: PageText;
  /** True when something shown is in another language than the page (the page adds a note). */
  untranslated: boolean;
}

/**
 * `data`'s words for a page in `lang`; `sourceLang` is the language listings are written in
 * (the site's first). `body` is an .md listing's description.
 */
export function listingText(
  data: Pick<ListingData, 'name' | 'summary' | 'description' | 'translations'>,
  lang: string,
  sourceLang: string,
  body?: string,
): ListingText {
  const own = data.translations?.[lang];
  const description = body?.trim() ? body : data.description;
  const text: ListingText = {
    // A name is often a proper name that stays as it is: it is never marked as untranslated.
    name: own?.name ? { text: own.name } : { text: data.name, ...(lang !== sourceLang && { lang: sourceLang }) },
    untranslated: false,
  };
  if (data.summary) text.summary = pageText(data.summary, own?.summary, lang, sourceLang);
  if (description?.trim()) text.description = pageText(description, own?.description, lang, sourceLang);
  text.untranslated = Boolean(text.summary?.lang || text.description?.lang);
  return text;
}
