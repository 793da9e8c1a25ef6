/**
 * What is open or meeting now, by the visitor's clock: true for a minute at a time, so it is
 * worked out again at the turn of each minute once the hours and schedules are here. Worked out a
 * piece at a time, so a long list never holds the page still; until the first answer is in, the
 * "open now" count waits (and so do results filtered by it).
 */
import { useEffect, useState } from 'react';
import { createBitset, setBit, type Bitset } from '#lib/finder/bitset.ts';
import { onNowChecker, type Times } from '#lib/time/open-now.ts';
import { everyMinute } from '#client/every-minute.ts';
import { inSteps } from '#client/next-task.ts';
import { readPageZoneOffsets } from '#client/zone-offsets.ts';

/** How many listings are asked in one task: a few milliseconds of a slow phone's time. */
const STEP = 2000;

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
  const [onNow, setOnNow] = useState<Bitset>();
  useEffect(() => {
    if (!times) return;
    return everyMinute(() => setMinute(Math.floor(Date.now() / 60_000)));
  }, [times]);
  useEffect(() => {
    if (!times || times.length !== size) return;
    let stopped = false;
    const bits = createBitset(times.length);
    const isOn = onNowChecker(minute * 60_000 + 30_000);
    void inSteps(
      times.length,
      STEP,
      (from, to) => {
        for (let i = from; i < to; i++) if (isOn(times[i])) setBit(bits, i);
      },
      () => stopped,
    ).then((done) => done && setOnNow(bits));
    return () => {
      stopped = true;
    };
  }, [times, size, minute]);
  return { onNow: times && times.length === size ? onNow : undefined, minute };
}
