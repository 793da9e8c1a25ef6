/**
 * What the word search knows about a listing, as a small HTML document for Pagefind.
 *
 * The index is built from the validated data rather than from the rendered pages, so Pagefind
 * can run beside Astro's page rendering instead of after it (see src/integrations/search-index/index.ts),
 * and so only words about the asset are searchable, not the page's buttons and footer.
 *
 * One record per listing per language: the document's `<html lang>` files it in that language's
 * index, which Pagefind loads on pages of that language. A record in another language than the
 * listing's own has its translated name, summary and description where the file gives them (the
 * original where not), the vocabulary labels in that language, and points at that language's page.
 * Build-only in practice (it reads the dictionaries through src/i18n/terms.ts).
 */
import type { ListingData } from '#schemas/listing.ts';
import {
  ACCESSIBILITY,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  FEATURES,
  FELLOWSHIPS,
  HOUSING_GENDERS,
  MOUD_POLICIES,
  POPULATIONS,
  SUPPORT_TYPES,
  WEEKDAYS,
  type Term,
} from '#taxonomy';
import { dictionary } from '#i18n/index.ts';
import { UI_LANGUAGES, type Lang } from '#i18n/languages.ts';
import { listingText } from '#i18n/listing-text.ts';
import { labelIn, labelsIn, pathwayTermsIn } from '#i18n/terms.ts';
import { wordsOf, type WordVocabulary } from '#taxonomy-words';
import { meetingTypeLabel } from '#lib/meetings/type-labels.ts';
import { escapeHtml } from '#lib/html/card.ts';
import { renderDescription } from '#lib/html/markdown.ts';
import { languageLabelIn } from './facet-groups.ts';
import { TERM_FACETS, matchedInBrowser } from './term-words.ts';

export interface SearchRecord {
  /**
   * The listing page's address from the site's root, in the record's language
   * (`/es/listings/<slug>/`). Pagefind puts the base path in front at search time (`baseUrl`,
   * set by the page that searches); writing it here too doubled it on sites served under a sub-path.
   */
  url: string;
  /** The language of the record, and of the index it goes in. */
  language: string;
  /** A whole HTML document; its h1 is the result title. */
  content: string;
}

/** The ids a listing has in each vocabulary that has everyday words (src/taxonomy-words.ts). */
function termIds(data: ListingData): [WordVocabulary, string[]][] {
  const ids = (...values: (string | undefined)[]) => values.filter((id): id is string => id !== undefined);
  return [
    ['category', [data.category]],
    ['support', data.support],
    // `[all-pathways]` brings its own words, not every pathway's.
    ['pathway', data.pathways ?? []],
    ['population', data.populations ?? []],
    ['attendance', [data.attendance]],
    ['cost', ids(data.cost)],
    ['accessibility', data.accessibility ?? []],
    ['feature', data.features ?? []],
    ['fellowship', ids(data.fellowship)],
    ['moud', ids(data.housing?.moud)],
    ['housingGender', ids(data.housing?.gender)],
    ['narrLevel', ids(data.housing?.narr_level?.toString())],
    ['weekday', [...(data.schedule ?? []).map((s) => s.day), ...(data.hours ?? []).flatMap((h) => h.days)]],
  ];
}

/**
 * The everyday words (English and Spanish) a listing's record keeps: those of its features,
 * fellowship, medication policy, house rules and days. The words of the terms the finder can
 * filter on (its kind of place, support, pathways, people served, attendance, cost, access) are
 * matched in the browser against the terms instead (src/lib/finder/term-words.ts), which keeps
 * them out of every record.
 */
export function listingWords(data: ListingData): string[] {
  const words = termIds(data)
    .filter(([vocabulary]) => !matchedInBrowser(vocabulary))
    .flatMap(([vocabulary, ids]) => ids.flatMap((id) => wordsOf(vocabulary, id)));
  return [...new Set(words)];
}

/**
 * The terms the browser matches words against, as Pagefind filters of term ids, the same in every
 * language: the search box's words that name terms find their listings through these
 * (src/client/pagefind.ts).
 */
function termFilters(data: ListingData): string[] {
  return termIds(data).flatMap(([vocabulary, ids]) =>
    matchedInBrowser(vocabulary)
      ? ids.map((id) => `<span data-pagefind-filter="${TERM_FACETS[vocabulary]}">${escapeHtml(id)}</span>`)
      : [],
  );
}

/**
 * The everyday words as Pagefind is given them: each word once (matched without regard to case).
 * Pagefind matches a search word by word, so "women only" still finds a house whose terms bring
 * "women only". Repeating a word added nothing to what matches, only to the index's size and to
 * the time a large build waits for Pagefind.
 */
export function indexedWords(phrases: readonly string[]): string[] {
  const seen = new Set<string>();
  return phrases.flatMap((phrase) =>
    phrase.split(/\s+/).filter((word) => {
      const key = word.toLowerCase();
      if (!word || seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

/**
 * The searchable document for one published listing in `lang` (the site's first language,
 * `sourceLang`, by default); `body` is its Markdown description.
 */
export function searchRecord(
  slug: string,
  data: ListingData,
  body: string | undefined,
  lang: Lang = 'en',
  sourceLang: string = lang,
): SearchRecord {
  const labelOf = (terms: readonly Term[], id: string) => labelIn(terms, id, lang);
  const labelsOf = (terms: readonly Term[], ids: readonly string[] | undefined) => labelsIn(terms, ids, lang);
  const finderWords = dictionary(lang).finder;
  const { locale } = UI_LANGUAGES[lang];
  const text = listingText(data, lang, sourceLang, body);
  const pathways = pathwayTermsIn(data.pathways, lang).map((term) => term.label);
  const days = new Set([...(data.schedule ?? []).map((s) => s.day), ...(data.hours ?? []).flatMap((h) => h.days)]);
  // Plain words a person might type: "Friday", "Spanish", "wheelchair", "women", "free".
  const facts = [
    data.fellowship && labelOf(FELLOWSHIPS, data.fellowship),
    labelOf(ATTENDANCE, data.attendance),
    data.address?.city,
    data.location_private ? undefined : data.address?.street,
    data.address?.postal_code,
    ...labelsOf(WEEKDAYS, [...days]),
    ...(data.schedule ?? []).map((s) => s.note),
    ...(data.meeting_types ?? []).map((code) => meetingTypeLabel(code, lang)),
    ...labelsOf(POPULATIONS, data.populations),
    ...data.languages.map((code) => languageLabelIn(code, locale, finderWords.languageNames)),
    data.cost && labelOf(COSTS, data.cost),
    ...labelsOf(ACCESSIBILITY, data.accessibility),
    ...labelsOf(FEATURES, data.features),
    data.housing?.gender && labelOf(HOUSING_GENDERS, data.housing.gender),
    data.housing?.moud && labelOf(MOUD_POLICIES, data.housing.moud),
    data.employer?.fair_chance ? finderWords.record.fairChance : undefined,
    ...(data.employer?.industries ?? []),
    data.status === 'temporarily-closed' ? finderWords.record.temporarilyClosed : undefined,
  ].filter((fact): fact is string => !!fact);
  const category = labelOf(CATEGORIES, data.category);
  const filters = termFilters(data);
  const words = indexedWords(listingWords(data));
  // Untranslated text keeps its language in the results (WCAG 2.2, 3.1.2): the search box marks
  // the title and the excerpt with it. Pagefind hands these back as the result's meta.
  // The excerpt mostly quotes the description; a listing without one, its summary.
  const excerptLang = text.description ? text.description.lang : text.summary?.lang;
  const langMeta = [
    text.name.lang && `<span data-pagefind-meta="titlelang">${escapeHtml(text.name.lang)}</span>`,
    excerptLang && `<span data-pagefind-meta="excerptlang">${escapeHtml(excerptLang)}</span>`,
  ].filter(Boolean);
  const content = [
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>`,
    `<h1>${escapeHtml(text.name.text)}</h1>`,
    `<p>${escapeHtml(category)}${text.summary ? ` — ${escapeHtml(text.summary.text)}` : ''}</p>`,
    renderDescription(text.description?.text),
    `<p>${facts.map(escapeHtml).join(' · ')}</p>`,
    `<p>${[...labelsOf(SUPPORT_TYPES, data.support), ...pathways].map(escapeHtml).join(' · ')}</p>`,
    // Words people type for its other terms, weighted below the listing's own text so a listing
    // that names a thing in its description ranks above one that only has the term.
    words.length > 0 ? `<p data-pagefind-weight="0.5">${escapeHtml(words.join(' '))}</p>` : '',
    `<div hidden data-pagefind-ignore>${filters.join('')}${langMeta.join('')}</div>`,
    '</main></body></html>',
  ].join('');
  // The first language lives at the root, every other under its code (src/i18n/routes.ts).
  const url = lang === sourceLang ? `/listings/${slug}/` : `/${lang}/listings/${slug}/`;
  return { url, language: lang, content };
}
