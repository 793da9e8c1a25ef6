/**
 * Time zone offsets written down by the build, so a page can turn an instant into a wall clock
 * without asking Intl.
 *
 * The first Intl date format a page makes with a time zone loads the browser's zone and calendar
 * data: a long task on a slow phone, paid by every page that shows "open now" or orders today's
 * meetings, before anything can be shown or tapped. The build has the same data at hand, so it
 * lists, for each zone the site uses, every offset in force over a window of time around the
 * build, and pages look the offset up. An instant outside the window (a page kept for longer
 * than the window, a clock set wrong) still goes to Intl, so an answer is never wrong, only slower.
 */

/** One zone's offsets: from `from` (ms since the epoch) to `to`, each from its `at` to the next. */
export interface ZoneOffsets {
  from: number;
  to: number;
  /** [at, offset in minutes east of UTC], first `at` = `from`, ascending. */
  steps: readonly (readonly [number, number])[];
}

/** Offsets by IANA zone name. */
export type ZoneOffsetTable = Readonly<Record<string, ZoneOffsets>>;

const DAY_MS = 86_400_000;
const SECOND_MS = 1000;

/**
 * The offsets of `zone` between `from` and `to`, found with `offsetAt` (ms east of UTC at an
 * instant): read once a day, and where two days differ, narrowed to the second the clocks changed.
 * Assumes a zone changes its offset at most once a day, as every zone does.
 */
export function zoneOffsets(
  zone: string,
  from: number,
  to: number,
  offsetAt: (instant: number, zone: string) => number,
): ZoneOffsets {
  const minutes = (instant: number) => Math.round(offsetAt(instant, zone) / 60_000);
  const steps: [number, number][] = [[from, minutes(from)]];
  let last = steps[0]![1];
  for (let day = from; day < to; day += DAY_MS) {
    const next = Math.min(day + DAY_MS, to);
    const offset = minutes(next);
    if (offset === last) continue;
    // The change lies in (day, next]: the first second with the new offset.
    let before = Math.floor(day / SECOND_MS);
    let after = Math.ceil(next / SECOND_MS);
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2);
      if (minutes(middle * SECOND_MS) === last) before = middle;
      else after = middle;
    }
    steps.push([after * SECOND_MS, offset]);
    last = offset;
  }
  return { from, to, steps };
}

/** The offset (minutes east of UTC) the table gives at `instant`, or undefined outside its window. */
export function offsetFromTable(offsets: ZoneOffsets | undefined, instant: number): number | undefined {
  if (!offsets || instant < offsets.from || instant >= offsets.to) return undefined;
  const { steps } = offsets;
  let found = steps[0]![1];
  for (const [at, offset] of steps) {
    if (at > instant) break;
    found = offset;
  }
  return found;
}

/**
 * One zone's offsets as the pages write them, readable without JSON or Intl (the meetings pages'
 * first-paint script reads it too): `from to at:offset at:offset …`, in ms and minutes.
 */
export function offsetsAttribute(offsets: ZoneOffsets): string {
  return [offsets.from, offsets.to, ...offsets.steps.map(([at, offset]) => `${at}:${offset}`)].join(' ');
}

/** A whole table as the pages write it: `zone from to at:offset …;zone …`. */
export function tableAttribute(table: ZoneOffsetTable): string {
  return Object.entries(table)
    .map(([zone, offsets]) => `${zone} ${offsetsAttribute(offsets)}`)
    .join(';');
}

/** The table a page wrote (`tableAttribute`); a zone written wrongly is left out, so Intl answers for it. */
export function parseTableAttribute(text: string): ZoneOffsetTable {
  const table: Record<string, ZoneOffsets> = {};
  for (const entry of text.split(';')) {
    const [zone, from, to, ...rest] = entry.trim().split(' ');
    const steps = rest.map((step) => step.split(':').map(Number) as [number, number]);
    const numbers = [Number(from), Number(to), ...steps.flat()];
    if (!zone || steps.length === 0 || steps.some((step) => step.length !== 2) || !numbers.every(Number.isFinite))
      continue;
    table[zone] = { from: Number(from), to: Number(to), steps };
  }
  return table;
}
