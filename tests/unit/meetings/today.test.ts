/** The start page's "Today": which sessions have ended (src/lib/meetings/today.ts). */
import { describe, expect, it } from 'vitest';
import { endedLast, hasEndedToday } from '#lib/meetings/today.ts';

const at = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

describe('hasEndedToday', () => {
  it('is true from the minute a session ends', () => {
    expect(hasEndedToday('07:00', '08:00', at('07:59'))).toBe(false);
    expect(hasEndedToday('07:00', '08:00', at('08:00'))).toBe(true);
    expect(hasEndedToday('07:00', '08:00', at('23:00'))).toBe(true);
  });

  it('is false before and during a session', () => {
    expect(hasEndedToday('19:00', '20:30', at('06:00'))).toBe(false);
    expect(hasEndedToday('19:00', '20:30', at('19:30'))).toBe(false);
  });

  it('takes a session with no end to last an hour', () => {
    expect(hasEndedToday('12:00', undefined, at('12:59'))).toBe(false);
    expect(hasEndedToday('12:00', undefined, at('13:00'))).toBe(true);
  });

  it('never marks a session that runs past midnight as ended today', () => {
    expect(hasEndedToday('23:00', '01:00', at('23:59'))).toBe(false);
    expect(hasEndedToday('23:30', undefined, at('23:59'))).toBe(false);
  });
});

describe('endedLast', () => {
  it('moves ended items after the rest, each group in its own order', () => {
    const items = ['a7', 'b8', 'c12', 'd19', 'e20'];
    const ended = new Set(['a7', 'c12']);
    expect(endedLast(items, (item) => ended.has(item))).toEqual(['b8', 'd19', 'e20', 'a7', 'c12']);
  });
});
