/**
 * The /gaps/ page's state in its URL: the finder's own facet parameters (same names, same
 * matching), plus `within=` (miles), `time=` (parts of the day a meeting starts in) and
 * `weekend=1`. A planner's link to a combination opens the same view for anyone.
 */
import { TIMES_OF_DAY } from '#taxonomy';
import { and, fullBitset, or, type Bitset } from '#lib/finder/bitset.ts';
import { FACET_KEYS, type FacetIndex, type FacetKey } from '#lib/finder/facets.ts';
import { emptySelection, matchFacets } from '#lib/finder/query.ts';
import { RADIUS_MILES } from '#lib/map/places.ts';
import type { SessionIndex } from './sessions.ts';

/** The facets a planner chooses from; `day` is the meetings page's, so /gaps/ uses parts of the day instead. */
export const GAP_FACETS = FACET_KEYS.filter((key) => key !== 'day');

/** Distances to choose from, the finder's; 10 miles unless the URL says otherwise. */
export const WITHIN_MILES = RADIUS_MILES;
export const DEFAULT_WITHIN = 10;

const TIME_IDS: readonly string[] = TIMES_OF_DAY.map((t) => t.id);

export interface GapsState {
  selected: Record<FacetKey, string[]>;
  within: number;
  /** Parts of the day (`morning`, `afternoon`, `evening`, `night`): meetings starting then. */
  time: string[];
  /** Meetings on Saturday or Sunday. */
  weekend: boolean;
}

/** Reads `?category=…&pathway=…&within=5&time=evening&weekend=1`; unknown values are dropped when `known` is given. */
export function parseGapsState(search: string, known?: Record<FacetKey, ReadonlySet<string>>): GapsState {
  const params = new URLSearchParams(search);
  const selected = emptySelection();
  for (const key of GAP_FACETS) {
    for (const value of (params.get(key) ?? '').split(',').map((v) => v.trim())) {
      if (value && (!known || known[key].has(value)) && !selected[key].includes(value)) selected[key].push(value);
    }
  }
  const within = Number(params.get('within'));
  const time = (params.get('time') ?? '')
    .split(',')
    .filter((t, i, all) => TIME_IDS.includes(t) && all.indexOf(t) === i);
  return {
    selected,
    within: (WITHIN_MILES as readonly number[]).includes(within) ? within : DEFAULT_WITHIN,
    time,
    weekend: params.get('weekend') === '1',
  };
}

/** The query string for a state, facets in the finder's order; the default distance is left out. */
export function gapsQuery(state: GapsState): string {
  const parts: string[] = [];
  for (const key of GAP_FACETS) {
    if (state.selected[key].length > 0) parts.push(`${key}=${state.selected[key].map(encodeURIComponent).join(',')}`);
  }
  if (state.time.length > 0) parts.push(`time=${state.time.join(',')}`);
  if (state.weekend) parts.push('weekend=1');
  if (state.within !== DEFAULT_WITHIN) parts.push(`within=${state.within}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** True when the state asks about meeting times (which only schedules can answer). */
export const asksAboutTimes = (state: GapsState): boolean => state.time.length > 0 || state.weekend;

/** The listings matching the state: the finder's facet matching, then the meeting times. */
export function gapsMatches(index: FacetIndex, sessions: SessionIndex | undefined, state: GapsState): Bitset {
  let matched = matchFacets(index, state.selected, fullBitset(index.size));
  if (!sessions) return matched;
  if (state.time.length > 0) {
    // With weekend=1, the part of the day must be a weekend session's: a Monday evening meeting
    // and a Saturday morning one are not "an evening meeting on a weekend".
    const byTime = state.weekend ? sessions.weekendTime : sessions.time;
    let times: Bitset = new Uint32Array(matched.length);
    for (const id of state.time) {
      const bits = byTime.get(id);
      if (bits) times = or(times, bits);
    }
    matched = and(matched, times);
  } else if (state.weekend) matched = and(matched, sessions.weekend);
  return matched;
}
