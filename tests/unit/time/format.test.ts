import { describe, expect, it } from 'vitest';
import { timeWords } from '#i18n/index.ts';
import { atClock, crossesMidnight, formatClock, formatDays, formatTimeRange, zoneName } from '#lib/time/format.ts';

const en = timeWords('en');
const es = timeWords('es');

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
    expect(formatClock(time, en)).toBe(expected);
  });

  it('marks a session that runs past midnight', () => {
    expect(crossesMidnight('23:00', '00:30')).toBe(true);
    expect(crossesMidnight('19:00', '20:00')).toBe(false);
    expect(crossesMidnight('19:00', undefined)).toBe(false);
    expect(formatTimeRange('23:00', '00:30', en)).toBe('11:00 PM – 12:30 AM (next day)');
    expect(formatTimeRange('19:00', undefined, en)).toBe('7:00 PM');
  });

  it('compresses runs of days', () => {
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], en)).toBe('Mon–Fri');
    expect(formatDays(['saturday', 'sunday'], en)).toBe('Sat, Sun');
    expect(formatDays(['friday', 'monday', 'wednesday'], en)).toBe('Mon, Wed, Fri');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], en)).toBe(
      'Every day',
    );
  });

  it('names time zones', () => {
    expect(zoneName('America/Detroit', 'en-US')).toBe('Eastern Time');
    expect(zoneName('Not/AZone', 'en-US')).toBe('Not/AZone');
  });
});

describe('clock times and days in Spanish', () => {
  it('reads the clock as a Spanish speaker in the US does, noon and midnight included', () => {
    expect(formatClock('19:00', es)).toBe('7:00 p.m.');
    expect(formatClock('12:00', es)).toBe('12:00 p.m.');
    expect(formatClock('00:00', es)).toBe('12:00 a.m.');
    expect(formatTimeRange('23:00', '00:30', es)).toBe('11:00 p.m. – 12:30 a.m. (día siguiente)');
  });

  it('says "a la" for one o’clock and "a las" for the other hours', () => {
    expect(atClock('13:00', es)).toBe('a la 1:00 p.m.');
    expect(atClock('01:30', es)).toBe('a la 1:30 a.m.');
    expect(atClock('19:00', es)).toBe('a las 7:00 p.m.');
    expect(atClock('19:00', en)).toBe('at 7:00 PM');
  });

  it('names days and zones in Spanish', () => {
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], es)).toBe('Lun–Vie');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], es)).toBe(
      'Todos los días',
    );
    expect(zoneName('America/Detroit', 'es-US')).toBe('hora oriental');
  });
});
