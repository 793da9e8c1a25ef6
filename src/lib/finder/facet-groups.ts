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

const LEGENDS: Record<FacetKey, string> = {
  category: 'Kind of place',
  support: 'Kind of support',
  pathway: 'Pathway',
  population: 'Especially for',
  attendance: 'How to take part',
  cost: 'Cost',
  language: 'Language',
  accessibility: 'Accessibility',
  day: 'Day it meets or happens',
};

const TERMS: Partial<Record<FacetKey, readonly Term[]>> = {
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

/** Where an option leads without JavaScript: its landing page, or that day on the meetings page. */
function staticHref(key: FacetKey, value: string, base: string): string | undefined {
  if (key === 'day') return `${base}meetings/?day=${value}#${value}`;
  return LANDING[key] ? `${base}${LANDING[key]}/${value}/` : undefined;
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
        : TERMS[key]!.map((t) => t.id);
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

/** The groups the finder renders, with labels and landing-page links. */
export function facetGroups(listings: readonly FacetSource[], base: string): FacetGroup[] {
  const order = facetValueOrder(listings);
  return DISPLAY_ORDER.map((key) => ({
    key,
    legend: LEGENDS[key],
    options: order[key].map((value) => ({
      value,
      label: key === 'language' ? languageLabel(value) : (TERMS[key]!.find((t) => t.id === value)?.label ?? value),
      href: staticHref(key, value, base),
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
