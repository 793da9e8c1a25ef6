/** The meetings page's count line (meetingsCountText in src/lib/meetings/filters.ts), in each language. */
import { describe, expect, it } from 'vitest';
import { meetingsCountText } from '#lib/meetings/filters.ts';
import { dictionary } from '#i18n/index.ts';

const en = dictionary('en').meetings.script;
const es = dictionary('es').meetings.script;

describe('meetingsCountText', () => {
  it('agrees with the count in English', () => {
    expect(meetingsCountText(1, en.thisWeek, true, en, 'en-US')).toBe('1 session this week matches your filters.');
    expect(meetingsCountText(4, en.today, true, en, 'en-US')).toBe('4 sessions today match your filters.');
    expect(meetingsCountText(0, 'on Monday', true, en, 'en-US')).toBe('0 sessions on Monday match your filters.');
    expect(meetingsCountText(1, en.today, false, en, 'en-US')).toBe('1 session today.');
    expect(meetingsCountText(1250, en.thisWeek, false, en, 'en-US')).toBe('1,250 sessions this week.');
  });

  it('agrees with the count in Spanish, with Spanish numbers', () => {
    expect(meetingsCountText(1, es.thisWeek, true, es, 'es-US')).toBe(
      '1 reunión esta semana coincide con sus filtros.',
    );
    expect(meetingsCountText(42, es.today, false, es, 'es-US')).toBe('42 reuniones hoy.');
    expect(meetingsCountText(3, 'el lunes', true, es, 'es-US')).toBe('3 reuniones el lunes coinciden con sus filtros.');
    expect(meetingsCountText(0, es.thisWeek, false, es, 'es-US')).toBe('0 reuniones esta semana.');
  });
});
