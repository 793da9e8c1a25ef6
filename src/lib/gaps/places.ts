/** The places of the region a gap is measured from: the finder's table of ZIP codes and towns. */
import type { PlacesJson } from '#lib/map/places.ts';
import type { GapPlace } from './coverage.ts';

/** Towns first (people name their town), then ZIP codes, each in the table's (name) order. */
export function gapPlacesOf(places: PlacesJson): GapPlace[] {
  return [
    ...places.towns.map(([name, lat, lng]): GapPlace => ({ name, lat, lng, kind: 'town' })),
    ...places.zips.map(([name, lat, lng]): GapPlace => ({ name, lat, lng, kind: 'zip' })),
  ];
}
