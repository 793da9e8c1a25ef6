/** A week in reading order (src/lib/meetings/week.ts). */
import { describe, expect, it } from 'vitest';
import { weekOrder } from '#lib/meetings/week.ts';
import { UI_LANGUAGES } from '#i18n/languages.ts';

describe('weekOrder', () => {
  it('starts on Sunday for English readers and on Monday for Spanish ones', () => {
    // Monday = 0 … Sunday = 6.
    expect(weekOrder(UI_LANGUAGES.en.weekStart)).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekOrder(UI_LANGUAGES.es.weekStart)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
