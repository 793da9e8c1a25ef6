import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { daysSince, isStale, todayIn, verifiedAgo } from '#lib/time/freshness.ts';
import { offsetAt, setZoneOffsets } from '#lib/time/schedule.ts';
import { zoneOffsets } from '#lib/time/zone-offsets.ts';

describe('freshness', () => {
  it('counts days in the community time zone', () => {
    // 03:00 UTC on the 25th is still the evening of the 24th in Detroit.
    expect(todayIn('America/Detroit', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
    expect(todayIn('UTC', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-25');
    expect(daysSince('2026-11-01', '2026-11-24')).toBe(23);
    // Across the DST change (2026-11-01) days stay whole.
    expect(daysSince('2026-10-31', '2026-11-02')).toBe(2);
  });

  describe('today in a zone, as Intl reads it', () => {
    const zones = ['America/Detroit', 'America/Los_Angeles', 'Pacific/Chatham', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2028, 0, 1);
    const byIntl = (zone: string, at: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
        at,
      );
    const instants = fc.integer({ min: from, max: to - 1 });
    afterEach(() => {
      setZoneOffsets({});
      vi.restoreAllMocks();
    });

    it('by Intl', () => {
      fc.assert(
        fc.property(fc.constantFrom(...zones), instants, (zone, at) => {
          expect(todayIn(zone, new Date(at))).toBe(byIntl(zone, at));
        }),
      );
    });

    it('from the offsets a page carries, without making an Intl formatter', () => {
      const table = Object.fromEntries(zones.map((zone) => [zone, zoneOffsets(zone, from, to, offsetAt)]));
      const cases = fc.sample(fc.tuple(fc.constantFrom(...zones), instants), 500);
      const answers = cases.map(([zone, at]) => byIntl(zone, at));
      setZoneOffsets(table);
      const made = vi.spyOn(Intl, 'DateTimeFormat');
      expect(cases.map(([zone, at]) => todayIn(zone, new Date(at)))).toEqual(answers);
      expect(made).not.toHaveBeenCalled();
    });
  });

  it('marks listings older than the limit as stale', () => {
    expect(isStale('2026-05-27', '2026-11-24', 180)).toBe(true);
    expect(isStale('2026-05-28', '2026-11-24', 180)).toBe(false);
  });

  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [12, '12 days ago'],
    [21, '3 weeks ago'],
    [95, '3 months ago'],
    [400, 'last year'],
    [800, '2 years ago'],
  ])('%i days reads "%s"', (days, phrase) => {
    expect(verifiedAgo(days, 'en-US')).toBe(phrase);
  });

  it.each([
    [0, 'hoy'],
    [1, 'ayer'],
    [21, 'hace 3 semanas'],
    [95, 'hace 3 meses'],
    [800, 'hace 2 años'],
  ])('in Spanish, %i days reads "%s"', (days, phrase) => {
    expect(verifiedAgo(days, 'es-US')).toBe(phrase);
  });
});
