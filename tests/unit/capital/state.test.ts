import { describe, expect, it } from 'vitest';
import { CAPITAL_STATEMENT_IDS, MAX_GROWTH_AREAS } from '#recovery-capital';
import {
  LINE_MAX,
  cleanLine,
  emptyState,
  isEmpty,
  parseState,
  serializeState,
  strengths,
  suggestions,
  toggleChosen,
  togglePick,
  type CapitalState,
} from '#lib/capital/state.ts';

const filled = (): CapitalState => ({
  ...emptyState(),
  ratings: { 'sober-home': 5, income: 2, meals: 4, legal: 1, 'groups-regular': 3 },
  chosen: ['income', 'legal'],
  picks: { income: ['capital-jobs', 'works-center'], legal: ['reentry-clinic'] },
  nextWeek: ['Call the job center on Monday', '', 'Go to a meeting'],
  helpers: ['My coach', 'My sister', ''],
  near: '48912',
});

describe('check-in state', () => {
  it('round-trips through its text form', () => {
    const state = filled();
    const text = serializeState(state);
    expect(parseState(text)).toEqual(state);
    expect(parseState(`#${text}`)).toEqual(state);
  });

  it('writes one digit per statement, trailing unanswered ones left off, and nothing for an empty state', () => {
    const params = new URLSearchParams(serializeState(filled()));
    expect(params.get('r')).toBe('5240100000000000003');
    expect(params.get('g')).toBe('income,legal');
    expect(serializeState(emptyState())).toBe('');
    expect(isEmpty(emptyState())).toBe(true);
    expect(isEmpty(filled())).toBe(false);
  });

  it('reads an old link that has fewer digits than there are statements', () => {
    expect(parseState('r=5').ratings).toEqual({ 'sober-home': 5 });
  });

  it('drops what it does not know: bad digits, unknown areas, picks for areas not chosen, bad slugs', () => {
    const state = parseState(
      'r=9x5&g=income,nope,income,legal&p=income:ok-slug,legal:Bad Slug,meals:pantry,legal:../x,income:ok-slug',
    );
    expect(state.ratings).toEqual({ meals: 5 });
    expect(state.chosen).toEqual(['income', 'legal']);
    expect(state.picks).toEqual({ income: ['ok-slug'] });
  });

  it('keeps at most five areas from a link', () => {
    const g = CAPITAL_STATEMENT_IDS.slice(0, 8).join(',');
    expect(parseState(`g=${g}`).chosen).toHaveLength(MAX_GROWTH_AREAS);
  });

  it('keeps written lines to one line without control characters, at most LINE_MAX characters', () => {
    expect(cleanLine('one\nline\u0000 here\t')).toBe('one line here');
    expect([...cleanLine('é'.repeat(500))]).toHaveLength(LINE_MAX);
    const state = parseState(`w1=${encodeURIComponent('<script>alert(1)</script>')}`);
    // Text stays text: the page sets it with textContent and input values, never as HTML.
    expect(state.nextWeek[0]).toBe('<script>alert(1)</script>');
  });

  it('puts strengths first by how much the person agrees', () => {
    expect(strengths(filled())).toEqual(['sober-home', 'meals']);
    expect(strengths(emptyState())).toEqual([]);
  });

  it('suggests the areas rated lowest, lowest first, never more than can be chosen', () => {
    expect(suggestions(filled())).toEqual(['legal', 'income']);
    const low = { ...emptyState(), ratings: Object.fromEntries(CAPITAL_STATEMENT_IDS.map((id) => [id, 1])) };
    expect(suggestions(low)).toHaveLength(MAX_GROWTH_AREAS);
  });

  it('chooses up to five areas, refuses a sixth, and forgets an area’s picks when it is cleared', () => {
    let state = emptyState();
    for (const id of CAPITAL_STATEMENT_IDS.slice(0, MAX_GROWTH_AREAS)) state = toggleChosen(state, id);
    expect(state.chosen).toHaveLength(MAX_GROWTH_AREAS);
    expect(toggleChosen(state, 'service')).toBe(state);
    state = togglePick(state, 'sober-home', 'harbor-house');
    expect(state.picks['sober-home']).toEqual(['harbor-house']);
    expect(togglePick(state, 'sober-home', 'harbor-house').picks['sober-home']).toEqual([]);
    state = toggleChosen(state, 'sober-home');
    expect(state.chosen).not.toContain('sober-home');
    expect(state.picks['sober-home']).toBeUndefined();
  });
});
