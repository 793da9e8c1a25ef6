/**
 * Cards as every page and card file of a build renders them: the same context, so a card is
 * rendered once per language and level (src/lib/html/card.ts caches it) however many pages and
 * files show it.
 */
import type { Lang } from '#i18n/languages.ts';
import { cachedCardHtml, type CardContext } from '#lib/html/card.ts';
import { withBase } from '#lib/html/links.ts';
import { buildDay, type ListingEntry } from './listings.ts';
import { getSite } from './site.ts';

/** The context of a card in `lang` under a heading of `level`. */
export function cardContext(lang: Lang, level: CardContext['level']): CardContext {
  const site = getSite();
  return {
    today: buildDay(),
    level,
    staleAfterDays: site.stale_after_days,
    base: withBase('/'),
    lang,
    languages: site.languages,
  };
}

/** The cards of `listings`, in order, as HTML strings. */
export function cardsHtml(listings: readonly ListingEntry[], lang: Lang, level: CardContext['level']): string[] {
  const context = cardContext(lang, level);
  return listings.map((listing) => cachedCardHtml(listing, context));
}
