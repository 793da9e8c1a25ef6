/**
 * The finder's cards as files: /find/cards/<n>.json (and /es/find/cards/<n>.json) holds the
 * rendered cards of the listings at positions n × CARDS_PER_SHARD onwards in the facet index
 * (name order). The finder's page carries one page of cards; the island fetches the files its
 * results need. Results in name order are mostly near each other, so a facet click needs a
 * few small files, not the whole list.
 */

/** Cards in one file: small enough that a scattered result costs little, large enough to gzip well. */
export const CARDS_PER_SHARD = 32;

/** One card file: each card's HTML, as the pages render it, by position within the file. */
export interface CardShard {
  cards: string[];
}

/** The file holding the card at `position`. */
export function cardShardOf(position: number): number {
  return Math.floor(position / CARDS_PER_SHARD);
}

/** Card files for `total` listings. */
export function cardShardCount(total: number): number {
  return Math.ceil(total / CARDS_PER_SHARD);
}

/** The positions in file `shard`, as [first, after last). */
export function cardShardRange(shard: number, total: number): [number, number] {
  const start = shard * CARDS_PER_SHARD;
  return [start, Math.min(total, start + CARDS_PER_SHARD)];
}

/** The files holding the given positions, each once, in the order first needed. */
export function shardsFor(positions: Iterable<number>): number[] {
  return [...new Set([...positions].map(cardShardOf))];
}
