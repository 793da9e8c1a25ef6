/** Listing counts per term of a facet, for the ways-in links. */
export function countBy<L>(
  listings: readonly L[],
  terms: readonly { id: string }[],
  matches: (listing: L, id: string) => boolean,
): Record<string, number> {
  return Object.fromEntries(terms.map((t) => [t.id, listings.filter((l) => matches(l, t.id)).length]));
}
