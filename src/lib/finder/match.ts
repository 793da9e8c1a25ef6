/** Which listings belong on a landing page; the finder (issue 3) uses the same rules. */
import { ALL_PATHWAYS } from '#taxonomy';

interface Matchable {
  category: string;
  support: readonly string[];
  pathways?: readonly string[] | undefined;
}

/** `pathway=X` matches listings tied to X, and listings that welcome all pathways. */
export function matchesPathway(listing: Matchable, pathway: string): boolean {
  const pathways = listing.pathways ?? [];
  return pathways.includes(pathway) || pathways.includes(ALL_PATHWAYS);
}

export function matchesSupport(listing: Matchable, support: string): boolean {
  return listing.support.includes(support);
}

export function matchesCategory(listing: Matchable, category: string): boolean {
  return listing.category === category;
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which made sorting a large community's listings slow.
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts by name the way people expect ("Café" next to "Cafe", numbers in order). */
export function compareByName(a: { name: string }, b: { name: string }): number {
  return nameCollator.compare(a.name, b.name);
}
