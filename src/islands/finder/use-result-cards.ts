/**
 * The finder's hold on the server-rendered cards (result-cards.ts): they follow the results, the
 * card pointed at is reported for the map to highlight, and the place chosen on the map marks its
 * card.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FacetIndex, FacetKey } from '#lib/finder/facets.ts';
import type { FinderResult } from '#lib/finder/query.ts';
import { matchedLabels, matchesLine, type FacetLabels } from '#lib/finder/reasons.ts';
import type { Times } from '#lib/time/open-now.ts';
import type { DistanceWords } from '#lib/map/geo.ts';
import { CardFiles } from './card-files.ts';
import { ResultCards } from './result-cards.ts';

export interface ResultCardsOptions {
  result: FinderResult | undefined;
  index: FacetIndex | undefined;
  /** How many matching cards to skip (a later page), and how many to show after them. */
  first: number;
  limit: number;
  /** The folder of the card files in the page's language. */
  cardsUrl: string;
  distances: Float64Array | undefined;
  times: readonly (Times | undefined)[] | undefined;
  minute: number;
  /** The map is beside the list, so a card chosen on it is scrolled into view. */
  wide: boolean;
  /** The filters' labels, for each card's "Matches: …" line. */
  labels: FacetLabels;
  selected: Record<FacetKey, string[]>;
  /** The cards' added words: "Matches: {labels}", and distances. */
  words: { matches: string; distance: DistanceWords };
}

export interface ResultCardsHandle {
  cards: ResultCards;
  /** The cards on show are this result's (their files have arrived). */
  shown: boolean;
  /** The listing whose card is pointed at or focused. */
  activeSlug: string | undefined;
  /** Marks the card of the listing chosen on the map. */
  select: (slug: string | undefined) => void;
}

export function useResultCards({
  result,
  index,
  first,
  limit,
  cardsUrl,
  distances,
  times,
  minute,
  wide,
  labels,
  selected,
  words,
}: ResultCardsOptions): ResultCardsHandle {
  const [cards] = useState(() => new ResultCards('finder-results', words.distance, new CardFiles(cardsUrl)));
  const [activeSlug, setActiveSlug] = useState<string>();
  const [selectedSlug, setSelectedSlug] = useState<string>();
  const [shownFor, setShownFor] = useState<FinderResult>();

  const matchesTemplate = words.matches;
  const why = useMemo(
    () =>
      index
        ? (position: number) => matchesLine(matchedLabels(index, selected, labels, position), matchesTemplate)
        : undefined,
    [index, selected, labels, matchesTemplate],
  );

  // Show `limit` matching cards from `first` in result order; hide the rest.
  useEffect(() => {
    if (!result || !index) return;
    const order = result.order.slice(first, first + limit);
    cards.update({ order, slugs: index.slugs, distances, times, minute, why }, () => setShownFor(result));
  }, [cards, result, index, first, limit, distances, times, minute, why]);

  // Pointing at a card highlights its place on the map.
  useEffect(() => cards.onPoint(setActiveSlug), [cards]);

  // Choosing a place on the map marks its card, and brings it into view beside the map.
  useEffect(() => (selectedSlug ? cards.select(selectedSlug, wide) : undefined), [cards, selectedSlug, wide]);

  return { cards, shown: !!result && shownFor === result, activeSlug, select: setSelectedSlug };
}
