/**
 * The place distances are measured from: a ZIP code or town typed in the place box, looked up in a
 * table fetched from this site, or the device's position. Nothing typed and no position leaves the
 * device, and the position never enters the address: the URL says `near=me` and the point (rounded
 * to about 100 m) is held in memory only, so history, bookmarks and shared links never carry it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Dictionary } from '#i18n/dictionary.ts';
import type { FinderState, SortKey } from '#lib/finder/query.ts';
import type { LatLng } from '#lib/map/geo.ts';
import {
  NEAR_ME,
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
  /** The place box's words: the messages below, and the names of unnamed places. */
  words: Dictionary['finder']['near'];
}

export interface Near {
  /** What the state's place says, before it is looked up. */
  query: NearQuery | undefined;
  /** The place looked up; undefined while looking, or when it is not one we know. */
  place: NearPlace | undefined;
  /** Still finding out where the place is: the table is loading, or the device is being asked. */
  waiting: boolean;
  /** The ZIP and town table, once fetched. */
  places: PlacesJson | undefined;
  /** The place is the device's position, found with "Use my location". */
  fromDevice: boolean;
  locating: boolean;
  /** Why there is no position for `near=me`, or why it could not be found. */
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

/** Choosing a place means "what is nearest": "best match" becomes "nearest", and back when the place goes. */
function sortFor(sort: SortKey, hasPlace: boolean): SortKey {
  if (hasPlace) return sort === 'best' ? 'nearest' : sort;
  return sort === 'nearest' ? 'best' : sort;
}

export function useNearPlace({ state, update, setDraft, placesUrl, words }: NearPlaceOptions): Near {
  const [places, setPlaces] = useState<PlacesJson>();
  // The device's position: in memory only, for `near=me`.
  const [device, setDevice] = useState<LatLng>();
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState('');
  // `near=me` came without a position, and this site may not ask for one by itself.
  const [unknownDevice, setUnknownDevice] = useState(false);
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
    if (query && (query.kind === 'zip' || query.kind === 'town')) loadPlaces();
  }, [query, loadPlaces]);

  const { yourLocation, chosenPoint, unsupported, unavailable } = words;
  const place = useMemo(
    () => query && resolveNear(query, places, device, { yourLocation, chosenPoint }),
    [query, places, device, yourLocation, chosenPoint],
  );

  /** Asks the device where it is; `then` runs with the rounded position. */
  const findPosition = useCallback(
    (then: (point: LatLng) => void) => {
      if (!('geolocation' in navigator)) {
        setLocateError(unsupported);
        return;
      }
      setLocating(true);
      setLocateError('');
      navigator.geolocation.getCurrentPosition(
        (position) => {
          setLocating(false);
          const point = roundedPoint(position.coords.latitude, position.coords.longitude);
          setDevice(point);
          then(point);
        },
        () => {
          setLocating(false);
          setLocateError(unavailable);
        },
        { maximumAge: 300_000, timeout: 15_000 },
      );
    },
    [unsupported, unavailable],
  );

  // `near=me` without a position (a reload, a link someone shared, Back after "Clear place"): if
  // this site may already know where the device is, ask it again; otherwise say why there are no
  // distances, rather than show an error or ask for permission unprompted.
  const needsPosition = query?.kind === 'device' && !device;
  useEffect(() => {
    if (!needsPosition) return;
    let cancelled = false;
    const explain = () => !cancelled && setUnknownDevice(true);
    if (!('geolocation' in navigator) || !navigator.permissions) {
      explain();
      return;
    }
    navigator.permissions
      .query({ name: 'geolocation' })
      .then((status) => {
        if (cancelled) return;
        if (status.state === 'granted') findPosition(() => {});
        else explain();
      })
      .catch(explain);
    return () => {
      cancelled = true;
    };
  }, [needsPosition, findPosition]);

  const prepare = () => {
    loadPlaces();
    setWantsDistances(true);
  };

  const setNear = (value: string) => {
    setDraft(value);
    setLocateError('');
    const near = value.trim();
    if (near !== state.near) update({ ...state, near, sort: sortFor(state.sort, near !== '') });
  };

  const locate = () =>
    findPosition(() => {
      setDraft('');
      update({ ...state, near: NEAR_ME, sort: sortFor(state.sort, true) });
    });

  return {
    query,
    place,
    waiting: (query?.kind === 'zip' || query?.kind === 'town') && !places ? true : needsPosition && locating,
    places,
    fromDevice: query?.kind === 'device',
    locating,
    locateError: locateError || (needsPosition && unknownDevice && !locating ? words.notKept : ''),
    wantsDistances,
    prepare,
    setNear,
    locate,
  };
}
