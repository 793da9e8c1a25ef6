/**
 * VTIMEZONE blocks, so a weekly meeting stays at the same wall-clock time through daylight saving
 * changes. Looked up once per zone and kept; a zone without data gets none, and its events fall
 * back to UTC times (events.ts says so in each event).
 */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/** A zone's VTIMEZONE lines and the TZID to refer to it by (the library resolves aliases). */
export interface ZoneBlock {
  tzid: string;
  lines: string[];
}

/** Looks up a zone's VTIMEZONE; undefined when it is not known. Replaceable in tests. */
export type ZoneLookup = (zone: string) => ZoneBlock | undefined;

let libraryZones: Set<string> | undefined;
const zoneBlocks = new Map<string, ZoneBlock | undefined>();

/**
 * The VTIMEZONE from timezones-ical-library (IANA data compiled by vzic). Checked against its
 * list first: it prints an error for zones it lacks instead of throwing.
 */
export const libraryZoneLookup: ZoneLookup = (zone) => {
  if (zoneBlocks.has(zone)) return zoneBlocks.get(zone);
  libraryZones ??= new Set(tzlib_get_timezones() as string[]);
  let block: ZoneBlock | undefined;
  if (libraryZones.has(zone)) {
    const result = tzlib_get_ical_block(zone);
    if (Array.isArray(result) && result[0] && result[1]) {
      block = { tzid: result[1].replace(/^TZID=/, ''), lines: result[0].split(/\r?\n/).filter(Boolean) };
    }
  }
  zoneBlocks.set(zone, block);
  return block;
};
