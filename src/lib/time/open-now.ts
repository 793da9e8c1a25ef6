/**
 * "Open now" for many listings at once: the finder's `open=now` filter and the state line on cards
 * and detail pages. The build writes each listing's weekly hours or schedule compactly
 * (/find/times.json, in the facet index's order); the browser decides what is on at the moment
 * the visitor looks, and again each minute.
 */
import { createBitset, setBit, type Bitset } from '#lib/finder/bitset.ts';
import { listingTimes, type TimesSource } from '#lib/meetings/rows.ts';
import {
  decodeSlots,
  occurrencesBetween,
  openState,
  parseDate,
  sessionState,
  type LocalDate,
  type WeeklySlot,
} from './schedule.ts';
import { describeOpen, describeSession } from './schedule-text.ts';
import type { TimeWords } from '#i18n/dictionary.ts';

/** /find/times.json. */
export interface TimesJson {
  version: 1;
  /** Each zone once; listings refer to it by position. */
  zones: string[];
  /** Per listing, in the facet index's order: "" (no times) or "zone|h or s|slots|dates". */
  listings: string[];
}

/** One listing's clock, ready to ask. */
export interface Times {
  kind: 'hours' | 'schedule';
  zone: string;
  slots: WeeklySlot[];
  dates?: LocalDate[];
}

/** Packs the listings' times, in the order given (the facet index's). */
export function encodeTimes(listings: readonly TimesSource[], siteZone: string): TimesJson {
  const zones: string[] = [];
  const encoded = listings.map((listing) => {
    const times = listingTimes(listing, siteZone);
    if (!times) return '';
    let zone = zones.indexOf(times.timezone);
    if (zone < 0) zone = zones.push(times.timezone) - 1;
    return `${zone}|${times.kind === 'hours' ? 'h' : 's'}|${times.slots}|${times.dates ?? ''}`;
  });
  return { version: 1, zones, listings: encoded };
}

/**
 * Reads /find/times.json's entries one at a time (a listing without times, or unreadable ones,
 * is undefined), so a long list can be read in steps. Listings with the same hours (office hours,
 * a common meeting time) share one Times, so each is read once and `onNowChecker` works each out
 * once.
 */
export function timesReader(json: TimesJson): (position: number) => Times | undefined {
  const read = new Map<string, Times | undefined>();
  return (position) => {
    const entry = json.listings[position] ?? '';
    if (read.has(entry)) return read.get(entry);
    const [zone, kind, slots, dates] = entry.split('|');
    const timeZone = json.zones[Number(zone)];
    const times = entry && timeZone && slots ? timesFrom(kind === 'h', timeZone, slots, dates) : undefined;
    read.set(entry, times);
    return times;
  };
}

/** Unpacks /find/times.json at once (timesReader). */
export function decodeTimes(json: TimesJson): (Times | undefined)[] {
  const read = timesReader(json);
  return json.listings.map((_, position) => read(position));
}

/** One listing's clock from its packed parts (a times.json entry, a page's data attributes). */
export function timesFrom(hours: boolean, zone: string, slots: string, dates: string | undefined): Times {
  return {
    kind: hours ? 'hours' : 'schedule',
    zone,
    slots: decodeSlots(slots),
    ...(dates && { dates: dates.split(',').map(parseDate) }),
  };
}

/** True when the place is open, or the meeting or event is going on, at `now`. */
export function isOnAt(times: Times, now: number): boolean {
  const options = times.dates ? { dates: times.dates } : {};
  return occurrencesBetween(times.slots, times.zone, now, now + 1, options).length > 0;
}

/** Whether a listing is open or meeting at `now`; shared Times (timesReader) are asked once. */
export function onNowChecker(now: number): (times: Times | undefined) => boolean {
  const on = new Map<Times, boolean>();
  return (times) => {
    if (!times) return false;
    let answer = on.get(times);
    if (answer === undefined) {
      answer = isOnAt(times, now);
      on.set(times, answer);
    }
    return answer;
  };
}

/** The listings that are open or meeting at `now`, as a bitset over the index, at once (onNowChecker). */
export function onNowBits(times: readonly (Times | undefined)[], now: number): Bitset {
  const bits = createBitset(times.length);
  const isOn = onNowChecker(now);
  times.forEach((t, i) => isOn(t) && setBit(bits, i));
  return bits;
}

/** A listing's state now, as a line and a state name for styling (open, closes-soon, in-progress, …). */
export function liveLine(
  times: Times,
  now: number,
  visitorZone: string,
  words: TimeWords,
): { text: string; state: string } {
  if (times.kind === 'hours') {
    const open = openState(times.slots, times.zone, now);
    return {
      text: describeOpen(open, times.zone, visitorZone, now, words),
      state: open.kind === 'open' ? (open.closesSoon ? 'closes-soon' : 'open') : 'closed',
    };
  }
  const session = sessionState(times.slots, times.zone, now, times.dates ? { dates: times.dates } : {});
  return {
    text: describeSession(session, times.zone, visitorZone, now, words) ?? words.noUpcoming,
    state: session.kind,
  };
}
