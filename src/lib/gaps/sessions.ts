/**
 * When meetings meet, as bitsets in the facet index's order (/gaps/sessions.json): the parts of
 * the day their sessions start in (each listing's own local time, as the meetings page reads it)
 * and whether any session falls on a weekend. So "no evening secular meeting" is the finder's
 * matching plus one more AND, in the browser and in the build alike.
 */
import { TIMES_OF_DAY, timeOfDay } from '#taxonomy';
import { createBitset, decodeBitset, encodeBitset, setBit, type Bitset } from '#lib/finder/bitset.ts';
import { minutesOf } from '#lib/time/format.ts';

export interface SessionIndexJson {
  version: 1;
  /** One base64 bitset per part of the day, in TIMES_OF_DAY order: a session starts then, any day. */
  time: string[];
  /** The same, counting Saturday and Sunday sessions only: "an evening meeting on a weekend". */
  weekendTime: string[];
  /** Any session on Saturday or Sunday. */
  weekend: string;
}

export interface SessionIndex {
  time: Map<string, Bitset>;
  weekendTime: Map<string, Bitset>;
  weekend: Bitset;
}

/** The fields read: a listing's weekly (or monthly, or fortnightly) sessions. */
interface SessionSource {
  schedule?: readonly { day: string; start: string }[] | undefined;
}

const WEEKEND: readonly string[] = ['saturday', 'sunday'];

/** Builds the index from listings in the facet index's order (sorted by name). */
export function buildSessionIndex(listings: readonly SessionSource[]): SessionIndexJson {
  const perTime = () => new Map(TIMES_OF_DAY.map((t) => [t.id as string, createBitset(listings.length)]));
  const time = perTime();
  const weekendTime = perTime();
  const weekend = createBitset(listings.length);
  listings.forEach((listing, i) => {
    for (const session of listing.schedule ?? []) {
      const part = timeOfDay(minutesOf(session.start));
      setBit(time.get(part)!, i);
      if (WEEKEND.includes(session.day)) {
        setBit(weekendTime.get(part)!, i);
        setBit(weekend, i);
      }
    }
  });
  const encode = (bits: Map<string, Bitset>) => TIMES_OF_DAY.map((t) => encodeBitset(bits.get(t.id)!));
  return { version: 1, time: encode(time), weekendTime: encode(weekendTime), weekend: encodeBitset(weekend) };
}

export function decodeSessionIndex(json: SessionIndexJson, size: number): SessionIndex {
  return {
    time: new Map(TIMES_OF_DAY.map((t, i) => [t.id as string, decodeBitset(json.time[i] ?? '', size)])),
    weekendTime: new Map(TIMES_OF_DAY.map((t, i) => [t.id as string, decodeBitset(json.weekendTime[i] ?? '', size)])),
    weekend: decodeBitset(json.weekend, size),
  };
}
