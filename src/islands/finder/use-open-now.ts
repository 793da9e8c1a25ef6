/**
 * What is open or meeting now, by the visitor's clock: true for a minute at a time, so it is
 * worked out again at the turn of each minute once the hours and schedules are here.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Bitset } from '#lib/finder/bitset.ts';
import { onNowBits, type Times } from '#lib/time/open-now.ts';
import { everyMinute } from '#client/every-minute.ts';
import { readPageZoneOffsets } from '#client/zone-offsets.ts';

export interface OpenNow {
  /** The listings open or meeting now, by position; undefined until the hours are here. */
  onNow: Bitset | undefined;
  /** The minute (since the epoch) `onNow` and the cards' state lines are worked out for. */
  minute: number;
}

/** `size` is the number of listings in the facet index, which `times` must match. */
export function useOpenNow(times: readonly (Times | undefined)[] | undefined, size: number | undefined): OpenNow {
  // Before the first clock is read (below, and in the cards' state lines).
  readPageZoneOffsets();
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    if (!times) return;
    return everyMinute(() => setMinute(Math.floor(Date.now() / 60_000)));
  }, [times]);
  const onNow = useMemo(
    () => (times && times.length === size ? onNowBits(times, minute * 60_000 + 30_000) : undefined),
    [times, size, minute],
  );
  return { onNow, minute };
}
