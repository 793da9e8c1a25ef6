import { afterEach, describe, expect, it } from 'vitest';
import { offsetAt, setZoneOffsets, wallClockAt, instantAt, deviceKeepsClockOf } from '#lib/time/schedule.ts';
import {
  offsetFromTable,
  offsetsAttribute,
  parseTableAttribute,
  tableAttribute,
  zoneOffsets,
  type ZoneOffsetTable,
} from '#lib/time/zone-offsets.ts';

const DAY = 86_400_000;
const FROM = Date.UTC(2026, 10, 29);
const TO = FROM + 407 * DAY;
// Zones with the shapes a table must hold: summer time north and south, half-hour and
// 45-minute offsets, a half-hour summer shift, none at all.
const ZONES = [
  'America/Detroit',
  'America/Chicago',
  'America/Phoenix',
  'America/St_Johns',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'Asia/Kolkata',
];

/** Intl's answer, before any table is handed over. */
const intlOffsets = new Map(ZONES.map((zone) => [zone, zoneOffsets(zone, FROM, TO, offsetAt)]));

afterEach(() => setZoneOffsets({}));

describe('time zone offsets written by the build', () => {
  it('give Intl’s offset at every instant of the window, to the second, on both sides of each change', () => {
    for (const [zone, offsets] of intlOffsets) {
      for (const [at] of offsets.steps.slice(1)) {
        for (const instant of [at - 1000, at, at + 1000]) {
          expect(offsetFromTable(offsets, instant)! * 60_000, `${zone} at ${new Date(instant).toISOString()}`).toBe(
            offsetAt(instant, zone),
          );
        }
      }
      // And at arbitrary instants all through the window.
      for (let instant = FROM; instant < TO; instant += 7 * DAY + 3_599_000) {
        expect(offsetFromTable(offsets, instant)! * 60_000, zone).toBe(offsetAt(instant, zone));
      }
    }
  });

  it('list each change once: two a year where clocks change, none where they do not', () => {
    expect(intlOffsets.get('America/Detroit')!.steps).toHaveLength(3);
    expect(intlOffsets.get('Asia/Kolkata')!.steps).toEqual([[FROM, 330]]);
    expect(intlOffsets.get('Australia/Lord_Howe')!.steps.map(([, offset]) => offset)).toEqual([660, 630, 660]);
  });

  it('answer nothing outside their window, so Intl answers there', () => {
    const offsets = intlOffsets.get('America/Detroit')!;
    expect(offsetFromTable(offsets, FROM - 1)).toBeUndefined();
    expect(offsetFromTable(offsets, TO)).toBeUndefined();
    expect(offsetFromTable(undefined, FROM)).toBeUndefined();
  });

  it('read back as written, and a zone written wrongly is left to Intl', () => {
    const table: ZoneOffsetTable = Object.fromEntries(intlOffsets);
    expect(parseTableAttribute(tableAttribute(table))).toEqual(table);
    expect(offsetsAttribute(intlOffsets.get('Asia/Kolkata')!)).toBe(`${FROM} ${TO} ${FROM}:330`);
    const text = `America/Detroit 1 2 x:5;Asia/Kolkata ${offsetsAttribute(intlOffsets.get('Asia/Kolkata')!)};;Europe/London 1 2`;
    expect(Object.keys(parseTableAttribute(text))).toEqual(['Asia/Kolkata']);
    expect(parseTableAttribute('')).toEqual({});
  });

  it('once handed to the schedule functions, give the same clocks and instants as Intl, without it', () => {
    const samples: number[] = [];
    for (let instant = FROM + DAY; instant < TO - DAY; instant += 3 * DAY + 1_234_567) samples.push(instant);
    const byIntl = ZONES.map((zone) => samples.map((instant) => wallClockAt(instant, zone)));
    const dates = samples.map((instant) => wallClockAt(instant, 'America/Detroit'));
    const instantsByIntl = dates.map((date) => instantAt(date, 150, 'America/Detroit'));
    setZoneOffsets(Object.fromEntries(intlOffsets));
    const formats: unknown[] = [];
    const Original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct: (target, args: ConstructorParameters<typeof Original>) => {
        formats.push(args);
        return new target(...args);
      },
    });
    try {
      expect(ZONES.map((zone) => samples.map((instant) => wallClockAt(instant, zone)))).toEqual(byIntl);
      // 02:30 on the day clocks spring forward does not exist: read as 03:30, as before.
      expect(dates.map((date) => instantAt(date, 150, 'America/Detroit'))).toEqual(instantsByIntl);
      expect(wallClockAt(Date.UTC(2027, 0, 1, 12), 'UTC').minutes).toBe(720);
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(formats).toEqual([]);
  });

  it('tell when the device’s clock keeps a zone’s time for the weeks ahead', () => {
    // The device's own zone, whatever the tests run in, written as the build would write a zone.
    const device = (instant: number) => -new Date(instant).getTimezoneOffset() * 60_000;
    const own = zoneOffsets('Device/Own', FROM, TO, device);
    const shifted = { ...own, steps: own.steps.map(([at, offset]) => [at, offset + 60] as const) };
    setZoneOffsets({ 'Device/Own': own, 'Device/Shifted': shifted });
    expect(deviceKeepsClockOf('Device/Own', FROM + DAY)).toBe(true);
    expect(deviceKeepsClockOf('Device/Shifted', FROM + DAY)).toBe(false);
    // Not written, or past the window: not known, so not claimed.
    expect(deviceKeepsClockOf('Asia/Kolkata', FROM + DAY)).toBe(false);
    expect(deviceKeepsClockOf('Device/Own', TO - DAY)).toBe(false);
  });
});
