/** Counts in words (src/lib/html/plural.ts) and the meetings page's count line that uses them. */
import { describe, expect, it } from 'vitest';
import { byCount, countOf } from '#lib/html/plural.ts';
import { meetingsCountText } from '#lib/meetings/filters.ts';

describe('countOf', () => {
  it('agrees with its number', () => {
    expect(countOf(0, 'meeting')).toBe('0 meetings');
    expect(countOf(1, 'meeting')).toBe('1 meeting');
    expect(countOf(2, 'meeting')).toBe('2 meetings');
  });

  it('takes an irregular plural and groups thousands', () => {
    expect(countOf(1, 'person', 'people')).toBe('1 person');
    expect(countOf(1250, 'person', 'people')).toBe('1,250 people');
  });

  it('byCount picks the verb that agrees', () => {
    expect(byCount(1, 'matches', 'match')).toBe('matches');
    expect(byCount(3, 'matches', 'match')).toBe('match');
  });
});

describe('the meetings page’s count line', () => {
  it('says "1 session … matches", never "1 session … match"', () => {
    expect(meetingsCountText(1, 'this week', true)).toBe('1 session this week matches your filters.');
    expect(meetingsCountText(4, 'today', true)).toBe('4 sessions today match your filters.');
    expect(meetingsCountText(0, 'on Monday', true)).toBe('0 sessions on Monday match your filters.');
    expect(meetingsCountText(1, 'today', false)).toBe('1 session today.');
  });
});
