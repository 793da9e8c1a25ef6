/** How many listings match, and what narrows them, announced as it changes. */
import type { FinderState } from '#lib/finder/query.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { milesLabel, type DistanceWords } from '#lib/map/geo.ts';
import type { NearPlace } from '#lib/map/places.ts';
import { formatNumber } from '#i18n/numbers.ts';

interface Props {
  count: number;
  state: FinderState;
  /** The place distances are measured from, when it is known. */
  place: NearPlace | undefined;
  /** The data could not load: everything is shown. */
  failed: boolean;
  /** The words are being searched: the count would be the last search's, so none is shown. */
  searching: boolean;
  words: Dictionary['finder']['count'];
  distance: DistanceWords;
}

/** "12 listings" split around the number, which is shown in bold. */
function aroundNumber(text: string, n: string): [string, string] {
  const at = text.indexOf(n);
  return at < 0 ? ['', ` ${text}`] : [text.slice(0, at), text.slice(at + n.length)];
}

export function ResultCount({ count, state, place, failed, searching, words, distance }: Props) {
  if (searching) {
    return (
      <p aria-live="polite" aria-atomic="true" className="finder-count" data-searching>
        {fill(words.searching, { q: state.q })}
      </p>
    );
  }
  // A marker stands for the number, so the words around it come out of the plural form whole.
  const marker = '\u0000';
  const [before, after] = aroundNumber(plural(distance.locale, words.listings, count, { n: marker }), marker);
  return (
    <p aria-live="polite" aria-atomic="true" className="finder-count">
      {before}
      <strong data-result-count>{formatNumber(count, distance.locale)}</strong>
      {after}
      {state.q && fill(words.matching, { q: state.q })}
      {place && state.radius && fill(words.within, { distance: milesLabel(state.radius, distance) })}
      {state.open && plural(distance.locale, words.openNow, count)}
      {failed && words.failed}
    </p>
  );
}
