/**
 * The finder's facets, in the order of the URL contract (`category`, `support`, `pathway`,
 * `population`, `attendance`, `cost`, `language`, `accessibility`, `day`), and the compact index
 * the build writes for the browser: listing slugs in name order plus one bitset per facet value.
 */
import { ALL_PATHWAYS, PATHWAY_IDS, WEEKDAY_IDS } from '#taxonomy';
import { createBitset, decodeBitset, encodeBitset, setBit, type Bitset } from './bitset.ts';

export const FACET_KEYS = [
  'category',
  'support',
  'pathway',
  'population',
  'attendance',
  'cost',
  'language',
  'accessibility',
  'day',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The fields of a listing the facets read. */
export interface FacetSource {
  category: string;
  support: readonly string[];
  pathways?: readonly string[] | undefined;
  populations?: readonly string[] | undefined;
  attendance: string;
  cost?: string | undefined;
  languages: readonly string[];
  accessibility?: readonly string[] | undefined;
  /** Meetings' and events' weekly entries; only `day` is read (`day=` is the meetings page's name too). */
  schedule?: readonly { day: string }[] | undefined;
}

/** A listing's pathway ids for filtering: `[all-pathways]` counts as every pathway. */
export function pathwayValues(pathways: readonly string[] | undefined): readonly string[] {
  return pathways?.includes(ALL_PATHWAYS) ? PATHWAY_IDS : (pathways ?? []);
}

/** The values a listing has for a facet. `[all-pathways]` counts as every pathway. */
export function facetValues(listing: FacetSource, key: FacetKey): readonly string[] {
  switch (key) {
    case 'category':
      return [listing.category];
    case 'support':
      return listing.support;
    case 'pathway':
      return pathwayValues(listing.pathways);
    case 'population':
      return listing.populations ?? [];
    case 'attendance':
      return [listing.attendance];
    case 'cost':
      return listing.cost ? [listing.cost] : [];
    case 'language':
      return listing.languages;
    case 'accessibility':
      return listing.accessibility ?? [];
    case 'day':
      return scheduleDays(listing.schedule);
  }
}

/**
 * The days of the week a listing meets or happens on, Monday first: a day counts when any
 * schedule entry falls on it, whichever weeks of the month it runs. Places with opening hours
 * have no schedule and are not in the day facet.
 */
export function scheduleDays(schedule: readonly { day: string }[] | undefined): readonly string[] {
  if (!schedule || schedule.length === 0) return [];
  return WEEKDAY_IDS.filter((day) => schedule.some((entry) => entry.day === day));
}

/** The index as written to /find/facets.json. */
export interface FacetIndexJson {
  version: 1;
  /** Listing slugs, sorted by name: position i is bit i in every bitset. */
  slugs: string[];
  /** Days since 1970-01-01 of each listing's last_verified, for "recently verified" sorting. */
  verified: number[];
  /** Per facet: its values in display order, and a base64 bitset per value. */
  facets: Record<FacetKey, { values: string[]; bits: string[] }>;
}

/** Builds the index from listings already sorted by name; `valueOrder` fixes each facet's value order. */
export function buildFacetIndex(
  listings: readonly { slug: string; data: FacetSource & { last_verified: string } }[],
  valueOrder: Record<FacetKey, readonly string[]>,
): FacetIndexJson {
  const size = listings.length;
  const facets = {} as FacetIndexJson['facets'];
  for (const key of FACET_KEYS) {
    const values = valueOrder[key];
    const sets = new Map<string, Bitset>(values.map((v) => [v, createBitset(size)]));
    listings.forEach((listing, i) => {
      for (const value of facetValues(listing.data, key)) {
        const bits = sets.get(value);
        if (bits) setBit(bits, i);
      }
    });
    facets[key] = { values: [...values], bits: values.map((v) => encodeBitset(sets.get(v)!)) };
  }
  return {
    version: 1,
    slugs: listings.map((l) => l.slug),
    verified: listings.map((l) => Math.round(Date.parse(`${l.data.last_verified}T00:00:00Z`) / 86_400_000)),
    facets,
  };
}

/** The index decoded for filtering in the browser. */
export interface FacetIndex {
  size: number;
  slugs: string[];
  verified: number[];
  facets: Record<FacetKey, Map<string, Bitset>>;
}

export function decodeFacetIndex(json: FacetIndexJson): FacetIndex {
  const size = json.slugs.length;
  const facets = {} as FacetIndex['facets'];
  for (const key of FACET_KEYS) {
    const { values, bits } = json.facets[key];
    facets[key] = new Map(values.map((value, i) => [value, decodeBitset(bits[i]!, size)]));
  }
  return { size, slugs: json.slugs, verified: json.verified, facets };
}
