/**
 * What the finder shows for each facet: its legend, its values in order with labels, and where
 * each value's static landing page is (for browsers without JavaScript). Derived from the taxonomy.
 */
import {
  ACCESSIBILITY,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  PATHWAYS,
  POPULATIONS,
  SUPPORT_TYPES,
  WEEKDAYS,
  LANGUAGE_LABELS,
  languageLabel,
  type Term,
} from '#taxonomy';
import { FACET_KEYS, facetValues, type FacetKey, type FacetSource } from './facets.ts';

export interface FacetOption {
  value: string;
  label: string;
  /** A static page listing the same set (or, for a day, that day's meetings), when one exists. */
  href?: string;
}
export interface FacetGroup {
  key: FacetKey;
  legend: string;
  options: FacetOption[];
}

/**
 * The words of one page's language the groups are labelled with: the legends from the finder's
 * dictionary, and each vocabulary's terms with their labels in that language (from
 * src/i18n/terms.ts, read at build time by the page, so this room never holds a dictionary).
 */
export interface FacetWords {
  legends: Readonly<Record<FacetKey, string>>;
  terms: Readonly<Record<Exclude<FacetKey, 'language'>, readonly Term[]>>;
  /** A language code's name as the page shows it ("Spanish (Español)", "Inglés (English)"). */
  language: (code: string) => string;
}

/** The vocabulary behind each facet but `language`, whose values are codes. */
export const FACET_TERMS: Readonly<Record<Exclude<FacetKey, 'language'>, readonly Term[]>> = {
  category: CATEGORIES,
  support: SUPPORT_TYPES,
  pathway: PATHWAYS,
  population: POPULATIONS,
  attendance: ATTENDANCE,
  cost: COSTS,
  accessibility: ACCESSIBILITY,
  day: WEEKDAYS,
};
const LANDING: Partial<Record<FacetKey, string>> = { category: 'categories', support: 'support', pathway: 'pathways' };

/**
 * Where an option leads without JavaScript: its landing page, or that day on the meetings page.
 * `href` turns a root-relative path into a link in the page's language ('/meetings/' →
 * '/es/meetings/'), so a Spanish reader stays in Spanish.
 */
function staticHref(key: FacetKey, value: string, href: (path: string) => string): string | undefined {
  if (key === 'day') return `${href('/meetings/')}?day=${value}#${value}`;
  return LANDING[key] ? href(`/${LANDING[key]}/${value}/`) : undefined;
}

/**
 * A language's name in `locale`, then its own name when that differs: "Árabe (العربية)",
 * "Español". `names` holds the names Intl does not know (ASL). English keeps the taxonomy's labels.
 */
export function languageLabelIn(code: string, locale: string, names: Readonly<Record<string, string>>): string {
  if (locale.startsWith('en')) return languageLabel(code);
  let known = labelsIn.get(names);
  if (!known) {
    known = new Map();
    labelsIn.set(names, known);
  }
  const key = `${locale}|${code}`;
  let label = known.get(key);
  if (label === undefined) {
    label = languageLabelText(code, locale, names);
    known.set(key, label);
  }
  return label;
}

// Intl.DisplayNames is slow to make and the build asks for the same few names thousands of times.
const labelsIn = new WeakMap<Readonly<Record<string, string>>, Map<string, string>>();

function languageLabelText(code: string, locale: string, names: Readonly<Record<string, string>>): string {
  let name = names[code];
  if (!name) {
    try {
      name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    } catch {
      name = undefined;
    }
  }
  if (!name) return languageLabel(code);
  name = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  const own = /\((.+)\)$/.exec(LANGUAGE_LABELS[code] ?? '')?.[1];
  return own && own.toLocaleLowerCase() !== name.toLocaleLowerCase() ? `${name} (${own})` : name;
}

/** Languages in the data, most common first; every other facet in taxonomy order. */
export function facetValueOrder(listings: readonly FacetSource[]): Record<FacetKey, string[]> {
  const languageCounts = new Map<string, number>();
  for (const l of listings)
    for (const code of l.languages) languageCounts.set(code, (languageCounts.get(code) ?? 0) + 1);
  const order = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    order[key] =
      key === 'language'
        ? [...languageCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code)
        : FACET_TERMS[key as Exclude<FacetKey, 'language'>].map((t) => t.id);
  }
  return order;
}

/** Support type and pathway lead: they are what this finder offers that others do not. */
const DISPLAY_ORDER: readonly FacetKey[] = [
  'support',
  'pathway',
  'category',
  'population',
  'attendance',
  'day',
  'cost',
  'language',
  'accessibility',
];

/** The groups the finder renders, with labels in the page's language and landing-page links. */
export function facetGroups(
  listings: readonly FacetSource[],
  href: (path: string) => string,
  words: FacetWords,
): FacetGroup[] {
  const order = facetValueOrder(listings);
  return DISPLAY_ORDER.map((key) => ({
    key,
    legend: words.legends[key],
    options: order[key].map((value) => ({
      value,
      label:
        key === 'language' ? words.language(value) : (words.terms[key].find((t) => t.id === value)?.label ?? value),
      href: staticHref(key, value, href),
    })),
  }));
}

/** Counts of every facet value over all listings, for the server-rendered page. */
export function initialCounts(listings: readonly FacetSource[]): Record<FacetKey, Record<string, number>> {
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, {} as Record<string, number>])) as Record<
    FacetKey,
    Record<string, number>
  >;
  for (const listing of listings) {
    for (const key of FACET_KEYS) {
      for (const value of facetValues(listing, key)) counts[key][value] = (counts[key][value] ?? 0) + 1;
    }
  }
  return counts;
}
