import { describe, expect, it } from 'vitest';
import { daysSince, isStale, todayIn, verifiedAgo } from '#lib/time/freshness.ts';

describe('freshness', () => {
  it('counts days in the community time zone', () => {
    // 03:00 UTC on the 25th is still the evening of the 24th in Detroit.
    expect(todayIn('America/Detroit', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
    expect(todayIn('UTC', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-25');
    expect(daysSince('2026-11-01', '2026-11-24')).toBe(23);
    // Across the DST change (2026-11-01) days stay whole.
    expect(daysSince('2026-10-31', '2026-11-02')).toBe(2);
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
