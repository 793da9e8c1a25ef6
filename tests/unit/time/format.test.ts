import { describe, expect, it } from 'vitest';
import { crossesMidnight, formatClock, formatDays, formatTimeRange, zoneName } from '#lib/time/format.ts';

describe('clock times as people read them', () => {
  it.each([
    ['00:00', 'midnight'],
    ['00:30', '12:30 AM'],
    ['07:05', '7:05 AM'],
    ['12:00', 'noon'],
    ['12:30', '12:30 PM'],
    ['19:00', '7:00 PM'],
    ['23:59', '11:59 PM'],
  ])('%s reads as %s', (time, expected) => {
    expect(formatClock(time)).toBe(expected);
  });

  it('marks a session that runs past midnight', () => {
    expect(crossesMidnight('23:00', '00:30')).toBe(true);
    expect(crossesMidnight('19:00', '20:00')).toBe(false);
    expect(crossesMidnight('19:00', undefined)).toBe(false);
    expect(formatTimeRange('23:00', '00:30')).toBe('11:00 PM – 12:30 AM (next day)');
    expect(formatTimeRange('19:00')).toBe('7:00 PM');
  });

  it('compresses runs of days', () => {
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Mon–Fri');
    expect(formatDays(['saturday', 'sunday'])).toBe('Sat, Sun');
    expect(formatDays(['friday', 'monday', 'wednesday'])).toBe('Mon, Wed, Fri');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])).toBe(
      'Every day',
    );
  });

  it('names time zones', () => {
    expect(zoneName('America/Detroit')).toBe('Eastern Time');
    expect(zoneName('Not/AZone')).toBe('Not/AZone');
  });
});
