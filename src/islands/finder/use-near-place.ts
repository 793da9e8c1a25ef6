/**
 * The place distances are measured from: a ZIP code or town typed in the place box, looked up in a
 * table fetched from this site, or the device's position, rounded. Nothing typed and no position
 * leaves the device.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FinderState } from '#lib/finder/query.ts';
import {
  parseNear,
  resolveNear,
  roundedPoint,
  type NearPlace,
  type NearQuery,
  type PlacesJson,
} from '#lib/map/places.ts';

export interface NearPlaceOptions {
  state: FinderState;
  update: (next: FinderState) => void;
  /** Sets the place box's text, which shows what is typed until it is applied. */
  setDraft: (draft: string) => void;
  placesUrl: string;
}

export interface Near {
  /** What the state's place says, before it is looked up. */
  query: NearQuery | undefined;
  /** The place looked up; undefined while looking, or when it is not one we know. */
  place: NearPlace | undefined;
  /** The ZIP and town table, once fetched. */
  places: PlacesJson | undefined;
  /** The place is the device's position, found with "Use my location". */
  fromDevice: boolean;
  locating: boolean;
  locateError: string;
  /** Someone reached for the place controls: the point data should be here by the time they have typed. */
  wantsDistances: boolean;
  /** Fetches what the place controls need as someone reaches for them, so it is here (even offline) by the time they have typed. */
  prepare: () => void;
  /** Applies a typed place ('' clears it). */
  setNear: (value: string) => void;
  /** Asks the device for its position. */
  locate: () => void;
}

export function useNearPlace({ state, update, setDraft, placesUrl }: NearPlaceOptions): Near {
  const [places, setPlaces] = useState<PlacesJson>();
  const [fromDevice, setFromDevice] = useState<string>();
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState('');
  const [wantsDistances, setWantsDistances] = useState(false);

  const query = useMemo(() => parseNear(state.near), [state.near]);

  const loadPlaces = useCallback(() => {
    if (places) return;
    fetch(placesUrl)
      .then((r) => r.json() as Promise<PlacesJson>)
      .then(setPlaces)
      .catch(() => setPlaces({ version: 1, zips: [], towns: [] }));
  }, [places, placesUrl]);
  useEffect(() => {
    if (query && query.kind !== 'point') loadPlaces();
  }, [query, loadPlaces]);

  const place = useMemo(() => {
    const found = query && resolveNear(query, places);
    if (found && query?.kind === 'point' && fromDevice === state.near) return { ...found, label: 'your location' };
    return found;
  }, [query, places, fromDevice, state.near]);

  const prepare = () => {
    loadPlaces();
    setWantsDistances(true);
  };

  const setNear = (value: string) => {
    setDraft(value);
    setLocateError('');
    if (value.trim() !== state.near) update({ ...state, near: value.trim() });
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocateError('This browser cannot share a location. Type a ZIP code or town instead.');
      return;
    }
    setLocating(true);
    setLocateError('');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        // Rounded to about 100 m: close enough for distances, and what the address keeps.
        const value = roundedPoint(position.coords.latitude, position.coords.longitude);
        setFromDevice(value);
        setDraft('');
        update({ ...state, near: value });
      },
      () => {
        setLocating(false);
        setLocateError('Your location is not available. Type a ZIP code or town instead.');
      },
      { maximumAge: 300_000, timeout: 15_000 },
    );
  };

  return {
    query,
    place,
    places,
    fromDevice: !!state.near && fromDevice === state.near,
    locating,
    locateError,
    wantsDistances,
    prepare,
    setNear,
    locate,
  };
}
