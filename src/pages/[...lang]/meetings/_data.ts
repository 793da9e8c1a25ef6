/**
 * The meetings rows of one language, worked out once per build: /meetings/ and every day page
 * (seven days, their parts, in each language) read the same rows, and working them out per page
 * would repeat the whole week's work for each of them.
 */
import { buildDay, getPublishedListings } from '#lib/content/listings.ts';
import { getSite } from '#lib/content/site.ts';
import { perBuild } from '#lib/content/per-build.ts';
import { meetingsPage, type MeetingsPage } from '#lib/meetings/page.ts';
import type { Lang } from '#i18n/languages.ts';
import { meetingsPageLanguage } from '#i18n/meetings.ts';

const cache = perBuild();

/** The meetings page's values in `lang` (rows by day, filter groups), computed on first use. */
export function meetingsIn(lang: Lang): Promise<MeetingsPage> {
  return cache(lang, () => compute(lang));
}

async function compute(lang: Lang): Promise<MeetingsPage> {
  const site = getSite();
  const listings = await getPublishedListings();
  return meetingsPage(
    listings.map((l) => ({ slug: l.id, data: l.data })),
    site.timezone,
    meetingsPageLanguage(lang, site.languages[0] ?? 'en'),
    buildDay(),
  );
}
