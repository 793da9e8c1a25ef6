/**
 * The finder's data files, fetched from this site as they are needed: the facet index once the
 * results must be worked out (an address with filters, a first touch of the controls, the map),
 * the hours and schedules once the first results are on screen, the point data only once a map
 * is on screen or distances are asked for. An unfiltered first visit needs none of them: the
 * page's own cards and counts are those results, so a phone loads no data at all.
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeFacetIndex, type FacetIndex, type FacetIndexJson } from '#lib/finder/facets.ts';
import { decodePoints, type Points, type PointsJson } from '#lib/map/points.ts';
import { timesReader, type Times, type TimesJson } from '#lib/time/open-now.ts';
import { inSteps } from '#client/next-task.ts';

/**
 * How many listings' times are read in one task: at 100,000 listings, reading them all at once
 * held a phone's main thread for a long moment, with the map waiting on it.
 */
const TIMES_STEP = 2000;

/** The times of every listing, read a piece at a time (timesReader). */
async function readTimes(json: TimesJson): Promise<(Times | undefined)[]> {
  const read = timesReader(json);
  const times = new Array<Times | undefined>(json.listings.length);
  await inSteps(json.listings.length, TIMES_STEP, (from, to) => {
    for (let i = from; i < to; i++) times[i] = read(i);
  });
  return times;
}

export interface FinderDataUrls {
  indexUrl: string;
  pointsUrl: string;
  timesUrl: string;
}

export interface FinderData {
  index: FacetIndex | undefined;
  points: Points | undefined;
  /** By position in the index; empty when they could not load. */
  times: (Times | undefined)[] | undefined;
  /** The facet index or the point data could not load: the finder shows everything. */
  failed: boolean;
}

export function useFinderData(
  { indexUrl, pointsUrl, timesUrl }: FinderDataUrls,
  wantsIndex: boolean,
  wantsPoints: boolean,
): FinderData {
  const [index, setIndex] = useState<FacetIndex>();
  const [pointsJson, setPointsJson] = useState<PointsJson>();
  const [times, setTimes] = useState<(Times | undefined)[]>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!wantsIndex || index) return;
    fetch(indexUrl)
      .then((r) => r.json() as Promise<FacetIndexJson>)
      .then((json) => setIndex(decodeFacetIndex(json)))
      .catch(() => setFailed(true));
  }, [wantsIndex, index, indexUrl]);

  // Hours and schedules come after the first results are on screen; they only add to them.
  useEffect(() => {
    if (!index || times) return;
    fetch(timesUrl)
      .then((r) => r.json() as Promise<TimesJson>)
      .then(readTimes)
      .then(setTimes)
      .catch(() => setTimes([]));
  }, [index, times, timesUrl]);

  // Fetched beside the facet index, not after it: a map waited for both files one after the
  // other. The points are read once the index has said how many listings there are.
  useEffect(() => {
    if (pointsJson || !wantsPoints) return;
    fetch(pointsUrl)
      .then((r) => r.json() as Promise<PointsJson>)
      .then(setPointsJson)
      .catch(() => setFailed(true));
  }, [pointsJson, wantsPoints, pointsUrl]);
  const points = useMemo(
    () => (index && pointsJson ? decodePoints(pointsJson, index.size) : undefined),
    [index, pointsJson],
  );

  return { index, points, times, failed };
}
